package org.socialsim.workbench.notebook.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.socialsim.workbench.notebook.Html;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.NumberColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;
import tech.tablesaw.io.html.HtmlWriteOptions;
import tech.tablesaw.io.html.HtmlWriter;

/**
 * A Tablesaw table as readable notebook HTML (tablesaw-html does the writing): the table's name and shape, at most
 * {@code maxRows} rows with a note of how many more there are, numbers right-aligned and formatted per column
 * (integers with digit grouping, decimals with three places, very small or large values in scientific notation),
 * every text escaped.
 */
public final class TableHtml {
    /** Rows shown when no limit is given. */
    public static final int DEFAULT_ROWS = 20;

    private static final String TABLE_STYLE = "border-collapse:collapse;font-size:13px;";
    private static final String CELL_STYLE = "padding:2px 10px;border-bottom:1px solid #e5e5e5;";

    private TableHtml() {
    }

    /** The table as HTML, showing at most {@code maxRows} rows. */
    public static Html render(Table table, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
        }
        int rows = table.rowCount();
        int shown = Math.min(rows, maxRows);
        Table view = table.inRange(0, shown); // a copy: formatting it leaves the caller's table alone
        for (Column<?> c : view.columns()) {
            if (c instanceof NumberColumn<?, ?> n) {
                n.setPrintFormatter(formatterFor(table.column(c.name())));
            }
        }
        StringWriter out = new StringWriter();
        try {
            HtmlWriteOptions options = HtmlWriteOptions.builder(out).escapeText(true)
                    .elementCreator((name, column, row) -> element(name, column)).build();
            new HtmlWriter().write(view, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write table '" + table.name() + "' as HTML", e);
        }
        String caption = caption(table, shown);
        String html = "<div class=\"workbench-table\">" + "<div style=\"font-size:12px;color:#555;margin:2px 0\">"
                + Html.escape(caption) + "</div>" + out + (shown < rows ? "<div style=\"font-size:12px;color:#555;"
                + "margin:2px 0\">" + Html.escape(moreRows(rows - shown)) + "</div>" : "") + "</div>";
        String text = caption + "\n" + view.print() + (shown < rows ? "\n" + moreRows(rows - shown) : "");
        return new Html(html, text);
    }

    private static String caption(Table t, int shown) {
        String name = t.name() == null || t.name().isBlank() ? "table" : t.name();
        return String.format(Locale.ROOT, "%s: %,d rows x %d columns%s", name, t.rowCount(), t.columnCount(),
                shown < t.rowCount() ? String.format(Locale.ROOT, " (first %,d shown)", shown) : "");
    }

    private static String moreRows(int n) {
        return String.format(Locale.ROOT, "... %,d more row%s", n, n == 1 ? "" : "s");
    }

    private static Element element(String name, Column<?> column) {
        Element e = new Element(name);
        switch (name) {
            case "table" -> e.attr("style", TABLE_STYLE);
            case "th", "td" -> {
                boolean number = column != null && column instanceof NumberColumn<?, ?>;
                e.attr("style", CELL_STYLE + "text-align:" + (number ? "right" : "left") + ";"
                        + ("th".equals(name) ? "font-weight:600;border-bottom:1px solid #999;" : ""));
            }
            default -> {
            }
        }
        return e;
    }

    /** One format per column, chosen from the whole column's values so every row lines up. */
    static NumberColumnFormatter formatterFor(Column<?> column) {
        ColumnType type = column.type();
        if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT) {
            return NumberColumnFormatter.intsWithGrouping();
        }
        double maxAbs = 0;
        double minAbs = Double.POSITIVE_INFINITY;
        boolean integral = true;
        NumberColumn<?, ?> n = (NumberColumn<?, ?>) column;
        for (int i = 0; i < n.size(); i++) {
            double v = n.getDouble(i);
            if (Double.isFinite(v)) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
                if (v != 0) {
                    minAbs = Math.min(minAbs, Math.abs(v));
                }
                integral &= v == Math.rint(v);
            }
        }
        if (integral && maxAbs < 1e15) {
            return NumberColumnFormatter.intsWithGrouping();
        }
        if (maxAbs >= 1e9 || minAbs < 1e-3) {
            return new NumberColumnFormatter(new DecimalFormat("0.###E0", DecimalFormatSymbols.getInstance(Locale.ROOT)), "");
        }
        return NumberColumnFormatter.fixedWithGrouping(3);
    }
}
