package org.socialsim.workbench.experiment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PcaTest {
    @Test
    void pointsOnALineProjectOntoItsDirection() {
        double[][] x = {{0, 0}, {1, 1}, {2, 2}, {3, 3}};
        Pca p = Pca.fit(x, 1);
        // the centre is (1.5, 1.5); (3, 3) lies 1.5 * sqrt(2) along the axis (sign is arbitrary)
        assertEquals(1.5 * Math.sqrt(2), Math.abs(p.project(new double[] {3, 3})[0]), 1e-9);
        assertEquals(0.0, p.project(new double[] {2, 1})[0] - p.project(new double[] {1, 2})[0], 1e-9);
    }

    @Test
    void fitsDegenerateDataWhereAnEigenDecompositionOfTheCovarianceFailsToConverge() {
        // 20 distinct 384-d vectors repeated over 300 rows, like many users sharing a few profile texts: Commons
        // Math's EigenDecomposition of this covariance throws "convergence failed"
        SplittableRandom r = new SplittableRandom(1);
        double[][] base = new double[20][384];
        for (double[] b : base) {
            for (int j = 0; j < b.length; j++) {
                b[j] = (float) r.nextGaussian() / 20;
            }
        }
        double[][] x = new double[300][];
        for (int i = 0; i < x.length; i++) {
            x[i] = base[i % base.length].clone();
        }
        Pca p = Pca.fit(x, 16);
        double[] first = new double[x.length];
        double[] last = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] z = p.project(x[i]);
            assertEquals(16, z.length);
            first[i] = z[0];
            last[i] = z[15];
        }
        assertTrue(variance(first) >= variance(last), "components in order of decreasing variance");
        assertTrue(variance(last) > 0);
    }

    private static double variance(double[] v) {
        double m = 0;
        for (double x : v) {
            m += x / v.length;
        }
        double s = 0;
        for (double x : v) {
            s += (x - m) * (x - m) / v.length;
        }
        return s;
    }
}
