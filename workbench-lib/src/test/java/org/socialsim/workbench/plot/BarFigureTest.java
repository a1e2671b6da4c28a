package org.socialsim.workbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.socialsim.workbench.plot.internal.Theme;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class BarFigureTest {

    @Test
    void oneSeriesWithABarPerCategoryAndTitlesFromColumns() {
        BarFigure f = Plots.bar(Tables.accuracy(), "config", "accuracy");
        CategoryChart chart = f.chart();
        assertEquals(1, chart.getSeriesCollection().size());
        CategorySeries s = chart.getSeriesCollection().iterator().next();
        assertEquals(List.of("zero-shot", "zero-shot + user", "few-shot k=5"), s.getXData());
        assertEquals("config", chart.getXAxisTitle());
        assertEquals("accuracy", chart.getYAxisTitle());
        assertEquals("accuracy by config", chart.getTitle());
        assertFalse(chart.getStyler().isLegendVisible(), "one series needs no legend");
    }

    @Test
    void titlesAreOverridable() {
        CategoryChart chart = Plots.bar(Tables.accuracy(), "config", "accuracy").title("Action accuracy")
                .xTitle("prompt").yTitle("share correct").chart();
        assertEquals("Action accuracy", chart.getTitle());
        assertEquals("prompt", chart.getXAxisTitle());
        assertEquals("share correct", chart.getYAxisTitle());
    }

    @Test
    void errorsDrawAWhiskerOnEveryBarAndWidenTheAxis() {
        BarFigure plain = Plots.bar(Tables.accuracy(), "config", "accuracy");
        BarFigure withErrors = Plots.bar(Tables.accuracy(), "config", "accuracy").errors("ci_low", "ci_high");
        assertEquals(0, plain.whiskerCount());
        assertEquals(3, withErrors.whiskerCount());
        assertTrue(withErrors.chart().getStyler().getYAxisMax() >= 0.66, "axis must reach the highest interval end");
        int inkPlain = Pixels.count(plain.image(), Theme.INK, 30);
        int inkErrors = Pixels.count(withErrors.image(), Theme.INK, 30);
        assertTrue(inkErrors > inkPlain + 3 * 40, "whiskers should add dark pixels: " + inkPlain + " -> " + inkErrors);
    }

    @Test
    void groupedBarsHaveOneColouredSeriesPerGroupValue() {
        BarFigure f = Plots.groupedBar(Tables.ablation(), "group", "model", "f1").errors("lo", "hi");
        CategoryChart chart = f.chart();
        assertEquals(List.of("llm", "bert"), chart.getSeriesCollection().stream().map(CategorySeries::getName).toList());
        assertTrue(chart.getStyler().isLegendVisible());
        assertEquals(6, f.whiskerCount());
        assertTrue(Pixels.count(f.image(), Theme.color(1), 10) > 1000, "second series drawn in palette colour 1");
    }

    @Test
    void missingCellsAreLeftEmpty() {
        Table t = Table.create("t", StringColumn.create("group", "a", "b"), StringColumn.create("model", "x", "y"),
                DoubleColumn.create("v", 1, 2));
        CategorySeries y = Plots.groupedBar(t, "group", "model", "v").chart().getSeries("y");
        assertTrue(Double.isNaN(y.getYData()[0]));
        assertEquals(2.0, y.getYData()[1]);
    }

    @Test
    void twoRowsForOneBarIsAClearError() {
        Table t = Table.create("dup", StringColumn.create("config", "a", "a"), DoubleColumn.create("v", 1, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.bar(t, "config", "v").chart());
        assertTrue(e.getMessage().contains("config='a'") && e.getMessage().contains("aggregate"), e.getMessage());
    }

    @Test
    void unknownOrTextColumnsNameTheTableAndItsColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Plots.bar(Tables.accuracy(), "config", "acc"));
        assertEquals("table 'results' has no column 'acc' (its columns: config, accuracy, ci_low, ci_high)",
                e.getMessage());
        IllegalArgumentException notNumeric = assertThrows(IllegalArgumentException.class,
                () -> Plots.bar(Tables.accuracy(), "accuracy", "config"));
        assertTrue(notNumeric.getMessage().contains("not numeric"), notNumeric.getMessage());
    }

    @Test
    void paletteIsTheColourBlindSafeOne() {
        assertEquals(new Color(0x0072B2), Plots.color(0));
        assertEquals(new Color(0xE69F00), Plots.color(1));
        assertEquals(Plots.color(0), Plots.color(8));
    }
}
