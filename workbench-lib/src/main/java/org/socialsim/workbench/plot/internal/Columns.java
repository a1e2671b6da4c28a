package org.socialsim.workbench.plot.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Reads a Tablesaw table's columns for plotting, with errors that name the table, the column and the columns there
 * are (the notebook kernel shows only an exception's first line).
 */
public final class Columns {
    private Columns() {
    }

    /** The column, or a clear error. */
    public static Column<?> of(Table t, String name) {
        if (name == null || !t.containsColumn(name)) {
            throw new IllegalArgumentException("table '" + t.name() + "' has no column '" + name + "' (its columns: "
                    + String.join(", ", t.columnNames()) + ")");
        }
        return t.column(name);
    }

    /** A numeric column's values as doubles (missing values become NaN). */
    public static double[] doubles(Table t, String name) {
        Column<?> c = of(t, name);
        double[] out = new double[c.size()];
        for (int i = 0; i < out.length; i++) {
            Object v = c.get(i);
            if (v == null || c.isMissing(i)) {
                out[i] = Double.NaN;
            } else if (v instanceof Number n) {
                out[i] = n.doubleValue();
            } else {
                throw new IllegalArgumentException("column '" + name + "' of table '" + t.name() + "' is "
                        + c.type().name() + ", not numeric (row " + i + " holds '" + v + "')");
            }
        }
        return out;
    }

    /** A column's values as display labels (missing values become "(missing)"). */
    public static List<String> labels(Table t, String name) {
        Column<?> c = of(t, name);
        List<String> out = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            out.add(c.isMissing(i) ? "(missing)" : c.getString(i));
        }
        return out;
    }

    /** The distinct values of a list in order of first appearance, with their positions. */
    public static Map<String, Integer> distinct(List<String> values) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String v : values) {
            index.putIfAbsent(v, index.size());
        }
        return index;
    }

    /** An axis title from a column name: {@code shot_count} becomes {@code shot count}. */
    public static String title(String column) {
        return column == null ? "" : column.replace('_', ' ').strip();
    }

    /** Fails unless the table has rows. */
    public static void requireRows(Table t, String what) {
        if (t.rowCount() == 0) {
            throw new IllegalArgumentException("cannot draw " + what + ": table '" + t.name() + "' has no rows");
        }
    }

    /** A compact number for cell text and labels: integers without decimals, others with up to 3 significant. */
    public static String compact(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.3f", v);
    }
}
