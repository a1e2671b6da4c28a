package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;

class NearestPastPostGeneratorTest {
    private final Fixtures.TableEncoder encoder = new Fixtures.TableEncoder(Map.of(
            "NEW POST", Fixtures.vec(1, 0, 0),
            "far past text", Fixtures.vec(0, 1, 0),
            "near past text", Fixtures.vec(0.9f, 0.1f, 0),
            "middle past text", Fixtures.vec(0.5f, 0.5f, 0)));
    private final EngagementCase c = Fixtures.caseOf("c1", "NEW POST", List.of(
            Fixtures.shot(Action.QUOTE, "s1", "far past text"),
            Fixtures.shot(Action.RETWEET, "s2", null),
            Fixtures.shot(Action.REWRITE, "s3", "near past text"),
            Fixtures.shot(Action.QUOTE, "s4", "middle past text")));
    private final NearestPastPostGenerator g = NearestPastPostGenerator.create(encoder);

    @Test
    void returnsThePastTextMostSimilarToThePost() {
        assertEquals("near past text", g.generate(c, Action.QUOTE));
        assertEquals("near past text", g.generate(c, Action.REWRITE));
        assertEquals("far past text", g.generate(c.restrict(Set.of(), 2), Action.QUOTE), "only the shots shown");
        assertEquals("NEW POST", g.generate(c, Action.RETWEET));
    }

    @Test
    void withoutPastTextItEchoesThePostAndSaysSo() {
        List<GeneratedResponse> out = g.generateAll(List.of(c.restrict(Set.of(), 0), c), List.of(Action.QUOTE,
                Action.QUOTE));
        assertEquals("NEW POST", out.get(0).text());
        assertEquals(NearestPastPostGenerator.FALLBACK_NOTE, out.get(0).note());
        assertEquals("near past text", out.get(1).text());
        assertEquals("", out.get(1).note());
    }

    @Test
    void batchEmbedsEachDistinctTextOnce() {
        encoder.embedded.set(0);
        g.generateAll(List.of(c, c, c), List.of(Action.QUOTE, Action.REWRITE, Action.RETWEET));
        assertEquals(4, encoder.embedded.get());
        assertTrue(g.name().contains("not an LLM"));
    }
}
