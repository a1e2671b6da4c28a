package org.socialsim.workbench.experiment.internal;

/**
 * Centres each feature on its training mean and divides by its training standard deviation; a constant feature
 * (deviation 0, e.g. a count every training user shares) is only centred, never divided by zero.
 */
public final class Standardizer {
    private final double[] mean;
    private final double[] scale;

    private Standardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /** Fits the means and deviations of the columns of x. */
    public static Standardizer fit(double[][] x) {
        int d = x[0].length;
        double[] mean = new double[d];
        double[] sq = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += row[j] / x.length;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                sq[j] += (row[j] - mean[j]) * (row[j] - mean[j]) / x.length;
            }
        }
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sd = Math.sqrt(sq[j]);
            scale[j] = sd > 1e-12 ? sd : 1;
        }
        return new Standardizer(mean, scale);
    }

    /** Standardized copies of the rows. */
    public double[][] transform(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = new double[x[i].length];
            for (int j = 0; j < x[i].length; j++) {
                out[i][j] = (x[i][j] - mean[j]) / scale[j];
            }
        }
        return out;
    }
}
