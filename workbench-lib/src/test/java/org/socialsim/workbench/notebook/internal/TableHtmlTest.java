package org.socialsim.workbench.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.notebook.Html;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableHtmlTest {

    private static Table numbers(int rows) {
        int[] ids = new int[rows];
        double[] acc = new double[rows];
        String[] names = new String[rows];
        for (int i = 0; i < rows; i++) {
            ids[i] = 1_000_000 + i;
            acc[i] = 0.1234567 + i;
            names[i] = "user " + i;
        }
        return Table.create("scores", IntColumn.create("id", ids), StringColumn.create("name", names),
                DoubleColumn.create("accuracy", acc));
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void escapesTextInCellsHeadersAndName() {
        Table t = Table.create("<b>t</b>", StringColumn.create("<script>x</script>", "a<b>&\"c'"));
        String html = TableHtml.render(t, 10).html();
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"), html);
        assertTrue(html.contains("a&lt;b&gt;&amp;"), html);
        assertTrue(html.contains("&lt;b&gt;t&lt;/b&gt;: 1 rows x 1 columns"), html);
    }

    @Test
    void showsAtMostTheRowLimitAndSaysHowManyMore() {
        Html h = TableHtml.render(numbers(25), 10);
        assertEquals(11, count(h.html(), "<tr"), "10 body rows and one header row");
        assertTrue(h.html().contains("... 15 more rows"), h.html());
        assertTrue(h.html().contains("scores: 25 rows x 3 columns (first 10 shown)"), h.html());
        assertTrue(h.text().endsWith("... 15 more rows"), h.text());
        Html all = TableHtml.render(numbers(3), 10);
        assertEquals(4, count(all.html(), "<tr"));
        assertFalse(all.html().contains("more row"));
        assertTrue(TableHtml.render(numbers(11), 10).html().contains("... 1 more row<"));
    }

    @Test
    void formatsNumbersPerColumnAndAlignsThemRight() {
        String html = TableHtml.render(numbers(2), 10).html();
        assertTrue(html.contains(">1,000,000</td>"), html);
        assertTrue(html.contains(">0.123</td>"), html);
        assertTrue(html.contains(">1.123</td>"), html);
        assertTrue(html.contains("text-align:right;\">0.123</td>"), html);
        assertTrue(html.contains("text-align:left;\">user 0</td>"), html);
    }

    @Test
    void wholeDoublesLookLikeCountsAndTinyOnesAreScientific() {
        Table t = Table.create("t", DoubleColumn.create("n", 1200.0, 5.0),
                DoubleColumn.create("p", 0.00001234, 0.5), DoubleColumn.create("m", Double.NaN, 2.5));
        String html = TableHtml.render(t, 10).html();
        assertTrue(html.contains(">1,200</td>"), html);
        assertTrue(html.contains(">1.234E-5</td>"), html);
        assertTrue(html.contains(">0.5E0</td>") || html.contains(">5E-1</td>"), html);
        assertTrue(html.contains(">2.500</td>"), html);
    }

    @Test
    void leavesTheCallersTableAlone() {
        Table t = numbers(30);
        String before = t.print(3);
        TableHtml.render(t, 5);
        assertEquals(30, t.rowCount());
        assertEquals(before, t.print(3));
    }

    @Test
    void rejectsANonPositiveLimit() {
        assertThrows(IllegalArgumentException.class, () -> TableHtml.render(numbers(1), 0));
    }
}
