package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.llm.ChatPrompt;
import tech.tablesaw.api.Table;

class LlmJudgeTest {
    /** Answers stance by keyword in the judged post; "GARBLED" posts get an answer that cannot be parsed. */
    private static String stanceScript(ChatPrompt p) {
        String post = p.user().substring(p.user().indexOf("\"\"\"") + 3, p.user().lastIndexOf("\"\"\""));
        if (post.contains("GARBLED")) {
            return "Sorry, I'd rather not say.";
        }
        return post.contains("love") ? "{\"label\": \"favor\"}" : post.contains("hate") ? "against" : "neutral";
    }

    @Test
    void agreementIsOneZeroOrMissingAndMalformedAnswersAreCounted() {
        ScriptedLlmClient client = new ScriptedLlmClient(LlmJudgeTest::stanceScript);
        LlmJudge judge = LlmJudge.create(client, "COVID-19 vaccination");
        AlignmentScorer stance = judge.scorer(JudgeDimension.STANCE);
        List<double[]> v = stance.scoreAll(List.of(
                Fixtures.pair("agree", "I love vaccines", "love them, got mine"),
                Fixtures.pair("differ", "I hate vaccines", "love them, got mine"),
                Fixtures.pair("garbled", "GARBLED text", "love them, got mine"),
                Fixtures.pair("neutral", "weather is nice", "it rained")));
        assertEquals(1.0, v.get(0)[0]);
        assertEquals(0.0, v.get(1)[0]);
        assertTrue(Double.isNaN(v.get(2)[0]), "a malformed answer leaves the pair missing");
        assertEquals(1.0, v.get(3)[0]);
        // six distinct texts, each judged once
        assertEquals(6, client.prompts.size());
        assertEquals(1, judge.malformed(JudgeDimension.STANCE));
        Table report = judge.report();
        assertEquals(JudgeDimension.values().length, report.rowCount());
        int row = report.stringColumn("dimension").indexOf("stance");
        assertEquals(6, report.intColumn("answers").get(row));
        assertEquals(1, report.intColumn("malformed").get(row));
        assertTrue(report.stringColumn("examples").get(row).contains("rather not say"));
    }

    @Test
    void promptsComeFromTheFilesAndNameTheTopicAndLabels() {
        LlmJudge judge = LlmJudge.create(new ScriptedLlmClient(p -> "neutral"), "COVID-19 vaccination");
        ChatPrompt stance = judge.prompt(JudgeDimension.STANCE, "Vaccines work.");
        assertTrue(stance.user().contains("COVID-19 vaccination"));
        assertTrue(stance.user().contains("Vaccines work."));
        assertTrue(stance.user().contains("\"favor\", \"against\", \"neutral\""));
        assertTrue(stance.system().contains("JSON"));
        assertEquals("judge:stance", stance.purpose());
        ChatPrompt age = judge.prompt(JudgeDimension.AGE, "lol");
        assertTrue(age.user().contains("\"18-29\", \"30-49\", \"50+\", \"unknown\""));
    }

    @Test
    void everyDimensionHasItsScorerAndMeasure() {
        LlmJudge judge = LlmJudge.create(new ScriptedLlmClient(p -> "{\"label\": \"unknown\"}"), "topic");
        List<AlignmentScorer> scorers = judge.scorers();
        assertEquals(4, scorers.size());
        assertEquals(List.of("emotion_agreement", "stance_agreement", "age_agreement", "gender_agreement"),
                scorers.stream().map(s -> s.measures().get(0).name()).toList());
        // "unknown" is not an emotion label: malformed, counted, missing
        assertTrue(Double.isNaN(scorers.get(0).score(Fixtures.pair("x", "a", "b"))[0]));
        assertEquals(1.0, scorers.get(3).score(Fixtures.pair("x", "a", "b"))[0]);
        assertEquals(2, judge.malformed(JudgeDimension.EMOTION));
    }

    @Test
    void withRepairAnUnreadableAnswerIsAskedOnceMore() {
        ScriptedLlmClient client = new ScriptedLlmClient(p -> p.user().contains("could not be read") ? "female"
                : "Hard to say, honestly.");
        LlmJudge plain = LlmJudge.create(client, "topic");
        assertEquals(null, plain.label(JudgeDimension.GENDER, "some post"));
        assertEquals(1, plain.malformed(JudgeDimension.GENDER));
        LlmJudge repairing = plain.withRepair(true);
        assertEquals("female", repairing.label(JudgeDimension.GENDER, "some post"));
        assertEquals(0, repairing.malformed(JudgeDimension.GENDER));
        assertEquals(3, client.prompts.size(), "one plain call, then a call and its repair");
    }

    @Test
    void needsATopic() {
        assertThrows(IllegalArgumentException.class, () -> LlmJudge.create(new ScriptedLlmClient(p -> ""), " "));
    }
}
