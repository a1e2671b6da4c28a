package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The same seed gives the same run on one thread and on two, for every policy and intervention together. */
class DeterminismTest {
    private static final SocialGraph GRAPH = Generators.directedScaleFree(ScaleFree.of(30_000, 8), 11, 2);

    private record Outcome(Trajectory trajectory, int[] aware, int[] shared, byte[] phase, byte[] emotion,
                           float[] attitude, List<MemoryPool.Memory> memories) {
    }

    private static Outcome run(int threads, long seed, Policy... policies) {
        int[] top = Intervention.mostFollowed(GRAPH, 3);
        Simulation sim = Simulation.on(GRAPH).policies(policies).threads(threads).seed(seed)
                .feedMix(new FeedMix(0.9, 0.001)).memory(3, InfluenceWeights.defaults(), Relevance.none())
                .initialAttitudes(InitialAttitudes.uniform(GRAPH.nodeCount(), seed)).build();
        List<Intervention> plan = List.of(Intervention.injectPost(0, top[5 % 3], "news", Emotion.INTENSE, -0.5f),
                Intervention.mute(3, top[0]), Intervention.feedMix(4, new FeedMix(1, 0.01)),
                Intervention.injectPost(5, 17, "second post", Emotion.MODERATE, 0.8f));
        try (Simulation.Run r = sim.start("t" + threads, plan)) {
            r.advance(12);
            World w = r.world();
            int probe = top[1];
            return new Outcome(r.trajectory(), w.awareAt.clone(), w.record.clone(), w.phase.clone(),
                    w.emotion.clone(), w.attitude.clone(), w.memory().recall(probe, w.step()));
        }
    }

    @Test
    void identicalOnOneAndTwoThreads() {
        Outcome one = run(1, 42, IndependentCascade.of(0.08).withPersistence(0.5),
                EmotionContagion.of(0.3, 0.2), HegselmannKrause.of(0.3).fromFeedOnly());
        Outcome two = run(2, 42, IndependentCascade.of(0.08).withPersistence(0.5),
                EmotionContagion.of(0.3, 0.2), HegselmannKrause.of(0.3).fromFeedOnly());
        assertTrue(one.trajectory().last().participants() > 100, "a real cascade happened: "
                + one.trajectory().last());
        assertEquals(one.trajectory().steps(), two.trajectory().steps());
        assertArrayEquals(one.aware(), two.aware());
        assertArrayEquals(one.shared(), two.shared());
        assertArrayEquals(one.phase(), two.phase());
        assertArrayEquals(one.emotion(), two.emotion());
        assertArrayEquals(one.attitude(), two.attitude());
        assertEquals(one.memories(), two.memories());
        Outcome other = run(2, 43, IndependentCascade.of(0.08).withPersistence(0.5),
                EmotionContagion.of(0.3, 0.2), HegselmannKrause.of(0.3).fromFeedOnly());
        assertNotEquals(one.trajectory().steps(), other.trajectory().steps(), "another seed, another run");
    }

    @Test
    void thresholdsAndDeffuantAreIdenticalOnOneAndTwoThreads() {
        Outcome one = run(1, 7, LinearThreshold.of(), Deffuant.of(0.5, 0.3));
        Outcome two = run(2, 7, LinearThreshold.of(), Deffuant.of(0.5, 0.3));
        assertEquals(one.trajectory().steps(), two.trajectory().steps());
        assertArrayEquals(one.shared(), two.shared());
        assertArrayEquals(one.attitude(), two.attitude());
    }

    /** A push big enough to be cut between threads (the small graph above always pushes on one thread). */
    @Test
    void largePushesAreIdenticalOnOneAndTwoThreads() {
        SocialGraph big = Generators.directedScaleFree(ScaleFree.of(150_000, 12), 5, 2);
        int[] top = Intervention.mostFollowed(big, 10);
        for (Policy policy : List.<Policy>of(IndependentCascade.of(0.1), LinearThreshold.withWeight(0.2))) {
            long[] largest = new long[3];
            Object[][] out = new Object[3][];
            for (int threads = 1; threads <= 2; threads++) {
                Simulation sim = Simulation.on(big).policies(policy).threads(threads).seed(3).build();
                List<Intervention> seeds = new java.util.ArrayList<>();
                for (int s : top) {
                    seeds.add(Intervention.seed(s, "news"));
                }
                try (Simulation.Run r = sim.start("big" + threads, seeds)) {
                    long before = 0;
                    for (int i = 0; i < 8; i++) {
                        r.step();
                        long now = ((CascadePolicy) policy).edgesExamined();
                        largest[threads] = Math.max(largest[threads], now - before);
                        before = now;
                    }
                    World w = r.world();
                    out[threads] = new Object[] {r.trajectory().steps(), w.awareAt.clone(), w.record.clone(),
                            w.phase.clone()};
                }
            }
            String name = policy.name();
            assertTrue(largest[2] >= CascadePolicy.PARALLEL_EDGES, name + ": a step pushed along "
                    + largest[2] + " edges, enough to run on two threads");
            assertEquals(out[1][0], out[2][0], name + ": curves");
            assertArrayEquals((int[]) out[1][1], (int[]) out[2][1], name + ": aware steps");
            assertArrayEquals((int[]) out[1][2], (int[]) out[2][2], name + ": share records");
            assertArrayEquals((byte[]) out[1][3], (byte[]) out[2][3], name + ": phases");
        }
    }
}
