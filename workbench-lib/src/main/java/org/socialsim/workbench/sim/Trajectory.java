package org.socialsim.workbench.sim;

import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * The population curves of one run: one {@link StepStats} per step, as records and as a Tablesaw table.
 *
 * @param name    a label for plots and tables (e.g. "baseline", "muted top 5")
 * @param steps   one entry per step, step 0 first
 * @param reports what each policy reported after the run (LLM calls, unparsed answers...), one line each
 */
public record Trajectory(String name, List<StepStats> steps, List<String> reports) {
    public Trajectory {
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
        reports = List.copyOf(reports);
    }

    /** The last step's statistics. */
    public StepStats last() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("trajectory '" + name + "' has no steps");
        }
        return steps.get(steps.size() - 1);
    }

    /** One row per step, columns {@link StepStats#COLUMNS}, named after the trajectory. */
    public Table table() {
        Table t = Table.create(name);
        t.addColumns(IntColumn.create("step", steps.stream().mapToInt(StepStats::step).toArray()));
        for (int c = 1; c < StepStats.COLUMNS.length; c++) {
            String col = StepStats.COLUMNS[c];
            t.addColumns(DoubleColumn.create(col, steps.stream().mapToDouble(s -> s.value(col)).toArray()));
        }
        return t;
    }

    /**
     * Some columns in long form, for plotting them as series of one chart: columns "step", "value" and "measure"
     * (the column's name), plus "run" (this trajectory's name) so runs can be stacked with {@code append}.
     */
    public Table longTable(String... columns) {
        int rows = steps.size() * columns.length;
        int[] step = new int[rows];
        double[] value = new double[rows];
        String[] measure = new String[rows];
        int k = 0;
        for (String col : columns) {
            for (StepStats s : steps) {
                step[k] = s.step();
                value[k] = s.value(col);
                measure[k++] = col;
            }
        }
        String[] run = new String[rows];
        java.util.Arrays.fill(run, name);
        return Table.create(name, IntColumn.create("step", step), DoubleColumn.create("value", value),
                tech.tablesaw.api.StringColumn.create("measure", measure),
                tech.tablesaw.api.StringColumn.create("run", run));
    }

    /** One column as a curve over steps. */
    public Curve curve(String column) {
        double[] x = new double[steps.size()];
        double[] y = new double[steps.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = steps.get(i).step();
            y[i] = steps.get(i).value(column);
        }
        return new Curve(name + ":" + column, x, y);
    }

    /**
     * This run minus {@code other}, step by step, for the given columns (all when none are named): the effect of an
     * intervention as curves. Steps beyond the shorter run are left out.
     */
    public Table minus(Trajectory other, String... columns) {
        String[] cols = columns.length == 0 ? java.util.Arrays.copyOfRange(StepStats.COLUMNS, 1,
                StepStats.COLUMNS.length) : columns;
        int len = Math.min(steps.size(), other.steps.size());
        Table t = Table.create(name + " - " + other.name);
        int[] stepCol = new int[len];
        for (int i = 0; i < len; i++) {
            stepCol[i] = steps.get(i).step();
        }
        t.addColumns(IntColumn.create("step", stepCol));
        for (String col : cols) {
            double[] d = new double[len];
            for (int i = 0; i < len; i++) {
                d[i] = steps.get(i).value(col) - other.steps.get(i).value(col);
            }
            t.addColumns(DoubleColumn.create(col, d));
        }
        return t;
    }
}
