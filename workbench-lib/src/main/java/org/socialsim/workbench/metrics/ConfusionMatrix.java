package org.socialsim.workbench.metrics;

import java.util.Arrays;
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
        int[][] c = new int[Action.values().length][UNPARSED + 1];
        for (int i : positions) {
            Action p = o.predicted().get(i);
            c[o.truth().get(i).ordinal()][p == null ? UNPARSED : p.ordinal()]++;
        }
        return new ConfusionMatrix(c);
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
