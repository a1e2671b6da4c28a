package org.socialsim.workbench.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.socialsim.workbench.plot.internal.Columns;
import org.socialsim.workbench.plot.internal.Theme;
import tech.tablesaw.api.Table;

/**
 * Numeric x-y series: lines (optionally with a shaded confidence band) or points, one per value of a series column,
 * plus dashed reference series (e.g. the numbers reported by a paper, or observed curves):
 * <pre>{@code
 * Plots.line(curve, "shots", "accuracy").by("config").band("ci_low", "ci_high")
 *      .reference("reported by the paper", paper, "shots", "accuracy")
 * Plots.line(trajectory, "step", "active_share").by("source").dashed("observed")
 * }</pre>
 * Each series is drawn in order of x.
 */
public final class XyFigure extends BaseFigure<XyFigure> {
    private static final float LINE_WIDTH = 2.2f;
    private static final BasicStroke DASHED = new BasicStroke(LINE_WIDTH, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {7f, 5f}, 0f);
    private static final int BAND_ALPHA = 48;

    private final Table table;
    private final String x;
    private final String y;
    private final boolean lines;
    private String series;
    private String low;
    private String high;
    private boolean markers;
    private final Set<String> dashed = new LinkedHashSet<>();
    private final List<Reference> references = new ArrayList<>();

    XyFigure(Table table, String x, String y, boolean lines) {
        super(Columns.title(y) + " by " + Columns.title(x), Columns.title(x), Columns.title(y));
        this.table = table;
        this.x = x;
        this.y = y;
        this.lines = lines;
        this.markers = !lines;
        Columns.doubles(table, x);
        Columns.doubles(table, y);
    }

    /** One series per value of this column. */
    public XyFigure by(String seriesColumn) {
        Columns.of(table, seriesColumn);
        this.series = seriesColumn;
        return this;
    }

    /** Shades the band between the {@code lowColumn} and {@code highColumn} values around each line. */
    public XyFigure band(String lowColumn, String highColumn) {
        Columns.doubles(table, lowColumn);
        Columns.doubles(table, highColumn);
        this.low = lowColumn;
        this.high = highColumn;
        return this;
    }

    /** Draws these series (values of the series column) dashed, e.g. "observed" or "reported by the paper". */
    public XyFigure dashed(String... seriesNames) {
        dashed.addAll(Arrays.asList(seriesNames));
        return this;
    }

    /** Adds a dashed dark reference series from another table. */
    public XyFigure reference(String label, Table other, String xColumn, String yColumn) {
        references.add(new Reference(label, Columns.doubles(other, xColumn), Columns.doubles(other, yColumn)));
        return this;
    }

    /** Shows or hides point markers (lines: off by default; scatter: always on). */
    public XyFigure markers(boolean show) {
        this.markers = show || !lines;
        return this;
    }

    /** How many shaded bands the chart draws. */
    public int bandCount() {
        return low == null ? 0 : groups().size();
    }

