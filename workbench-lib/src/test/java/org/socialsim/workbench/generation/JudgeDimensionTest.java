package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialsim.workbench.llm.LabelAnswer;

/** The judge's answers, read by each dimension's parser: labels, synonyms, JSON; malformed answers say why. */
class JudgeDimensionTest {
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "STANCE  | {\"label\": \"against\"}                          | against",
        "STANCE  | ```json\\n{\"label\": \"Favor\"}\\n```             | favor",
        "STANCE  | Here you go: {\"stance\": \"neutral\"} hope it helps | neutral",
        "STANCE  | against                                             | against",
        "STANCE  | \"Against.\"                                        | against",
        "STANCE  | In favour                                           | favor",
        "STANCE  | The author is clearly against the vaccine.          | against",
        "STANCE  | Not neutral: the author is against it.              | against",
        "EMOTION | happy                                               | joy",
        "EMOTION | {\"label\": \"sadness\"}                            | sadness",
        "EMOTION | The dominant emotion is **anger**.                  | anger",
        "AGE     | {\"label\": \"50+\"}                                | 50+",
        "AGE     | 30-49                                               | 30-49",
        "AGE     | over 50                                             | 50+",
        "AGE     | The author is probably 18-29 years old.             | 18-29",
        "GENDER  | female                                              | female",
        "GENDER  | Woman                                               | female",
        "GENDER  | The writer seems female to me                       | female",
        "GENDER  | {\"label\":\"unknown\"}                             | unknown",
    })
    void readsWellFormedAnswers(JudgeDimension d, String answer, String label) {
        LabelAnswer<String> a = d.parser().parse(answer.replace("\\n", "\n"));
        assertTrue(a.parsed(), a.reason());
        assertEquals(label, a.value());
    }

    @ParameterizedTest(name = "{0} / {1} is malformed")
    @CsvSource(delimiter = '|', value = {
        "STANCE  | ''",
        "STANCE  | '   '",
        "STANCE  | {\"label\": \"pro-vaccine\"}",
        "STANCE  | Against it, though partly in favor.",
        "STANCE  | I cannot determine that.",
        "EMOTION | The text shows hope.",
        "EMOTION | {\"label\": \"unknown\"}",
        "GENDER  | The author is male or female.",
        "AGE     | 18-290",
    })
    void malformedAnswersAreUnparsedWithAReason(JudgeDimension d, String answer) {
        LabelAnswer<String> a = d.parser().parse(answer);
        assertFalse(a.parsed(), "parsed as " + a.value());
        assertFalse(a.reason().isBlank());
    }

    @Test
    void everyDimensionHasLabelsAndAnAgreementMeasure() {
        for (JudgeDimension d : JudgeDimension.values()) {
            assertTrue(d.labels().size() >= 3, d.key());
            assertEquals(d.key() + "_agreement", d.measure().name());
            d.synonyms().values().forEach(v -> assertTrue(d.labels().contains(v), d.key() + " synonym of " + v));
        }
    }
}
