package org.socialsim.workbench.experiment.internal;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.stat.correlation.Covariance;

/**
 * Principal components by eigen-decomposition of the covariance matrix (Commons Math; pure Java, unlike Smile's PCA,
 * which needs native OpenBLAS). Projects onto the leading components.
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
        RealMatrix cov = new Covariance(x, false).getCovarianceMatrix();
        EigenDecomposition eig = new EigenDecomposition(cov);
        double[] values = eig.getRealEigenvalues();
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        double[][] comps = new double[keep][];
        for (int c = 0; c < keep; c++) {
            comps[c] = eig.getEigenvector(order[c]).toArray();
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
