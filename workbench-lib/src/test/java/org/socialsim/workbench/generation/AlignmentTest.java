package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.LabeledCase;
import tech.tablesaw.api.Table;

class AlignmentTest {
    private final Alignment alignment = Alignment.create(new Fixtures.TableEncoder(Map.of()));

    @Test
    void offlineAlignmentScoresMeaningSentimentStyleAndMarksJudgedDimensions() {
        assertEquals(List.of("meaning_cosine", "sentiment_agreement", "sentiment_gap", "style_distance"),
                alignment.measures().stream().map(Measure::name).toList());
        assertEquals(List.of("emotion_agreement", "stance_agreement", "age_agreement", "gender_agreement"),
                alignment.unscored().stream().map(u -> u.measure().name()).toList());
        alignment.unscored().forEach(u -> assertTrue(u.reason().startsWith("needs judge")));
    }

    @Test
    void aJudgeTurnsTheMarkedDimensionsIntoMeasures() {
        Alignment judged = alignment.withJudge(LlmJudge.create(new ScriptedLlmClient(p -> "unknown"), "topic"));
        assertEquals(8, judged.measures().size());
        assertTrue(judged.unscored().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> judged.with(StyleScorer.create()),
                "a measure may be computed only once");
    }

    @Test
    void failedGenerationsAreKeptAsMissingOnEveryMeasure() {
        List<ResponsePair> pairs = List.of(Fixtures.pair("ok", "Great news!", "Great news!"),
                Fixtures.pair("failed", null, "Great news!"));
        AlignmentScores s = alignment.score("zero-shot", pairs);
        assertEquals(2, s.size());
        assertEquals(1, s.failedGenerations());
        for (Measure m : s.measures()) {
            assertEquals(1, s.missing(m.name()), m.name());
            assertTrue(Double.isNaN(s.value(1, m.name())));
        }
        assertEquals(1.0, s.mean("meaning_cosine"), 1e-9);
        assertEquals(0.0, s.mean("style_distance"), 1e-12);
        Table t = s.table();
        assertEquals(2, t.rowCount());
        assertEquals(List.of("configuration", "case_id", "truth", "generated_for", "generated", "reference",
                "meaning_cosine", "sentiment_agreement", "sentiment_gap", "style_distance"), t.columnNames());
        assertEquals("zero-shot", t.stringColumn("configuration").get(1));
        assertThrows(IllegalArgumentException.class, () -> s.column("no_such_measure"));
    }

    @Test
    void pairsTakeTheTrueTextOrThePostForARetweet() {
        LabeledCase quote = Fixtures.labeled("q", "The post", Action.QUOTE, "my comment", List.of());
        LabeledCase retweet = Fixtures.labeled("r", "The post", Action.RETWEET, null, List.of());
        List<ResponsePair> pairs = ResponsePair.match(List.of(quote, retweet), List.of(
                GeneratedResponse.of("q", Action.REWRITE, "generated"), GeneratedResponse.of("r", Action.RETWEET,
                        "The post")));
        assertEquals("my comment", pairs.get(0).reference());
        assertEquals(Action.QUOTE, pairs.get(0).truth());
        assertEquals(Action.REWRITE, pairs.get(0).generatedFor());
        assertEquals("The post", pairs.get(1).reference());
        LabeledCase broken = Fixtures.labeled("b", "The post", Action.REWRITE, null, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResponsePair.of(broken, GeneratedResponse.of("b", Action.REWRITE, "x")));
        assertTrue(e.getMessage().contains("case b"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ResponsePair.of(quote, GeneratedResponse.of("other", Action.QUOTE, "x")));
    }
}
