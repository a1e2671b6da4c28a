package org.socialsim.workbench.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.style.Styler;
import org.socialsim.workbench.plot.internal.CellText;
import org.socialsim.workbench.plot.internal.Columns;
import tech.tablesaw.api.Table;

/**
 * A heat map of a value per (row, column) pair, with the numbers written in the cells; made for confusion matrices
 * (rows = truth, columns = prediction), where cells show the count and the row-normalised share and the colour
 * follows the share:
 * <pre>{@code
 * Plots.confusion(predictions, "truth", "predicted")                     // counts rows
 * Plots.confusion(counts, "truth", "predicted", "n").cells(Cells.SHARES)
 * Plots.heatmap(grid, "feature_group", "shots", "accuracy")              // any value grid
 * }</pre>
 */
public final class HeatmapFigure extends BaseFigure<HeatmapFigure> {
    /** What each cell says. */
    public enum Cells {
        /** the value (colour follows the value) */
        VALUES,
        /** the value's share of its row, as a percentage (colour follows the share) */
        SHARES,
        /** the value, and below it the row share (colour follows the share) */
        BOTH
    }

    private static final Color[] SEQUENTIAL = {new Color(0xF7FBFF), new Color(0xC6DBEF), new Color(0x6BAED6),
        new Color(0x2171B5), new Color(0x08306B)};

    private final List<String> rows;
    private final List<String> cols;
    private final double[][] values;
    private Cells cells;

    private HeatmapFigure(String title, String xTitle, String yTitle, List<String> rows, List<String> cols,
            double[][] values, Cells cells) {
        super(title, xTitle, yTitle);
        this.rows = new ArrayList<>(rows);
        this.cols = new ArrayList<>(cols);
        this.values = values;
        this.cells = cells;
    }

    /** How a missing prediction (an answer that could not be parsed) is labelled in a confusion matrix. */
    public static final String UNPARSED = "(unparsed)";

    /**
     * A confusion matrix from a table: one row per case, or counts in {@code countColumn} when it is not null.
     * Rows are the truth labels, columns every label seen (a missing prediction is the column "(unparsed)").
     */
    static HeatmapFigure confusion(Table t, String truth, String predicted, String countColumn) {
        List<String> tr = Columns.labels(t, truth);
        List<String> pr = new ArrayList<>(Columns.labels(t, predicted));
        for (int i = 0; i < pr.size(); i++) {
            if (t.column(predicted).isMissing(i)) {
                pr.set(i, UNPARSED);
            }
        }
        double[] n = countColumn == null ? null : Columns.doubles(t, countColumn);
        TreeSet<String> labels = new TreeSet<>(tr);
        labels.addAll(pr);
        labels.remove(UNPARSED);
        List<String> rowOrder = new ArrayList<>(labels);
        List<String> colOrder = new ArrayList<>(labels);
        if (pr.contains(UNPARSED)) {
            colOrder.add(UNPARSED);
        }
        double[][] m = new double[rowOrder.size()][colOrder.size()];
        for (int i = 0; i < tr.size(); i++) {
            double add = n == null ? 1 : n[i];
            if (Double.isFinite(add)) {
                m[rowOrder.indexOf(tr.get(i))][colOrder.indexOf(pr.get(i))] += add;
            }
        }
        return new HeatmapFigure("confusion matrix", Columns.title(predicted), Columns.title(truth), rowOrder,
                colOrder, m, Cells.BOTH);
    }

    /** A heat map of {@code value} by row and column labels (one table row per cell; missing cells stay empty). */
    static HeatmapFigure grid(Table t, String rowColumn, String colColumn, String value) {
        List<String> r = Columns.labels(t, rowColumn);
        List<String> c = Columns.labels(t, colColumn);
        double[] v = Columns.doubles(t, value);
        Map<String, Integer> ri = Columns.distinct(r);
        Map<String, Integer> ci = Columns.distinct(c);
        double[][] m = new double[ri.size()][ci.size()];
        for (double[] row : m) {
            Arrays.fill(row, Double.NaN);
        }
        for (int i = 0; i < v.length; i++) {
            m[ri.get(r.get(i))][ci.get(c.get(i))] = v[i];
        }
        return new HeatmapFigure(Columns.title(value) + " by " + Columns.title(rowColumn) + " and "
                + Columns.title(colColumn), Columns.title(colColumn), Columns.title(rowColumn),
                new ArrayList<>(ri.keySet()), new ArrayList<>(ci.keySet()), m, Cells.VALUES);
    }

    /** What the cells say (confusion matrices: {@link Cells#BOTH}; other heat maps: {@link Cells#VALUES}). */
    public HeatmapFigure cells(Cells what) {
        this.cells = Objects.requireNonNull(what, "cells");
        return this;
    }

