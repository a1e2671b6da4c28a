package org.socialsim.workbench.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.socialsim.workbench.plot.internal.Columns;
import org.socialsim.workbench.plot.internal.Theme;
import org.socialsim.workbench.plot.internal.Whiskers;
import tech.tablesaw.api.Table;

/**
 * Bars of a value per category, optionally grouped by a series column and with (asymmetric) error whiskers:
 * <pre>{@code
 * Plots.bar(results, "config", "accuracy").errors("ci_low", "ci_high").yRange(0, 1)
 * Plots.groupedBar(ablation, "feature_group", "model", "macro_f1")
 * }</pre>
 * One row per bar; categories and series appear in the order of their first row.
 */
public final class BarFigure extends BaseFigure<BarFigure> {
    private final Table table;
    private final String category;
    private final String value;
    private String series;
    private String low;
    private String high;

    BarFigure(Table table, String category, String value) {
        super(Columns.title(value) + " by " + Columns.title(category), Columns.title(category), Columns.title(value));
        this.table = table;
        this.category = category;
        this.value = value;
        Columns.of(table, category);
        Columns.doubles(table, value);
    }

    /** Groups the bars by this column's values: one coloured series per value, side by side in each category. */
    public BarFigure by(String seriesColumn) {
        Columns.of(table, seriesColumn);
        this.series = seriesColumn;
        return this;
    }

    /** Draws a whisker from the {@code lowColumn} value to the {@code highColumn} value on every bar. */
    public BarFigure errors(String lowColumn, String highColumn) {
        Columns.doubles(table, lowColumn);
        Columns.doubles(table, highColumn);
        this.low = lowColumn;
        this.high = highColumn;
        return this;
    }

    @Override
    public CategoryChart chart() {
        Columns.requireRows(table, "a bar chart");
        Grid grid = grid();
        LegendFit fit = fitLegend(grid.series, Theme.LEGEND_BOX_SAMPLE);
        CategoryChart chart = new CategoryChart(width(), fit.height());
        chart.setTitle(title());
        chart.setXAxisTitle(xTitle());
        chart.setYAxisTitle(yTitle());
        style(chart.getStyler(), fit);
        chart.getStyler().setAvailableSpaceFill(grid.series.size() > 1 ? 0.8 : 0.6);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        if (grid.categories.stream().anyMatch(c -> c.length() > 12) && grid.categories.size() > 4) {
            chart.getStyler().setXAxisLabelRotation(25);
        }
        for (int s = 0; s < grid.series.size(); s++) {
            CategorySeries cs = chart.addSeries(grid.series.get(s), grid.categories, boxed(grid.values[s]));
            cs.setFillColor(Theme.color(s));
        }
        if (low != null) {
            Whiskers whiskers = new Whiskers(grid.low, grid.high);
            chart.addAnnotation(whiskers);
            if (fixedYMin() == null) {
                double[] range = range(grid);
                chart.getStyler().setYAxisMin(range[0]);
                chart.getStyler().setYAxisMax(range[1]);
            }
        }
        return chart;
    }

    /** How many error whiskers the chart draws (0 without {@link #errors}). */
    public int whiskerCount() {
        if (low == null) {
            return 0;
        }
        Grid g = grid();
        return new Whiskers(g.low, g.high).count();
    }

    private static List<Double> boxed(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double d : v) {
            out.add(d);
        }
        return out;
    }

    /** The y range that shows every bar and whisker, starting at zero for non-negative data. */
    private static double[] range(Grid g) {
        double min = 0;
        double max = 0;
        for (double[][] block : new double[][][] {g.values, g.low, g.high}) {
            for (double[] row : block) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        double pad = (max - min) * 0.05;
        return new double[] {min < 0 ? min - pad : 0, max + pad};
    }

    private Grid grid() {
        List<String> cats = Columns.labels(table, category);
        List<String> sers = series == null ? null : Columns.labels(table, series);
        Map<String, Integer> catIndex = Columns.distinct(cats);
        Map<String, Integer> serIndex = sers == null ? Map.of(yTitle(), 0) : Columns.distinct(sers);
        double[] vals = Columns.doubles(table, value);
        double[] lows = low == null ? null : Columns.doubles(table, low);
        double[] highs = high == null ? null : Columns.doubles(table, high);
        Grid g = new Grid(new ArrayList<>(catIndex.keySet()), new ArrayList<>(serIndex.keySet()));
        for (int i = 0; i < vals.length; i++) {
            int c = catIndex.get(cats.get(i));
            int s = sers == null ? 0 : serIndex.get(sers.get(i));
            if (!Double.isNaN(g.values[s][c])) {
                throw new IllegalArgumentException("table '" + table.name() + "' has more than one row for "
                        + category + "='" + cats.get(i) + "'" + (sers == null ? "" : ", " + series + "='"
                        + sers.get(i) + "'") + " (row " + i + "); one row per bar: aggregate first");
            }
            g.values[s][c] = vals[i];
            if (lows != null) {
                g.low[s][c] = lows[i];
                g.high[s][c] = highs[i];
            }
        }
        return g;
    }

    /** Values, lows and highs indexed [series][category]. */
    private static final class Grid {
        final List<String> categories;
        final List<String> series;
        final double[][] values;
        final double[][] low;
        final double[][] high;

        Grid(List<String> categories, List<String> series) {
            this.categories = categories;
            this.series = series;
            this.values = nan(series.size(), categories.size());
            this.low = nan(series.size(), categories.size());
            this.high = nan(series.size(), categories.size());
        }

        private static double[][] nan(int rows, int cols) {
            double[][] a = new double[rows][cols];
            for (double[] r : a) {
                Arrays.fill(r, Double.NaN);
            }
            return a;
        }
    }
}
