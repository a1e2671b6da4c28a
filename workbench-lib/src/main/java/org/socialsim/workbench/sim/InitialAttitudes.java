package org.socialsim.workbench.sim;

import java.util.List;
import org.socialsim.workbench.sim.internal.Rng;

/** Initial attitudes for {@link Simulation.Builder#initialAttitudes}: seeded draws or values given per agent. */
public final class InitialAttitudes {
    private InitialAttitudes() {
    }

    /** Uniform in [-1, 1], identical for a seed. */
    public static float[] uniform(int n, long seed) {
        long key = Rng.key(seed, 0, 0xA7_0001L);
        float[] a = new float[n];
        for (int u = 0; u < n; u++) {
            a[u] = (float) (2 * Rng.uniform(key, u) - 1);
        }
        return a;
    }

    /** Evenly spaced from -1 to 1 (agent 0 at -1): a deterministic spread for bounded-confidence experiments. */
    public static float[] evenly(int n) {
        float[] a = new float[n];
        for (int u = 0; u < n; u++) {
            a[u] = n == 1 ? 0f : (float) (-1 + 2.0 * u / (n - 1));
        }
        return a;
    }

    /** S3's binary attitudes: +1 with probability {@code positive}, else -1, identical for a seed. */
    public static float[] binary(int n, double positive, long seed) {
        if (!(positive >= 0 && positive <= 1)) {
            throw new IllegalArgumentException("positive share must be in [0, 1], was " + positive);
        }
        long key = Rng.key(seed, 0, 0xA7_0002L);
        float[] a = new float[n];
        for (int u = 0; u < n; u++) {
            a[u] = Rng.uniform(key, u) < positive ? 1f : -1f;
        }
        return a;
    }

    /** Given values (e.g. inferred per agent), checked to lie in [-1, 1]. */
    public static float[] of(List<? extends Number> values) {
        float[] a = new float[values.size()];
        for (int u = 0; u < a.length; u++) {
            double v = values.get(u).doubleValue();
            if (!(v >= -1 && v <= 1)) {
                throw new IllegalArgumentException("attitude of agent " + u + " must be in [-1, 1], was " + v);
            }
            a[u] = (float) v;
        }
        return a;
    }
}