    @Override
    public XYChart chart() {
        Columns.requireRows(table, lines ? "a line chart" : "a scatter chart");
        Map<String, List<Integer>> groups = groups();
        List<String> legend = new ArrayList<>(groups.keySet());
        references.forEach(r -> legend.add(r.label));
        LegendFit fit = fitLegend(legend, Theme.LEGEND_LINE_SAMPLE);
        XYChart chart = new XYChart(width(), fit.height());
        chart.setTitle(title());
        chart.setXAxisTitle(xTitle());
        chart.setYAxisTitle(yTitle());
        style(chart.getStyler(), fit);
        chart.getStyler().setPlotGridVerticalLinesVisible(true);
        double[] xs = Columns.doubles(table, x);
        double[] ys = Columns.doubles(table, y);
        wholeTicks(chart, xs);
        int colour = 0;
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) {
            int[] rows = e.getValue().stream().sorted(Comparator.comparingDouble(i -> xs[i]))
                    .mapToInt(Integer::intValue).toArray();
            Color c = Theme.color(colour++);
            if (low != null) {
                addBand(chart, e.getKey(), rows, xs, c);
            }
            XYSeries s = chart.addSeries(e.getKey(), pick(xs, rows), pick(ys, rows));
            decorate(s, c, dashed.contains(e.getKey()));
        }
        evenTicks(chart, xs, ys);
        for (Reference r : references) {
            int[] rows = IntStream.range(0, r.xs.length).boxed().sorted(Comparator.comparingDouble(i -> r.xs[i]))
                    .mapToInt(Integer::intValue).toArray();
            XYSeries s = chart.addSeries(r.label, pick(r.xs, rows), pick(r.ys, rows));
            decorate(s, Theme.INK, true);
        }
        return chart;
    }

    /**
     * Whole-number x data over a short span (shot counts, steps) gets ticks at whole numbers only: by default XChart
     * would put ticks at 0.5, 1.5, ... on a span of 5. The tick spacing hint is raised until the step is at least 1.
     */
    private void wholeTicks(XYChart chart, double[] xs) {
        double[] finite = Arrays.stream(xs).filter(Double::isFinite).toArray();
        if (finite.length == 0 || !Arrays.stream(finite).allMatch(v -> v == Math.rint(v))) {
            return;
        }
        double span = Arrays.stream(finite).max().getAsDouble() - Arrays.stream(finite).min().getAsDouble();
        if (span >= 1 && span <= 20) {
            int hint = (int) Math.ceil(width() / span);
            chart.getStyler().setXAxisTickMarkSpacingHint(Math.max(chart.getStyler().getXAxisTickMarkSpacingHint(),
                    hint));
        }
    }

    /**
     * XChart puts a tick on every x value when all x values are equally spaced, which crowds the axis of a long curve
     * (e.g. 100 simulation steps); one invisible point off the grid makes it choose round tick steps instead.
     */
    private static void evenTicks(XYChart chart, double[] xs, double[] ys) {
        double[] sorted = Arrays.stream(xs).filter(Double::isFinite).distinct().sorted().toArray();
        if (sorted.length <= 15) {
            return;
        }
        double y = Arrays.stream(ys).filter(Double::isFinite).findFirst().orElse(0);
        XYSeries hidden = chart.addSeries(" ", new double[] {sorted[0] + (sorted[1] - sorted[0]) * 0.37},
                new double[] {y});
        hidden.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        hidden.setMarker(SeriesMarkers.NONE);
        hidden.setShowInLegend(false);
    }

    private void decorate(XYSeries s, Color c, boolean dash) {
        s.setXYSeriesRenderStyle(lines ? XYSeriesRenderStyle.Line : XYSeriesRenderStyle.Scatter);
        s.setLineColor(c);
        s.setMarkerColor(c);
        s.setLineStyle(dash ? DASHED : new BasicStroke(LINE_WIDTH));
        if (!markers) {
            s.setMarker(SeriesMarkers.NONE);
        }
    }

    private void addBand(XYChart chart, String name, int[] rows, double[] xs, Color c) {
        double[] lo = Columns.doubles(table, low);
        double[] hi = Columns.doubles(table, high);
        int n = rows.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int k = 0; k < n; k++) {
            px[k] = xs[rows[k]];
            py[k] = lo[rows[k]];
            px[2 * n - 1 - k] = xs[rows[k]];
            py[2 * n - 1 - k] = hi[rows[k]];
        }
        XYSeries band = chart.addSeries(name + " (interval)", px, py);
        band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        band.setFillColor(Theme.translucent(c, BAND_ALPHA));
        band.setLineColor(Theme.translucent(c, 0));
        band.setMarker(SeriesMarkers.NONE);
        band.setShowInLegend(false);
    }

    /** Row numbers per series, series in order of first appearance. */
    private Map<String, List<Integer>> groups() {
        List<String> names = series == null ? null : Columns.labels(table, series);
        Map<String, List<Integer>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < table.rowCount(); i++) {
            out.computeIfAbsent(names == null ? yTitle() : names.get(i), k -> new ArrayList<>()).add(i);
        }
        return out;
    }

    private static double[] pick(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = v[rows[k]];
        }
        return out;
    }

    private record Reference(String label, double[] xs, double[] ys) {
    }
}
