package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.text.Encoder;

class MemoryPoolTest {

    /** A toy encoder: counts of a few topic words, so relevance is predictable; counts its calls. */
    static final class TopicEncoder implements Encoder {
        static final String[] WORDS = {"amazon", "store", "football", "goal", "music"};
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String name() {
            return "topic words";
        }

        @Override
        public int dimension() {
            return WORDS.length;
        }

        @Override
        public float[] embed(String text) {
            calls.incrementAndGet();
            float[] v = new float[WORDS.length];
            String t = text.toLowerCase();
            for (int i = 0; i < WORDS.length; i++) {
                if (t.contains(WORDS[i])) {
                    v[i] = 1;
                }
            }
            return v;
        }
    }

    private static Content content(int id, String text) {
        return new Content(id, 0, 0, text, Emotion.CALM, 0);
    }

    @Test
    void keepsTheMostInfluentialMessagesUpToCapacity() {
        MemoryPool pool = new MemoryPool(1, 2, InfluenceWeights.defaults().withTerms(0, 0, 1), Relevance.none());
        assertTrue(pool.offer(0, content(0, "a"), 5, 0, MessageSource.RECOMMENDED));
        assertTrue(pool.offer(0, content(1, "b"), 6, 0, MessageSource.FOLLOWEE));
        assertTrue(pool.offer(0, content(2, "c"), 7, 0, MessageSource.MUTUAL), "replaces the recommendation");
        assertFalse(pool.offer(0, content(3, "d"), 8, 0, MessageSource.RECOMMENDED), "weaker than both held");
        List<MemoryPool.Memory> m = pool.recall(0, 0);
        assertEquals(2, m.size());
        assertEquals(2, m.get(0).content(), "mutual first");
        assertEquals(MessageSource.FOLLOWEE, m.get(1).source());
        assertTrue(pool.offer(0, content(1, "b"), 9, 0, MessageSource.OWN), "the same message from a stronger source");
        assertEquals(MessageSource.OWN, pool.recall(0, 0).get(0).source());
        assertEquals(2, pool.size(0));
    }

    @Test
    void olderMessagesFadeByTheForgettingFunction() {
        InfluenceWeights w = new InfluenceWeights(1, 0, 0, 2, 1, 1, 1, 1);
        assertEquals(0.5, w.forgetting(2), 1e-12);
        MemoryPool pool = new MemoryPool(1, 1, w, Relevance.none());
        pool.offer(0, content(0, "old"), 1, 0, MessageSource.FOLLOWEE);
        assertEquals(0.25, pool.recall(0, 4).get(0).influence(), 1e-12);
        assertTrue(pool.offer(0, content(1, "new"), 1, 4, MessageSource.FOLLOWEE), "a fresh message beats a faded one");
        assertEquals(1, pool.recall(0, 4).get(0).content());
    }

    @Test
    void relevanceComparesUserAttributesWithTheMessageAndEmbedsEachTextOnce() {
        TopicEncoder enc = new TopicEncoder();
        Profiles profiles = Profiles.of(List.of("I love football and every goal", "amazon store manager"));
        Relevance rel = Relevance.encoder(enc, profiles);
        int afterProfiles = enc.calls.get();
        Content news = content(0, "Amazon opens a store");
        assertEquals(0.0, rel.score(0, news), 1e-9);
        assertEquals(1.0, rel.score(1, news), 1e-6);
        rel.score(0, news);
        rel.score(1, news);
        assertEquals(afterProfiles + 1, enc.calls.get(), "the message was embedded once, then cached");
        MemoryPool pool = new MemoryPool(2, 1, InfluenceWeights.defaults().withTerms(0, 1, 0), rel);
        pool.offer(1, news, 0, 0, MessageSource.FOLLOWEE);
        assertFalse(pool.offer(1, content(1, "football goal"), 0, 0, MessageSource.FOLLOWEE),
                "an irrelevant message does not displace a relevant one");
    }

    @Test
    void runsFillMemoriesFromFeeds() {
        SocialGraph g = SocialGraph.builder(3).follow(1, 0).follow(0, 1).follow(2, 0).build();
        Simulation sim = Simulation.on(g).policies(IndependentCascade.of(0))
                .memory(4, InfluenceWeights.defaults(), Relevance.none()).build();
        try (Simulation.Run r = sim.start("m", List.of(Intervention.seed(0, "hello")))) {
            r.advance(1);
            List<MemoryPool.Memory> one = r.world().memory().recall(1, 1);
            assertEquals(1, one.size());
            assertEquals(MessageSource.MUTUAL, one.get(0).source());
            assertEquals(MessageSource.FOLLOWEE, r.world().memory().recall(2, 1).get(0).source());
            assertEquals(MessageSource.OWN, r.world().memory().recall(0, 1).get(0).source());
        }
    }
}
