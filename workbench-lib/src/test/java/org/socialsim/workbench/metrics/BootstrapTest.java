package org.socialsim.workbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BootstrapTest {

    @Test
    void percentilesUseLinearInterpolation() {
        double[] reps = new double[101];
        Arrays.setAll(reps, i -> i + 1);   // 1..101
        Interval i = Bootstrap.of(0).percentiles(50, reps);
        // h = (n-1)p + 1 -> 2.5% of 101 values is 1 + 0.025*100 = 3.5; 97.5% is 98.5
        assertEquals(3.5, i.lower(), 1e-12);
        assertEquals(98.5, i.upper(), 1e-12);
        assertEquals(50, i.estimate(), 0);
    }

    @Test
    void sameSeedSameIntervalOtherSeedOther() {
        double[] v = new double[200];
        for (int i = 0; i < v.length; i++) {
            v[i] = (i * 37 % 11) / 10.0;
        }
        Interval a = Bootstrap.of(42).mean(v);
        Interval b = Bootstrap.of(42).mean(v);
        Interval c = Bootstrap.of(43).mean(v);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void meanIntervalOfABernoulliSampleMatchesTheNormalApproximation() {
        double[] v = new double[400];
        for (int i = 0; i < v.length; i += 2) {
            v[i] = 1;    // p = 0.5
        }
        Interval i = Bootstrap.of(7).mean(v);
        assertEquals(0.5, i.estimate(), 1e-12);
        double normalHalfWidth = 1.96 * Math.sqrt(0.25 / 400);   // 0.049
        assertEquals(normalHalfWidth, 0.5 - i.lower(), 0.01);
        assertEquals(normalHalfWidth, i.upper() - 0.5, 0.01);
    }

    @Test
    void constantValuesGiveADegenerateInterval() {
        Interval i = Bootstrap.of(3).mean(new double[] {0.7, 0.7, 0.7});
        assertEquals(0.7, i.lower(), 1e-12);
        assertEquals(0.7, i.upper(), 1e-12);
    }

    @Test
    void anyStatisticOfValues() {
        double[] v = {1, 2, 3, 4, 100};
        Interval median = Bootstrap.of(5).interval(v, x -> {
            double[] s = x.clone();
            Arrays.sort(s);
            return s[s.length / 2];
        });
        assertEquals(3, median.estimate(), 0);
        assertTrue(median.lower() >= 1 && median.upper() <= 100);
    }

    @Test
    void accuracyAndMacroF1IntervalsCoverTheirEstimates() {
        Outcomes o = MetricsTest.example();
        Bootstrap b = Bootstrap.of(11).withResamples(500);
        Interval acc = b.accuracy(o);
        Interval f1 = b.macroF1(o);
        assertEquals(0.6, acc.estimate(), 1e-12);
        assertTrue(acc.contains(0.6) && acc.width() > 0.2, acc.toString());
        assertEquals(Metrics.of(o).macroF1(), f1.estimate(), 1e-12);
        assertTrue(f1.contains(f1.estimate()) && f1.width() > 0, f1.toString());
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 0.95, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bootstrap(1000, 1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.of(1).mean(new double[0]));
    }
}
