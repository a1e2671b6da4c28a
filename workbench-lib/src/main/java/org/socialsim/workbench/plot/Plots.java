package org.socialsim.workbench.plot;

import java.awt.Color;
import java.util.Objects;
import org.socialsim.workbench.plot.internal.Theme;
import tech.tablesaw.api.Table;

/**
 * Charts from Tablesaw tables, all in one style (white background, colour-blind-safe palette, fonts legible at a
 * notebook's width). Each factory names the columns to draw; the result is a {@link Figure} with fluent options,
 * shown inline when it is a notebook cell's value and saved with {@code save("name")} as PNG and SVG in figures/.
 * <pre>{@code
 * Plots.bar(results, "config", "accuracy").errors("ci_low", "ci_high").yRange(0, 1).save("02-accuracy")
 * Plots.line(curve, "shots", "accuracy").by("config").band("ci_low", "ci_high")
 * Plots.confusion(predictions, "truth", "predicted")
 * }</pre>
 */
public final class Plots {
    private Plots() {
    }

    /** Bars of {@code value} per {@code category} (one row per bar); add {@code .errors(low, high)} for intervals. */
    public static BarFigure bar(Table table, String category, String value) {
        return new BarFigure(check(table), category, value);
    }

    /** Bars of {@code value} per {@code category}, side by side for each value of {@code series}. */
    public static BarFigure groupedBar(Table table, String category, String series, String value) {
        return bar(table, category, value).by(series);
    }

    /** Lines of {@code y} over numeric {@code x}; add {@code .by(series)}, {@code .band(low, high)}, references. */
    public static XyFigure line(Table table, String x, String y) {
        return new XyFigure(check(table), x, y, true);
    }

    /** Points of {@code y} over numeric {@code x}; add {@code .by(series)} for colours. */
    public static XyFigure scatter(Table table, String x, String y) {
        return new XyFigure(check(table), x, y, false);
    }

    /** A confusion matrix counting the table's rows by {@code truth} (rows) and {@code predicted} (columns). */
    public static HeatmapFigure confusion(Table table, String truth, String predicted) {
        return HeatmapFigure.confusion(check(table), truth, predicted, null);
    }

    /** A confusion matrix from counts: one row per (truth, predicted) pair with its count in {@code count}. */
    public static HeatmapFigure confusion(Table table, String truth, String predicted, String count) {
        return HeatmapFigure.confusion(check(table), truth, predicted, Objects.requireNonNull(count, "count"));
    }

    /** A heat map of {@code value} by {@code row} and {@code column} labels, values written in the cells. */
    public static HeatmapFigure heatmap(Table table, String row, String column, String value) {
        return HeatmapFigure.grid(check(table), row, column, value);
    }

    /** A histogram of a numeric column in {@code bins} equal-width bins. */
    public static HistogramFigure histogram(Table table, String column, int bins) {
        return new HistogramFigure(check(table), column, bins);
    }

    /** Series colour number {@code i} of the palette (Okabe-Ito, colour-blind safe), for custom XChart charts. */
    public static Color color(int i) {
        return Theme.color(i);
    }

    private static Table check(Table table) {
        return Objects.requireNonNull(table, "table");
    }
}
