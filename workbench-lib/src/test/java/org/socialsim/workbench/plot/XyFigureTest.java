package org.socialsim.workbench.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class XyFigureTest {

    @Test
    void oneLinePerSeriesSortedByX() {
        XYChart chart = Plots.line(Tables.shotCurve(), "shots", "accuracy").by("selection").chart();
        assertEquals(List.of("recent", "similar"), legend(chart));
        XYSeries recent = chart.getSeries("recent");
        assertArrayEquals(new double[] {0, 1, 5, 10}, recent.getXData());
        assertArrayEquals(new double[] {.40, .50, .60, .62}, recent.getYData());
    }

    @Test
    void bandsAreShadedPolygonsOutsideTheLegend() {
        XyFigure f = Plots.line(Tables.shotCurve(), "shots", "accuracy").by("selection").band("ci_low", "ci_high");
        assertEquals(2, f.bandCount());
        XYChart chart = f.chart();
        List<XYSeries> bands = chart.getSeriesCollection().stream()
                .filter(s -> s.getXYSeriesRenderStyle().orElse(null) == XYSeriesRenderStyle.PolygonArea)
                .collect(Collectors.toList());
        assertEquals(2, bands.size());
        XYSeries band = chart.getSeries("recent (interval)");
        assertFalse(band.isShowInLegend());
        // lows left to right, then highs right to left: a closed band
        assertArrayEquals(new double[] {0, 1, 5, 10, 10, 5, 1, 0}, band.getXData());
        assertArrayEquals(new double[] {.35, .45, .56, .58, .66, .64, .55, .45}, band.getYData());
        assertTrue(band.getFillColor().getAlpha() < 255, "bands are translucent");
        assertEquals(0, Plots.line(Tables.shotCurve(), "shots", "accuracy").bandCount());
    }

    @Test
    void referencesAndChosenSeriesAreDashed() {
        XYChart chart = Plots.line(Tables.shotCurve(), "shots", "accuracy").by("selection").dashed("similar")
                .reference("reported by the paper", Tables.paper(), "shots", "accuracy").chart();
        assertEquals(List.of("recent", "similar", "reported by the paper"), legend(chart));
        assertNull(chart.getSeries("recent").getLineStyle().getDashArray());
        assertNotNull(chart.getSeries("similar").getLineStyle().getDashArray());
        assertNotNull(chart.getSeries("reported by the paper").getLineStyle().getDashArray());
        assertTrue(chart.getStyler().isLegendVisible());
    }

    @Test
    void scatterDrawsPointsNotLines() {
        XYChart chart = Plots.scatter(Tables.shotCurve(), "shots", "accuracy").chart();
        XYSeries s = chart.getSeries("accuracy");
        assertEquals(XYSeriesRenderStyle.Scatter, s.getXYSeriesRenderStyle().orElseThrow());
    }

    @Test
    void longEvenlySpacedCurvesGetRoundTicksNotOneTickPerStep() {
        double[] step = new double[100];
        double[] y = new double[100];
        for (int i = 0; i < 100; i++) {
            step[i] = i;
            y[i] = 1 - Math.exp(-i / 20.0);
        }
        Table t = Table.create("traj", DoubleColumn.create("step", step), DoubleColumn.create("active", y),
                StringColumn.create("source", java.util.Collections.nCopies(100, "simulated")));
        XYChart chart = Plots.line(t, "step", "active").by("source").chart();
        assertEquals(List.of("simulated"), legend(chart), "the helper point stays out of the legend");
        assertTrue(Pixels.greyVariance(Plots.line(t, "step", "active").image()) > 100);
    }

    @Test
    void aLegendTooWideForOneRowGoesOneEntryPerLineAndTheFigureGrows() {
        Table curve = Tables.shotCurve();
        XyFigure narrow = Plots.line(curve, "shots", "accuracy").by("selection");
        XYChart twoShort = narrow.chart();
        assertEquals(Styler.LegendLayout.Horizontal, twoShort.getStyler().getLegendLayout());
        assertEquals(narrow.height(), twoShort.getHeight());

        XyFigure wide = Plots.line(curve, "shots", "accuracy").by("selection")
                .reference("fine-tuned BERT (reported by the paper)", Tables.paper(), "shots", "accuracy")
                .reference("GPT-4o-mini at one shot (reported by the paper)", Tables.paper(), "shots", "accuracy");
        XYChart four = wide.chart();
        assertEquals(Styler.LegendLayout.Vertical, four.getStyler().getLegendLayout());
        assertTrue(four.getHeight() > wide.height() + 40, "grown by three legend lines: " + four.getHeight());
        // nothing is cut at the image's sides (a one-row legend this wide was drawn from x < 0 to x > width)
        BufferedImage img = wide.image();
        assertEquals(0, ink(img, 0) + ink(img, 1) + ink(img, img.getWidth() - 2) + ink(img, img.getWidth() - 1));
    }

    @Test
    void wholeNumberXGetsWholeNumberTicks() {
        XyFigure f = Plots.line(Tables.shotCurve(), "shots", "accuracy").by("selection");
        XYChart c = f.chart();
        // span 10 over about 700 pixels: a hint of at least 76 pixels per tick keeps the step at 1 or more
        assertTrue(c.getStyler().getXAxisTickMarkSpacingHint() >= f.width() / 10, "hint "
                + c.getStyler().getXAxisTickMarkSpacingHint());
        Table fractional = Table.create("t", DoubleColumn.create("x", 0, 0.5, 1), DoubleColumn.create("y", 1, 2, 3));
        assertEquals(new XYChart(10, 10).getStyler().getXAxisTickMarkSpacingHint(),
                Plots.line(fractional, "x", "y").chart().getStyler().getXAxisTickMarkSpacingHint());
    }

    /** Non-white pixels in one column of the image. */
    private static int ink(BufferedImage img, int x) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            n += (img.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
        }
        return n;
    }

    private static List<String> legend(XYChart chart) {
        return chart.getSeriesCollection().stream().filter(XYSeries::isShowInLegend).map(XYSeries::getName)
                .collect(Collectors.toList());
    }
}
