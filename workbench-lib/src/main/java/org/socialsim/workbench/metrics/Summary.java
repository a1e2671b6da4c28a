package org.socialsim.workbench.metrics;

import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The headline numbers of one set of predictions: accuracy and macro-F1 with bootstrap intervals, and counts. As
 * table columns: {@code n, unparsed, accuracy, accuracy_low, accuracy_high, macro_f1, macro_f1_low, macro_f1_high}.
 *
 * @param n        number of cases
 * @param unparsed unparsed answers (scored as wrong)
 * @param accuracy accuracy with its interval
 * @param macroF1  macro-F1 with its interval
 */
public record Summary(int n, int unparsed, Interval accuracy, Interval macroF1) {
    public Summary {
        Objects.requireNonNull(accuracy, "accuracy");
        Objects.requireNonNull(macroF1, "macroF1");
    }

    /** An empty table with the given leading string columns followed by the summary columns. */
    public static Table emptyTable(String name, String... leadingColumns) {
        Table t = Table.create(name);
        for (String c : leadingColumns) {
            t.addColumns(StringColumn.create(c));
        }
        addColumns(t);
        return t;
    }

    /** Adds the (empty) summary columns to a table. */
    public static void addColumns(Table t) {
        t.addColumns(IntColumn.create("n"), IntColumn.create("unparsed"),
                DoubleColumn.create("accuracy"), DoubleColumn.create("accuracy_low"),
                DoubleColumn.create("accuracy_high"), DoubleColumn.create("macro_f1"),
                DoubleColumn.create("macro_f1_low"), DoubleColumn.create("macro_f1_high"));
    }

    /** Appends this summary's values to the summary columns of a table made by {@link #emptyTable}. */
    public void appendTo(Table t) {
        t.intColumn("n").append(n);
        t.intColumn("unparsed").append(unparsed);
        t.doubleColumn("accuracy").append(accuracy.estimate());
        t.doubleColumn("accuracy_low").append(accuracy.lower());
        t.doubleColumn("accuracy_high").append(accuracy.upper());
        t.doubleColumn("macro_f1").append(macroF1.estimate());
        t.doubleColumn("macro_f1_low").append(macroF1.lower());
        t.doubleColumn("macro_f1_high").append(macroF1.upper());
    }
}
