package org.socialsim.workbench.sim;

/**
 * Hegselmann-Krause bounded-confidence attitude dynamics (2002), synchronous: each agent moves to the mean attitude of
 * itself and the followees it reads whose attitude lies within {@code epsilon} of its own. Attitudes are in [-1, 1].
 * It reads all followees (classic) or only those who shared in the previous step ({@link #fromFeedOnly()}, S3's
 * message-driven change). Deterministic; sums run in a fixed order per agent, so threads do not change results.
 */
public final class HegselmannKrause implements Policy {
    private final double epsilon;
    private final boolean feedOnly;

    private HegselmannKrause(double epsilon, boolean feedOnly) {
        if (!(epsilon >= 0 && epsilon <= 2)) {
            throw new IllegalArgumentException("Hegselmann-Krause: epsilon must be in [0, 2], was " + epsilon);
        }
        this.epsilon = epsilon;
        this.feedOnly = feedOnly;
    }

    /** Confidence bound epsilon on the [-1, 1] attitude scale. */
    public static HegselmannKrause of(double epsilon) {
        return new HegselmannKrause(epsilon, false);
    }

    /** The same, reading only followees who shared in the previous step. */
    public HegselmannKrause fromFeedOnly() {
        return new HegselmannKrause(epsilon, true);
    }

    @Override
    public String name() {
        return "Hegselmann-Krause eps=" + epsilon + (feedOnly ? " (feed)" : "");
    }

    @Override
    public void step(World w) {
        int[] start = w.graph.followeeStart;
        int[] followees = w.graph.followees;
        byte[] phase = w.phase;
        float[] x = w.attitude;
        float[] next = w.attitudeNext;
        float eps = (float) epsilon;
        boolean removals = w.anyRemoved;
        w.beginAttitudeSweep();
        w.forAgents((lo, hi) -> {
            for (int u = lo; u < hi; u++) {
                float xu = x[u];
                if (removals && (phase[u] & World.STAGE) == World.OUT) {
                    next[u] = xu;
                    continue;
                }
                double sum = xu;
                int count = 1;
                for (int i = start[u], end = start[u + 1]; i < end; i++) {
                    int v = followees[i];
                    if (feedOnly && (phase[v] & World.POSTED) == 0) {
                        continue;
                    }
                    float xv = x[v];
                    if (Math.abs(xv - xu) <= eps && !(removals && (phase[v] & World.STAGE) == World.OUT)) {
                        sum += xv;
                        count++;
                    }
                }
                next[u] = (float) (sum / count);
            }
        });
    }
}
