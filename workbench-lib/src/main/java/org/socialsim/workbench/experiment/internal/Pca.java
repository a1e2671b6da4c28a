package org.socialsim.workbench.experiment.internal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Principal components by singular-value decomposition of the centred data (Commons Math; pure Java, unlike Smile's
 * PCA, which needs native OpenBLAS). Projects onto the leading components. SVD, not an eigen-decomposition of the
 * covariance matrix: the latter fails to converge ("convergence failed") on degenerate data such as many users
 * sharing a few profile texts.
 */
public final class Pca {
    private final double[] center;
    private final double[][] components;

    private Pca(double[] center, double[][] components) {
        this.center = center;
        this.components = components;
    }

    /** Fits at most {@code k} components (fewer when the data has fewer rows or columns). */
    public static Pca fit(double[][] x, int k) {
        int d = x[0].length;
        double[] center = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                center[j] += row[j] / x.length;
            }
        }
        int keep = Math.min(k, Math.min(d, x.length - 1));
        if (keep < 1) {
            return new Pca(center, new double[0][]);
        }
        double[][] centred = new double[x.length][d];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                centred[i][j] = x[i][j] - center[j];
            }
        }
        // right singular vectors, in order of decreasing singular value, are the principal axes
        RealMatrix v = new SingularValueDecomposition(new Array2DRowRealMatrix(centred, false)).getV();
        double[][] comps = new double[keep][];
        for (int c = 0; c < keep; c++) {
            comps[c] = v.getColumn(c);
        }
        return new Pca(center, comps);
    }

    /** The coordinates of a point on the components. */
    public double[] project(double[] v) {
        double[] out = new double[components.length];
        for (int c = 0; c < components.length; c++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += (v[j] - center[j]) * components[c][j];
            }
            out[c] = s;
        }
        return out;
    }
}
