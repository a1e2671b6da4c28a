package org.socialsim.workbench.baseline.internal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import java.util.List;

/**
 * Keeps one bad batch from ruining a fine-tune: measures the global gradient norm, and either clears gradients that
 * are not finite (the step is then skipped and counted) or rescales them to at most a maximum norm.
 */
public final class GradientGuard {
    private static final NDIndex ALL = new NDIndex(":");

    private GradientGuard() {
    }

    /** The L2 norm of all gradients taken together (NaN or infinite when any gradient is). */
    public static double globalNorm(List<NDArray> gradients) {
        double sum = 0;
        for (NDArray g : gradients) {
            try (NDArray n = g.norm()) {
                double v = n.getFloat();
                sum += v * v;
            }
        }
        return Math.sqrt(sum);
    }

    /** Sets every gradient to zero (also clears NaN, unlike subtracting a gradient from itself). */
    public static void clear(List<NDArray> gradients) {
        for (NDArray g : gradients) {
            g.set(ALL, 0f);
        }
    }

    /** Rescales gradients in place so their global norm is at most {@code maxNorm}. */
    public static void clip(List<NDArray> gradients, double norm, double maxNorm) {
        if (norm > maxNorm) {
            float scale = (float) (maxNorm / (norm + 1e-6));
            for (NDArray g : gradients) {
                g.muli(scale);
            }
        }
    }
}