    /**
     * Puts rows and columns in this order (labels not listed follow in their current order); for a confusion
     * matrix, e.g. {@code order(List.of("retweet", "quote", "rewrite"))}.
     */
    public HeatmapFigure order(List<String> labels) {
        reorder(rows, labels, true);
        reorder(cols, labels, false);
        return this;
    }

    /** Row labels, top to bottom. */
    public List<String> rowLabels() {
        return Collections.unmodifiableList(rows);
    }

    /** Column labels, left to right. */
    public List<String> columnLabels() {
        return Collections.unmodifiableList(cols);
    }

    /** The value in a cell (row from the top, column from the left). */
    public double value(int row, int col) {
        return values[row][col];
    }

    /** The text written in each cell, [row from the top][column]; lines separated by '\n'. */
    public String[][] cellText() {
        double[][] share = shares();
        String[][] text = new String[rows.size()][cols.size()];
        for (int r = 0; r < text.length; r++) {
            for (int c = 0; c < text[r].length; c++) {
                String v = Columns.compact(values[r][c]);
                String p = Double.isNaN(share[r][c]) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * share[r][c]);
                text[r][c] = switch (cells) {
                    case VALUES -> v;
                    case SHARES -> p;
                    case BOTH -> v.isEmpty() || p.isEmpty() ? v : v + "\n(" + p + ")";
                };
            }
        }
        return text;
    }

    @Override
    public HeatMapChart chart() {
        if (rows.isEmpty() || cols.isEmpty()) {
            throw new IllegalArgumentException("cannot draw a heat map with no rows or columns");
        }
        boolean byShare = cells != Cells.VALUES;
        double[][] colour = byShare ? shares() : values;
        double lo = byShare ? 0 : finite(true);
        double hi = byShare ? 1 : finite(false);
        HeatMapChart chart = new HeatMapChart(width(), height(), Styler.ChartTheme.XChart); // (w, h) leaves it unstyled
        chart.setTitle(title());
        chart.setXAxisTitle(xTitle());
        chart.setYAxisTitle(yTitle());
        style(chart.getStyler(), 1);
        chart.getStyler().setLegendVisible(true).setLegendPosition(Styler.LegendPosition.OutsideE)
                .setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setGradientColorColumnWeight(16).setGradientColorColumnHeight(Math.max(100, height() / 2));
        chart.getStyler().setShowValue(false).setRangeColors(SEQUENTIAL).setMin(lo).setMax(hi > lo ? hi : lo + 1);
        chart.getStyler().setPlotGridLinesVisible(false);
        List<String> yLabels = new ArrayList<>(rows);
        Collections.reverse(yLabels); // XChart counts rows from the bottom
        List<Number[]> heat = new ArrayList<>();
        double[][] shade = new double[rows.size()][cols.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < cols.size(); c++) {
                double v = colour[r][c];
                shade[r][c] = Double.isNaN(v) ? 0 : (v - lo) / Math.max(1e-12, hi - lo);
                heat.add(new Number[] {c, rows.size() - 1 - r, Double.isNaN(v) ? lo : v});
            }
        }
        chart.addSeries(byShare ? "row share" : yTitle(), cols, yLabels, heat);
        chart.addAnnotation(new CellText(cellText(), shade));
        return chart;
    }

    private double[][] shares() {
        double[][] out = new double[rows.size()][cols.size()];
        for (int r = 0; r < out.length; r++) {
            double sum = 0;
            for (double v : values[r]) {
                sum += Double.isFinite(v) ? v : 0;
            }
            for (int c = 0; c < out[r].length; c++) {
                out[r][c] = sum == 0 || Double.isNaN(values[r][c]) ? Double.NaN : values[r][c] / sum;
            }
        }
        return out;
    }

    private double finite(boolean min) {
        double best = min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    best = min ? Math.min(best, v) : Math.max(best, v);
                }
            }
        }
        return Double.isFinite(best) ? best : 0;
    }

    private void reorder(List<String> current, List<String> wanted, boolean permuteRows) {
        List<String> next = new ArrayList<>();
        for (String w : wanted) {
            if (current.contains(w) && !next.contains(w)) {
                next.add(w);
            }
        }
        for (String c : current) {
            if (!next.contains(c)) {
                next.add(c);
            }
        }
        int[] from = next.stream().mapToInt(current::indexOf).toArray();
        if (permuteRows) {
            double[][] copy = values.clone();
            for (int i = 0; i < from.length; i++) {
                values[i] = copy[from[i]];
            }
        } else {
            for (int r = 0; r < values.length; r++) {
                double[] copy = values[r].clone();
                for (int i = 0; i < from.length; i++) {
                    values[r][i] = copy[from[i]];
                }
            }
        }
        current.clear();
        current.addAll(next);
    }
}
