package org.socialsim.workbench.text.internal;

import java.nio.FloatBuffer;
import org.socialsim.workbench.text.TokenBatch;

/** Sentence-transformers' mean pooling over the real tokens of a batch, followed by L2 normalisation. */
public final class Pooling {
    private Pooling() {
    }

    /**
     * Pools token vectors [rows, width, dim] (row-major in {@code hidden}) into one unit vector per row.
     */
    public static float[][] meanNormalized(FloatBuffer hidden, TokenBatch batch, int dim) {
        float[][] out = new float[batch.rows()][dim];
        float[] token = new float[dim];
        for (int r = 0; r < batch.rows(); r++) {
            double[] sum = new double[dim];
            int n = 0;
            for (int t = 0; t < batch.width(); t++) {
                if (batch.mask()[r * batch.width() + t] == 0) {
                    continue;
                }
                hidden.get((r * batch.width() + t) * dim, token);
                for (int d = 0; d < dim; d++) {
                    sum[d] += token[d];
                }
                n++;
            }
            double norm = 0;
            for (int d = 0; d < dim; d++) {
                sum[d] /= Math.max(n, 1);
                norm += sum[d] * sum[d];
            }
            norm = Math.sqrt(norm);
            for (int d = 0; d < dim; d++) {
                out[r][d] = norm == 0 ? 0f : (float) (sum[d] / norm);
            }
        }
        return out;
    }
}
