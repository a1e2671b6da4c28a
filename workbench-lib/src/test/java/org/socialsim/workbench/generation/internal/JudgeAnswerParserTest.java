package org.socialsim.workbench.generation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialsim.workbench.generation.JudgeDimension;

class JudgeAnswerParserTest {
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "STANCE  | {\"label\": \"against\"}                          | against",
        "STANCE  | ```json\\n{\"label\": \"Favor\"}\\n```             | favor",
        "STANCE  | Here you go: {\"stance\": \"neutral\"} hope it helps | neutral",
        "STANCE  | against                                             | against",
        "STANCE  | \"Against.\"                                        | against",
        "STANCE  | In favour                                           | favor",
        "STANCE  | The author is clearly against the vaccine.          | against",
        "EMOTION | happy                                               | joy",
        "EMOTION | {\"label\": \"sadness\"}                            | sadness",
        "EMOTION | The dominant emotion is **anger**.                  | anger",
        "AGE     | {\"label\": \"50+\"}                                | 50+",
        "AGE     | 30 \u2013 49                                        | 30-49",
        "AGE     | The author is probably 18-29 years old.             | 18-29",
        "GENDER  | female                                              | female",
        "GENDER  | Woman                                               | female",
        "GENDER  | {\"label\":\"unknown\"}                             | unknown",
    })
    void readsWellFormedAnswers(JudgeDimension d, String answer, String label) {
        JudgeAnswerParser.Parsed p = JudgeAnswerParser.parse(answer.replace("\\n", "\n"), d);
        assertTrue(p.ok(), p.problem());
        assertEquals(label, p.label());
        assertEquals("", p.problem());
    }

    @ParameterizedTest(name = "{0} / {1} is malformed: {2}")
    @CsvSource(delimiter = '|', value = {
        "STANCE  | ''                                                  | empty answer",
        "STANCE  | '   '                                               | empty answer",
        "STANCE  | {\"label\": \"pro-vaccine\"}                        | is not one of",
        "STANCE  | {\"answer\": \"favor\"}                             | no \"label\" field",
        "STANCE  | Not neutral: against it, though partly in favor.    | several labels",
        "STANCE  | I cannot determine that.                            | no label",
        "EMOTION | The text shows hope.                                | no label",
        "GENDER  | The author is male or female.                       | several labels",
        "GENDER  | {\"label\": [\"male\"]}                             | no \"label\" field",
        "AGE     | 18-290                                              | no label",
    })
    void countsMalformedAnswersWithTheReason(JudgeDimension d, String answer, String problem) {
        JudgeAnswerParser.Parsed p = JudgeAnswerParser.parse(answer, d);
        assertFalse(p.ok(), "parsed as " + p.label());
        assertTrue(p.problem().contains(problem), p.problem());
    }

    @Test
    void nullIsEmpty() {
        assertEquals("empty answer", JudgeAnswerParser.parse(null, JudgeDimension.AGE).problem());
    }

    @Test
    void femaleIsNotReadAsMale() {
        assertEquals("female", JudgeAnswerParser.parse("The writer seems female to me", JudgeDimension.GENDER).label());
    }
}
