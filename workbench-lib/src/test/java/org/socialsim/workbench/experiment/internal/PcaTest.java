package org.socialsim.workbench.experiment.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PcaTest {

    @Test
    void findsTheDirectionOfLargestVariance() {
        SplittableRandom r = new SplittableRandom(3);
        double[][] x = new double[400][];
        for (int i = 0; i < x.length; i++) {
            double t = r.nextGaussian();
            // spread 3 along (1, 1, 0) / sqrt 2, 0.3 across it
            x[i] = new double[] {3 * t / Math.sqrt(2) + 0.3 * r.nextGaussian(), 3 * t / Math.sqrt(2),
                0.3 * r.nextGaussian()};
        }
        Pca p = Pca.fit(x, 1);
        double[] one = p.project(new double[] {1 / Math.sqrt(2), 1 / Math.sqrt(2), 0});
        double[] zero = p.project(new double[] {0, 0, 0});
        assertEquals(1.0, Math.abs(one[0] - zero[0]), 0.02, "the first component is (1, 1, 0) / sqrt 2");
    }

    @Test
    void fitsRankDeficientDataThatEigenDecompositionCannot() {
        // 20 distinct unit vectors in 96 dimensions repeated over 300 rows: Commons Math's EigenDecomposition of
        // their covariance fails to converge ("illegal state: convergence failed"); a profile block looks like this
        SplittableRandom r = new SplittableRandom(2);
        double[][] base = new double[20][96];
        for (double[] b : base) {
            double s = 0;
            for (int j = 0; j < b.length; j++) {
                b[j] = r.nextGaussian();
                s += b[j] * b[j];
            }
            for (int j = 0; j < b.length; j++) {
                b[j] /= Math.sqrt(s);
            }
        }
        double[][] x = new double[300][];
        for (int i = 0; i < x.length; i++) {
            x[i] = base[r.nextInt(base.length)];
        }
        Pca p = Pca.fit(x, 16);
        assertEquals(16, p.size());
        // a projection never lengthens a distance, and 16 of the data's 19 dimensions keep most of it
        double[] a = p.project(base[0]);
        double[] b = p.project(base[1]);
        double projected = 0;
        double full = 0;
        for (int c = 0; c < a.length; c++) {
            projected += (a[c] - b[c]) * (a[c] - b[c]);
        }
        for (int j = 0; j < base[0].length; j++) {
            full += (base[0][j] - base[1][j]) * (base[0][j] - base[1][j]);
        }
        assertTrue(projected <= full + 1e-9 && projected > 0.5 * full, "squared distance " + projected + " of " + full);
    }

    @Test
    void fitsProfileVectorsRepeatedOverManyUsers() {
        // 20 distinct 384-d vectors repeated over 300 rows, like many users sharing a few profile texts
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
