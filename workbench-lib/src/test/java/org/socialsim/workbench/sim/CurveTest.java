package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CurveTest {

    @Test
    void interpolatesAndHoldsFlatOutside() {
        Curve c = new Curve("c", new double[] {0, 2, 4}, new double[] {0, 10, 14});
        assertEquals(5, c.at(1), 1e-12);
        assertEquals(12, c.at(3), 1e-12);
        assertEquals(0, c.at(-1), 1e-12);
        assertEquals(14, c.at(100), 1e-12);
        assertEquals(10, c.scaleTime(2).at(4), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Curve("bad", new double[] {0, 0}, new double[] {1, 2}));
    }

    @Test
    void fitMeasuresAreZeroForIdenticalCurvesAndGrowWithDistance() {
        double[] t = Curve.grid(0, 10, 11);
        Curve a = new Curve("a", t, t.clone());
        double[] shifted = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            shifted[i] = t[i] + 2;
        }
        Curve b = new Curve("b", t, shifted);
        CurveFit same = CurveFit.of(a, a, t);
        assertEquals(0, same.rmse(), 1e-12);
        assertEquals(0, same.dtw(), 1e-12);
        CurveFit off = CurveFit.of(a, b, t);
        assertEquals(2, off.rmse(), 1e-12);
        assertEquals(0.2, off.nrmse(), 1e-12, "rmse over the observed range 10");
        assertTrue(off.dtw() < off.rmse(), "warping forgives a shift in time: " + off.dtw());
    }

    @Test
    void dtwForgivesATimeLagThatRmsePunishes() {
        double[] t = Curve.grid(0, 99, 100);
        double[] y = new double[100];
        double[] late = new double[100];
        for (int i = 0; i < 100; i++) {
            y[i] = 1 / (1 + Math.exp(-(i - 40) / 4.0));
            late[i] = 1 / (1 + Math.exp(-(i - 45) / 4.0));
        }
        CurveFit f = CurveFit.of(new Curve("obs", t, y), new Curve("sim", t, late), t);
        assertTrue(f.dtw() < 0.3 * f.rmse(), f.toString());
    }
}
