package org.socialsim.workbench.sim;

import org.socialsim.workbench.sim.internal.Rng;

/**
 * Deffuant-Weisbuch bounded-confidence attitude dynamics (2000), synchronous and one-sided: each step every agent
 * reads one followee chosen at random (or one post of its feed, {@link #fromFeedOnly()}) and, if their attitudes
 * differ by less than {@code epsilon}, moves a fraction {@code mu} towards it. Attitudes are in [-1, 1].
 */
public final class Deffuant implements Policy {
    private final double epsilon;
    private final double mu;
    private final boolean feedOnly;

    private Deffuant(double epsilon, double mu, boolean feedOnly) {
        if (!(epsilon >= 0 && epsilon <= 2) || !(mu > 0 && mu <= 0.5)) {
            throw new IllegalArgumentException("Deffuant: epsilon must be in [0, 2] and mu in (0, 0.5], were "
                    + epsilon + ", " + mu);
        }
        this.epsilon = epsilon;
        this.mu = mu;
        this.feedOnly = feedOnly;
    }

    /** Confidence bound epsilon on the [-1, 1] scale, convergence rate mu. */
    public static Deffuant of(double epsilon, double mu) {
        return new Deffuant(epsilon, mu, false);
    }

    /** The same, reading a post of the feed instead of any followee. */
    public Deffuant fromFeedOnly() {
        return new Deffuant(epsilon, mu, true);
    }

    @Override
    public String name() {
        return "Deffuant eps=" + epsilon + " mu=" + mu + (feedOnly ? " (feed)" : "");
    }

    @Override
    public void step(World w) {
        long key = w.randomKey(0xDE_0001L);
        int[] start = w.graph.followeeStart;
        int[] followees = w.graph.followees;
        byte[] phase = w.phase;
        float[] x = w.attitude;
        float[] next = w.attitudeNext;
        w.beginAttitudeUpdate();
        w.forAgents((lo, hi) -> {
            for (int u = lo; u < hi; u++) {
                int from = start[u];
                int k = start[u + 1] - from;
                if (k == 0 || w.isRemoved(u)) {
                    continue;
                }
                int v;
                if (feedOnly) {
                    int seen = 0;
                    for (int i = from; i < from + k; i++) {
                        if ((phase[followees[i]] & World.POSTED) != 0) {
                            seen++;
                        }
                    }
                    if (seen == 0) {
                        continue;
                    }
                    int pick = (int) (Rng.uniform(key, u) * seen);
                    v = -1;
                    for (int i = from; v < 0; i++) {
                        if ((phase[followees[i]] & World.POSTED) != 0 && pick-- == 0) {
                            v = followees[i];
                        }
                    }
                } else {
                    v = followees[from + (int) (Rng.uniform(key, u) * k)];
                }
                if (w.isRemoved(v)) {
                    continue;
                }
                float d = x[v] - x[u];
                if (Math.abs(d) < epsilon) {
                    next[u] = (float) (x[u] + mu * d);
                }
            }
        });
    }
}
