package org.socialsim.workbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

class HistogramFigureTest {

    @Test
    void countsEveryFiniteValueOnce() {
        Table t = Table.create("t", DoubleColumn.create("x", 1, 2, 2, 3, 3, 3, Double.NaN));
        HistogramFigure f = Plots.histogram(t, "x", 3);
        assertEquals(3, f.counts().size());
        assertEquals(java.util.List.of(1.0, 2.0, 3.0), f.counts());
        assertEquals("count", f.yTitle());
    }

    @Test
    void rangeLeavesOutValuesOutsideIt() {
        Table t = Tables.gaussian(1000, 3);
        double inRange = t.doubleColumn("followers_log10").where(
                t.doubleColumn("followers_log10").isBetweenInclusive(4, 6)).size();
        double counted = Plots.histogram(t, "followers_log10", 10).range(4, 6).counts().stream()
                .mapToDouble(Double::doubleValue).sum();
        assertEquals(inRange, counted, 1.0);
        assertEquals(1000, Plots.histogram(t, "followers_log10", 25).counts().stream()
                .mapToDouble(Double::doubleValue).sum(), 1e-9);
    }

    @Test
    void aConstantColumnStillDraws() {
        Table t = Table.create("t", DoubleColumn.create("x", 5, 5, 5));
        assertEquals(3, Plots.histogram(t, "x", 4).counts().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(Pixels.greyVariance(Plots.histogram(t, "x", 4).image()) > 100);
    }

    @Test
    void badBinsOrNoValuesAreClearErrors() {
        Table t = Table.create("empty", DoubleColumn.create("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Plots.histogram(t, "x", 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.histogram(t, "x", 5).chart());
        assertTrue(e.getMessage().contains("no finite values"), e.getMessage());
    }
}
