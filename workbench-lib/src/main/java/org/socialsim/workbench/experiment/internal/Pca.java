package org.socialsim.workbench.experiment.internal;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Principal components of the rows of a matrix: the leading singular vectors of their covariance matrix (Commons
 * Math; pure Java, unlike Smile's PCA, which needs native OpenBLAS). The SVD of the covariance, not its
 * eigen-decomposition: Commons Math's {@code EigenDecomposition} fails to converge on rank-deficient covariances, which
 * sentence vectors of a few distinct texts (e.g. 19 profile descriptions over 2,000 cases) always give.
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
        SingularValueDecomposition svd = new SingularValueDecomposition(covariance(x, center));
        RealMatrix u = svd.getU(); // columns in order of decreasing singular value (= variance)
        double[][] comps = new double[keep][];
        for (int c = 0; c < keep; c++) {
            comps[c] = u.getColumn(c);
        }
        return new Pca(center, comps);
    }

    private static RealMatrix covariance(double[][] x, double[] center) {
        int d = center.length;
        double[][] cov = new double[d][d];
        double[] z = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                z[j] = row[j] - center[j];
            }
            for (int i = 0; i < d; i++) {
                double zi = z[i];
                double[] ci = cov[i];
                for (int j = i; j < d; j++) {
                    ci[j] += zi * z[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] /= x.length - 1;
                cov[j][i] = cov[i][j];
            }
        }
        return new Array2DRowRealMatrix(cov, false);
    }

    /** The number of components kept. */
    public int size() {
        return components.length;
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
