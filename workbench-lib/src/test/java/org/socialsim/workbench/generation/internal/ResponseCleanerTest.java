package org.socialsim.workbench.generation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialsim.workbench.generation.UnusableResponseException;

class ResponseCleanerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Got mine today!                                  | Got mine today!",
        "\"Got mine today!\"                              | Got mine today!",
        "\u201CGot mine today!\u201D                      | Got mine today!",
        "Comment: Got mine today!                         | Got mine today!",
        "Post:   \"Got mine today!\"                      | Got mine today!",
        "{\"text\": \"Got mine today!\"}                  | Got mine today!",
        "```\\nGot mine today!\\n```                      | Got mine today!",
        "\"Vaccines\" work, \"trust\" me                  | \"Vaccines\" work, \"trust\" me",
        "I can't believe people still refuse the shot     | I can't believe people still refuse the shot",
        "{not json} but a post                            | {not json} but a post",
    })
    void keepsThePostText(String answer, String expected) {
        assertEquals(expected, ResponseCleaner.clean(answer.replace("\\n", "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"\"", "Post:", "I'm sorry, but I can't help with that.",
        "As an AI language model, I do not post.", "I cannot generate content about real people."})
    void rejectsEmptyAnswersAndRefusals(String answer) {
        UnusableResponseException e =
                assertThrows(UnusableResponseException.class, () -> ResponseCleaner.clean(answer));
        assertEquals(answer, e.rawAnswer());
    }
}
