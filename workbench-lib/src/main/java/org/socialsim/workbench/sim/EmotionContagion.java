package org.socialsim.workbench.sim;

import org.socialsim.workbench.sim.internal.Rng;

/**
 * Emotion contagion with decay, S3's emotion Markov chain in classic form. Each step an agent reads the posts its
 * followees shared in the previous step (and a recommended post); each carries its sharer's emotion level (calm 0,
 * moderate 1, intense 2), and the summed level k is the stimulus. With a stimulus the agent moves up one level with
 * probability 1 - (1 - beta)^k; without one it moves down one level with probability {@code decay} (S3's decaying
 * coefficient). Every agent reads all its followees every step (a full synchronous sweep).
 */
public final class EmotionContagion implements Policy {
    private final double beta;
    private final double decay;

    private EmotionContagion(double beta, double decay) {
        if (!(beta >= 0 && beta <= 1) || !(decay >= 0 && decay <= 1)) {
            throw new IllegalArgumentException("emotion contagion: beta and decay must be in [0, 1], were " + beta
                    + ", " + decay);
        }
        this.beta = beta;
        this.decay = decay;
    }

    /** Contagion strength beta per unit of stimulus, and the decay probability per step without stimulus. */
    public static EmotionContagion of(double beta, double decay) {
        return new EmotionContagion(beta, decay);
    }

    @Override
    public String name() {
        return "emotion contagion beta=" + beta + " decay=" + decay;
    }

    @Override
    public void step(World w) {
        long key = w.randomKey(0xE0_0001L);
        int[] start = w.graph.followeeStart;
        int[] followees = w.graph.followees;
        byte[] phase = w.phase;
        byte[] level = w.emotion;
        byte[] next = w.emotionNext;
        boolean filter = w.feedMix.followeeShown() < 1;
        double logKeep = Math.log1p(-Math.min(beta, 1 - 1e-12));
        w.beginEmotionSweep();
        w.forAgents((lo, hi) -> {
            for (int u = lo; u < hi; u++) {
                int e = level[u];
                next[u] = (byte) e;
                if ((phase[u] & World.STAGE) == World.OUT) {
                    continue;
                }
                int k = 0;
                for (int i = start[u], end = start[u + 1]; i < end; i++) {
                    int v = followees[i];
                    if ((phase[v] & World.POSTED) != 0 && (!filter || w.visible(v, u))) {
                        k += level[v];
                    }
                }
                int rec = w.recommendation(u);
                if (rec >= 0) {
                    k += w.content(rec).emotion().level();
                }
                if (k > 0) {
                    if (e < 2 && Rng.uniform(key, u) < -Math.expm1(k * logKeep)) {
                        next[u] = (byte) (e + 1);
                    }
                } else if (e > 0 && Rng.uniform(key, u) < decay) {
                    next[u] = (byte) (e - 1);
                }
            }
        });
    }
}
