package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link AlignmentScorer} promises. */
class AlignmentScorerContractTest {
    private static final List<String> TEXTS = List.of("I love the new vaccine!!", "meh. not sure about it #covid",
            "They should NEVER mandate this, @gov", "Got my booster \uD83D\uDC89 feeling fine", "");

    static Stream<AlignmentScorer> scorers() {
        LlmJudge judge = LlmJudge.create(new ScriptedLlmClient(p -> p.user().contains("love") ? "{\"label\": \"joy\"}"
                : p.user().contains("NEVER") ? "anger" : "{\"label\": \"neutral\"}"), "vaccination");
        return Stream.of(MeaningScorer.of(new Fixtures.TableEncoder(Map.of())), SentimentScorer.vader(),
                StyleScorer.create(), judge.scorer(JudgeDimension.EMOTION));
    }

    @ParameterizedTest
    @MethodSource("scorers")
    void identicalTextsAreFullyAligned(AlignmentScorer s) {
        for (String t : TEXTS.subList(0, 4)) {
            double[] v = s.score(Fixtures.pair("x", t, t));
            assertEquals(s.measures().size(), v.length);
            for (int j = 0; j < v.length; j++) {
                Measure m = s.measures().get(j);
                assertEquals(m.higherIsBetter() ? 1.0 : 0.0, v[j], 1e-6, m.name() + " of '" + t + "'");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("scorers")
    void batchEqualsOneByOne(AlignmentScorer s) {
        List<ResponsePair> pairs = TEXTS.stream().flatMap(a -> TEXTS.stream().map(b -> Fixtures.pair(a + b, a, b)))
                .toList();
        List<double[]> batch = s.scoreAll(pairs);
        assertEquals(pairs.size(), batch.size());
        for (int i = 0; i < pairs.size(); i++) {
            assertArrayEquals(s.score(pairs.get(i)), batch.get(i), 1e-12, pairs.get(i).caseId());
        }
    }

    @ParameterizedTest
    @MethodSource("scorers")
    void measuresAreNamedAndDescribed(AlignmentScorer s) {
        assertFalse(s.measures().isEmpty());
        s.measures().forEach(m -> assertFalse(m.description().isBlank(), m.name()));
    }

    @ParameterizedTest
    @MethodSource("scorers")
    void refusesAPairWithoutAGeneratedText(AlignmentScorer s) {
        ResponsePair missing = Fixtures.pair("none", null, "truth");
        assertThrows(RuntimeException.class, () -> s.scoreAll(List.of(missing)));
    }
}
