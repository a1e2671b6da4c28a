package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * Pins the results of fixed seeds to checksums taken before the engine's loops were optimised (November 2026): a
 * faster graph build or cascade loop must give exactly the same graph and the same runs. If a change means to alter
 * results, it must say so and re-pin these numbers.
 */
class PinnedResultsTest {
    private static final SocialGraph GRAPH = Generators.directedScaleFree(ScaleFree.of(30_000, 8), 11, 2);

    @Test
    void scaleFreeGraphIsPinned() {
        assertEquals(PINNED_GRAPH, checksum(GRAPH), "graph of ScaleFree.of(30000, 8), seed 11, 2 threads");
        SocialGraph oneThread = Generators.directedScaleFree(ScaleFree.of(30_000, 8), 11, 1);
        assertEquals(PINNED_GRAPH, checksum(oneThread), "the same graph built on 1 thread");
    }

    private static long checksum(SocialGraph g) {
        return new Checksum().ints(g.followeeStart).ints(g.followees, g.followeeStart[g.n])
                .ints(g.followerStart).ints(g.followersOf, g.followerStart[g.n]).value();
    }

    @Test
    void classicCascadeIsPinned() {
        for (int threads = 1; threads <= 2; threads++) {
            assertEquals(PINNED_CLASSIC, run(threads, 5, List.of(Intervention.seed(0, "news"),
                    Intervention.seed(123, "news"), Intervention.seed(4567, "news")), 30, FeedMix.followeesOnly(),
                    IndependentCascade.of(0.1)), "classic IC on " + threads + " threads");
        }
    }

    @Test
    void fullMixIsPinned() {
        int[] top = Intervention.mostFollowed(GRAPH, 3);
        List<Intervention> plan = List.of(Intervention.injectPost(0, top[2], "news", Emotion.INTENSE, -0.5f),
                Intervention.mute(3, top[0]), Intervention.feedMix(4, new FeedMix(1, 0.01)),
                Intervention.injectPost(5, 17, "second post", Emotion.MODERATE, 0.8f));
        for (int threads = 1; threads <= 2; threads++) {
            assertEquals(PINNED_MIX, run(threads, 42, plan, 12, new FeedMix(0.9, 0.001),
                    IndependentCascade.of(0.08).withPersistence(0.5).withPostShare(0.2),
                    EmotionContagion.of(0.3, 0.2), HegselmannKrause.of(0.3).fromFeedOnly()), "mix on " + threads);
            assertEquals(PINNED_THRESHOLD, run(threads, 7, plan, 12, new FeedMix(0.9, 0.001), LinearThreshold.of(),
                    Deffuant.of(0.5, 0.3)), "thresholds on " + threads);
        }
    }

    private static long run(int threads, long seed, List<Intervention> plan, int steps, FeedMix mix,
                            Policy... policies) {
        Simulation sim = Simulation.on(GRAPH).policies(policies).threads(threads).seed(seed).feedMix(mix)
                .initialAttitudes(InitialAttitudes.uniform(GRAPH.nodeCount(), seed)).build();
        try (Simulation.Run r = sim.start("pinned", plan)) {
            r.advance(steps);
            World w = r.world();
            Checksum c = new Checksum().text(r.trajectory().steps().toString()).ints(w.awareAt).ints(w.record)
                    .bytes(w.phase).bytes(w.emotion);
            for (float a : w.attitude) {
                c.ints(new int[] {Float.floatToIntBits(a)});
            }
            return c.value();
        }
    }

    /** CRC32 over everything fed in. */
    private static final class Checksum {
        private final CRC32 crc = new CRC32();

        Checksum ints(int[] a) {
            return ints(a, a.length);
        }

        Checksum ints(int[] a, int length) {
            ByteBuffer b = ByteBuffer.allocate(length * 4);
            b.asIntBuffer().put(a, 0, length);
            crc.update(b.array());
            return this;
        }

        Checksum bytes(byte[] a) {
            crc.update(a);
            return this;
        }

        Checksum text(String s) {
            crc.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return this;
        }

        long value() {
            return crc.getValue();
        }
    }

    private static final long PINNED_GRAPH = 3914829218L;
    private static final long PINNED_CLASSIC = 2591768977L;
    private static final long PINNED_MIX = 985173472L;
    private static final long PINNED_THRESHOLD = 2592897387L;
}
