package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentimentScorerTest {
    @Test
    void agreementAndGapFromPublishedVaderScores() {
        SentimentScorer s = SentimentScorer.vader();
        // 0.8316 vs -0.7424: positive vs negative, gap 1.5740
        double[] opposite = s.score(Fixtures.pair("c1", "VADER is smart, handsome, and funny.",
                "VADER is not smart, handsome, nor funny."));
        assertArrayEquals(new double[] {0, 1.5740}, opposite, 1e-4);
        // 0.8316 vs 0.4404: both positive, gap 0.3912
        double[] same = s.score(Fixtures.pair("c2", "VADER is smart, handsome, and funny.", "The book was good."));
        assertArrayEquals(new double[] {1, 0.3912}, same, 1e-4);
    }

    @Test
    void twoNeutralTextsAgree() {
        assertArrayEquals(new double[] {1, 0}, SentimentScorer.vader().score(Fixtures.pair("c", "", "")), 0.0);
    }

    @Test
    void batchScoringEqualsOneByOne() {
        SentimentScorer s = SentimentScorer.vader();
        List<ResponsePair> pairs = List.of(Fixtures.pair("a", "The book was good.", "I hate this"),
                Fixtures.pair("b", "I hate this", "The book was good."), Fixtures.pair("c", "ok", "ok"));
        List<double[]> batch = s.scoreAll(pairs);
        for (int i = 0; i < pairs.size(); i++) {
            assertArrayEquals(s.score(pairs.get(i)), batch.get(i), 0.0);
        }
        assertEquals(2, s.measures().size());
    }
}
