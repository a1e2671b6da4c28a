package org.socialsim.workbench.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.plot.HeatmapFigure.Cells;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class HeatmapFigureTest {

    @Test
    void confusionCountsRowsWithTruthAsRowsAndUnparsedAsAColumn() {
        HeatmapFigure f = Plots.confusion(Tables.predictions(), "truth", "predicted");
        assertEquals(List.of("quote", "retweet", "rewrite"), f.rowLabels());
        assertEquals(List.of("quote", "retweet", "rewrite", HeatmapFigure.UNPARSED), f.columnLabels());
        assertEquals(1, f.value(0, 0)); // quote -> quote
        assertEquals(1, f.value(0, 3)); // quote -> unparsed
        assertEquals(3, f.value(1, 1)); // retweet -> retweet
        assertEquals("predicted", f.xTitle());
        assertEquals("truth", f.yTitle());
    }

    @Test
    void cellsShowCountsAndRowShares() {
        HeatmapFigure f = Plots.confusion(Tables.predictions(), "truth", "predicted")
                .order(List.of("retweet", "quote", "rewrite"));
        assertEquals(List.of("retweet", "quote", "rewrite"), f.rowLabels());
        String[][] text = f.cellText();
        assertArrayEquals(new String[] {"3\n(75%)", "1\n(25%)", "0\n(0%)", "0\n(0%)"}, text[0]);
        assertArrayEquals(new String[] {"1\n(33%)", "1\n(33%)", "0\n(0%)", "1\n(33%)"}, text[1]);
        assertArrayEquals(new String[] {"75%", "25%", "0%", "0%"}, f.cells(Cells.SHARES).cellText()[0]);
        assertArrayEquals(new String[] {"3", "1", "0", "0"}, f.cells(Cells.VALUES).cellText()[0]);
    }

    @Test
    void countsMayComeFromAColumn() {
        Table counts = Table.create("counts", StringColumn.create("truth", "a", "a", "b"),
                StringColumn.create("predicted", "a", "b", "b"), IntColumn.create("n", 1200, 300, 50));
        HeatmapFigure f = Plots.confusion(counts, "truth", "predicted", "n");
        assertArrayEquals(new String[] {"1,200\n(80%)", "300\n(20%)"}, f.cellText()[0]);
        assertArrayEquals(new String[] {"0\n(0%)", "50\n(100%)"}, f.cellText()[1]);
    }

    @Test
    void darkCellsAreDrawnInDarkBlueWithWhiteTextOnThem() {
        Table t = Table.create("p", StringColumn.create("truth", "a", "a", "a", "a", "b"),
                StringColumn.create("predicted", "a", "a", "a", "a", "a"));
        BufferedImage img = Plots.confusion(t, "truth", "predicted").image();
        Color dark = new Color(0x08306B);
        // both rows predict only "a": the left column is two 100% cells (the colour legend is on the right)
        int x0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y0 = Integer.MAX_VALUE;
        int y1 = -1;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth() / 2; x++) {
                if (Pixels.count(img.getSubimage(x, y, 1, 1), dark, 12) == 1) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        assertTrue(x1 > x0 + 50 && y1 > y0 + 50, "a large dark cell is drawn");
        int whiteInCells = Pixels.count(img.getSubimage(x0, y0, x1 - x0 + 1, y1 - y0 + 1), Color.WHITE, 40);
        assertTrue(whiteInCells > 20, "white count text on the dark cells: " + whiteInCells + " pixels");
    }

    @Test
    void genericHeatmapKeepsFirstAppearanceOrderAndShowsValues() {
        HeatmapFigure f = Plots.heatmap(Tables.ablation(), "group", "model", "f1");
        assertEquals(List.of("profile", "counts", "rates"), f.rowLabels());
        assertEquals(List.of("llm", "bert"), f.columnLabels());
        assertArrayEquals(new String[] {"0.700", "0.600"}, f.cellText()[2]);
    }
}
