package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.text.Encoders;

class MeaningScorerTest {
    @Test
    void cosineOfHandSetVectors() {
        Fixtures.TableEncoder enc = new Fixtures.TableEncoder(Map.of(
                "a", Fixtures.vec(1, 0), "b", Fixtures.vec(0, 1), "c", Fixtures.vec(1, 1), "d", Fixtures.vec(-2, 0),
                "e", Fixtures.vec(3, 4)));
        MeaningScorer s = MeaningScorer.of(enc);
        List<double[]> v = s.scoreAll(List.of(Fixtures.pair("1", "a", "b"), Fixtures.pair("2", "a", "c"),
                Fixtures.pair("3", "c", "a"), Fixtures.pair("4", "a", "d"), Fixtures.pair("5", "a", "a")));
        assertEquals(0.0, v.get(0)[0], 1e-12);
        assertEquals(Math.sqrt(0.5), v.get(1)[0], 1e-7);
        assertEquals(Math.sqrt(0.5), v.get(2)[0], 1e-7);
        assertEquals(-1.0, v.get(3)[0], 1e-12);
        assertEquals(1.0, v.get(4)[0], 1e-12);
        assertEquals(4, enc.embedded.get(), "each distinct text is embedded once");
        s.scoreAll(List.of(Fixtures.pair("6", "b", "c"), Fixtures.pair("7", "a", "e")));
        assertEquals(5, enc.embedded.get(), "texts seen before come from the cache");
    }

    @Test
    void miniLmRanksAParaphraseAboveAnUnrelatedText() {
        MeaningScorer s = MeaningScorer.of(Encoders.miniLm());
        String truth = "Got my covid vaccine today, arm is a bit sore but I feel fine.";
        List<double[]> v = s.scoreAll(List.of(
                Fixtures.pair("same", truth, truth),
                Fixtures.pair("para", "I received the COVID shot this morning; my arm hurts a little, otherwise ok.",
                        truth),
                Fixtures.pair("other", "The football match last night ended in a draw.", truth)));
        assertEquals(1.0, v.get(0)[0], 1e-5);
        assertTrue(v.get(1)[0] > v.get(2)[0] + 0.2, "paraphrase " + v.get(1)[0] + " vs unrelated " + v.get(2)[0]);
    }
}
