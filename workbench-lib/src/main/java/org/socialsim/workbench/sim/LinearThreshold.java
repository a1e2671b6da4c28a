package org.socialsim.workbench.sim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.socialsim.workbench.sim.internal.Rng;

/**
 * The linear threshold model (Granovetter 1978; Kempe et al. 2003): each agent draws a threshold uniformly in (0, 1]
 * once per run and reposts when the summed weights of its followees that have shared reach it. A followee's weight is
 * 1 / (number of accounts the agent follows) by default, or a fixed weight. Sums are kept in fixed point (2^-24) so
 * they are exact whatever order threads add in. The cascade parent of an activated agent is its lowest-numbered
 * followee that had shared by then. Offline default; writes no text.
 */
public final class LinearThreshold extends CascadePolicy {
    private static final int ONE = 1 << 24;
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);

    private final double weight;
    private int[] sum;
    private int[] theta;
    private int[] lowest;

    private LinearThreshold(double weight) {
        if (!(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("linear threshold: weight must be in [0, 1] (0 = 1/following), was "
                    + weight);
        }
        this.weight = weight;
    }

    /** Weights 1 / (accounts followed): an agent activates when the shared fraction of its followees reaches its threshold. */
    public static LinearThreshold of() {
        return new LinearThreshold(0);
    }

    /** Every followee weighs {@code w}. */
    public static LinearThreshold withWeight(double w) {
        if (w <= 0) {
            throw new IllegalArgumentException("linear threshold: weight must be positive, was " + w);
        }
        return new LinearThreshold(w);
    }

    @Override
    public String name() {
        return "linear threshold " + (weight == 0 ? "w=1/following" : "w=" + weight);
    }

    @Override
    public void start(World w) {
        super.start(w);
        sum = new int[w.n];
        theta = new int[w.n];
        lowest = new int[w.n];
        java.util.Arrays.fill(lowest, NONE);
        long key = Rng.key(w.seed, -1, salt());
        for (int u = 0; u < w.n; u++) {
            theta[u] = Math.max(1, (int) Math.ceil((1 - Rng.uniform(key, u)) * ONE));
        }
    }

    @Override
    long salt() {
        return 0x17_0001L;
    }

    @Override
    boolean activates(World w, long key, int v, int u, int e) {
        int cur = lowest[u];
        while (v < cur) {
            int witness = (int) INTS.compareAndExchange(lowest, u, cur, v);
            if (witness == cur) {
                break;
            }
            cur = witness;
        }
        if (sum[u] >= theta[u]) {
            return false; // already crossed this step: stop adding (no overflow)
        }
        int add = weight > 0 ? (int) (weight * ONE) : ONE / w.graph.followeeCount(u);
        int before = (int) INTS.getAndAdd(sum, u, add);
        return before < theta[u] && before + add >= theta[u];
    }

    @Override
    int parentFor(int u) {
        return lowest[u];
    }
}
