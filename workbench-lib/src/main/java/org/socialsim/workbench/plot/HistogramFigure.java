package org.socialsim.workbench.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.Histogram;
import org.socialsim.workbench.plot.internal.Columns;
import org.socialsim.workbench.plot.internal.Theme;
import tech.tablesaw.api.Table;

/**
 * The distribution of a numeric column in equal-width bins (missing values are left out):
 * <pre>{@code
 * Plots.histogram(users, "followers_log10", 30).range(0, 7)
 * }</pre>
 */
public final class HistogramFigure extends BaseFigure<HistogramFigure> {
    private final Table table;
    private final String column;
    private final int bins;
    private Double min;
    private Double max;

    HistogramFigure(Table table, String column, int bins) {
        super("distribution of " + Columns.title(column), Columns.title(column), "count");
        if (bins < 1 || bins > 1000) {
            throw new IllegalArgumentException("a histogram needs 1..1000 bins, got " + bins);
        }
        this.table = table;
        this.column = column;
        this.bins = bins;
        Columns.doubles(table, column);
    }

    /** Bins span {@code min..max} (values outside are left out) instead of the data's range. */
    public HistogramFigure range(double lo, double hi) {
        if (!(lo < hi)) {
            throw new IllegalArgumentException("histogram range needs min < max, got " + lo + ".." + hi);
        }
        this.min = lo;
        this.max = hi;
        return this;
    }

    /** The bin counts, left to right. */
    public List<Double> counts() {
        return histogram().getyAxisData();
    }

    @Override
    public CategoryChart chart() {
        Histogram h = histogram();
        CategoryChart chart = new CategoryChart(width(), height());
        chart.setTitle(title());
        chart.setXAxisTitle(xTitle());
        chart.setYAxisTitle(yTitle());
        style(chart.getStyler(), 1);
        chart.getStyler().setAvailableSpaceFill(0.96).setOverlapped(true);
        chart.getStyler().setXAxisMaxLabelCount(Math.min(bins, 12));
        double binWidth = (h.getMax() - h.getMin()) / bins;
        int decimals = binWidth >= 10 ? 0 : binWidth >= 1 ? 1 : (int) Math.ceil(-Math.log10(binWidth)) + 1;
        String format = "%." + Math.min(decimals, 8) + "f";
        List<String> centres = new ArrayList<>();
        for (double c : h.getxAxisData()) {
            centres.add(String.format(Locale.ROOT, format, c));
        }
        chart.addSeries(yTitle(), centres, h.getyAxisData()).setFillColor(Theme.color(0));
        return chart;
    }

    private Histogram histogram() {
        List<Double> values = new ArrayList<>();
        for (double v : Columns.doubles(table, column)) {
            if (Double.isFinite(v)) {
                values.add(v);
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException("cannot draw a histogram: column '" + column + "' of table '"
                    + table.name() + "' has no finite values");
        }
        if (min != null) {
            return new Histogram(values, bins, min, max);
        }
        double lo = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double hi = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return hi > lo ? new Histogram(values, bins) : new Histogram(values, bins, lo - 0.5, hi + 0.5);
    }
}
