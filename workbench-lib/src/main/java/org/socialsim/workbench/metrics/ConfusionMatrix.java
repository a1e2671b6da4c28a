package org.socialsim.workbench.metrics;

import java.util.Arrays;
import java.util.function.Function;
import org.socialsim.workbench.data.Action;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Counts of true action (rows) against predicted action (columns), with a last column for unparsed answers.
 *
 * @param counts {@code counts[truth.ordinal()][predicted.ordinal()]}, and {@code counts[t][3]} for unparsed answers
 */
public record ConfusionMatrix(int[][] counts) {
    /** Column index of unparsed answers. */
    static final int UNPARSED = Action.values().length;

    public ConfusionMatrix {
        int k = Action.values().length;
        if (counts.length != k) {
            throw new IllegalArgumentException("confusion matrix needs " + k + " rows, got " + counts.length);
        }
        int[][] copy = new int[k][];
        for (int t = 0; t < k; t++) {
            if (counts[t].length != k + 1) {
                throw new IllegalArgumentException("confusion row " + t + " needs " + (k + 1) + " columns");
            }
            copy[t] = counts[t].clone();
        }
        counts = copy;
    }

    /** Counts the outcomes. */
    public static ConfusionMatrix of(Outcomes o) {
        int[] all = new int[o.size()];
        Arrays.setAll(all, i -> i);
        return of(o, all);
    }

    /** Counts the outcomes at the given positions (repeats allowed: a bootstrap resample). */
    static ConfusionMatrix of(Outcomes o, int[] positions) {
        return counter(o).apply(positions);
    }

    /**
     * A fast counter for repeated resamples of the same outcomes: codes each case once, then counts the cases at
     * any positions.
     */
    static Function<int[], ConfusionMatrix> counter(Outcomes o) {
        int n = o.size();
        byte[] truth = new byte[n];
        byte[] predicted = new byte[n];
        for (int i = 0; i < n; i++) {
            Action p = o.predicted().get(i);
            truth[i] = (byte) o.truth().get(i).ordinal();
            predicted[i] = (byte) (p == null ? UNPARSED : p.ordinal());
        }
        return positions -> {
            int[][] c = new int[Action.values().length][UNPARSED + 1];
            for (int i : positions) {
                c[truth[i]][predicted[i]]++;
            }
            return new ConfusionMatrix(c);
        };
    }

    @Override
    public int[][] counts() {
        int[][] copy = new int[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            copy[t] = counts[t].clone();
        }
        return copy;
    }

    /** Cases with this truth predicted as {@code predicted} ({@code null} = unparsed). */
    public int count(Action truth, Action predicted) {
        return counts[truth.ordinal()][predicted == null ? UNPARSED : predicted.ordinal()];
    }

    /** Cases whose truth is this action (its support). */
    public int truthTotal(Action truth) {
        return Arrays.stream(counts[truth.ordinal()]).sum();
    }

    /** Cases predicted as this action ({@code null} = unparsed). */
    public int predictedTotal(Action predicted) {
        int col = predicted == null ? UNPARSED : predicted.ordinal();
        int n = 0;
        for (int[] row : counts) {
            n += row[col];
        }
        return n;
    }

    /** All cases. */
    public int total() {
        int n = 0;
        for (int[] row : counts) {
            n += Arrays.stream(row).sum();
        }
        return n;
    }

    /** Cases predicted right. */
    public int correct() {
        int n = 0;
        for (Action a : Action.values()) {
            n += count(a, a);
        }
        return n;
    }

    /** Rows "truth", then one column per predicted action and "unparsed". */
    public Table table() {
        Table t = Table.create("confusion (rows: truth, columns: predicted)");
        StringColumn truth = StringColumn.create("truth");
        for (Action a : Action.values()) {
            truth.append(a.label());
        }
        t.addColumns(truth);
        for (Action p : Action.values()) {
            t.addColumns(column(p.label(), p.ordinal()));
        }
        t.addColumns(column("unparsed", UNPARSED));
        return t;
    }

    /**
     * One row per (truth, predicted action) pair with its count, plus one row per truth with unparsed answers whose
     * predicted cell is missing: the long form heatmap plots take
     * ({@code Plots.confusion(m.longTable(), "truth", "predicted", "count")} shows them as "(unparsed)").
     */
    public Table longTable() {
        StringColumn truth = StringColumn.create("truth");
        StringColumn predicted = StringColumn.create("predicted");
        IntColumn count = IntColumn.create("count");
        for (Action t : Action.values()) {
            for (int p = 0; p <= UNPARSED; p++) {
                int n = counts[t.ordinal()][p];
                if (p == UNPARSED && n == 0) {
                    continue;
                }
                truth.append(t.label());
                if (p == UNPARSED) {
                    predicted.appendMissing();
                } else {
                    predicted.append(Action.values()[p].label());
                }
                count.append(n);
            }
        }
        return Table.create("confusion (long form)", truth, predicted, count);
    }

    private IntColumn column(String name, int col) {
        IntColumn c = IntColumn.create(name);
        for (int[] row : counts) {
            c.append(row[col]);
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfusionMatrix m && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + Arrays.deepToString(counts);
    }
}
