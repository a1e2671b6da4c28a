package org.socialsim.workbench.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one style every workbench figure uses: white background, sans-serif fonts sized for a notebook cell, light
 * horizontal grid lines, the Okabe-Ito colour-blind-safe palette, the legend below the plot (in one row when it fits
 * the figure's width, else one entry per line: see {@code BaseFigure}).
 */
public final class Theme {
    /** Okabe and Ito's palette (colour-blind safe), black and yellow moved last. */
    public static final Color[] PALETTE = {
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xD55E00), // vermillion
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xF0E442), // yellow
        new Color(0x000000), // black
    };
    /** The colour of reference series ("reported by the paper") and error whiskers. */
    public static final Color INK = new Color(0x333333);
    /** Default figure size in pixels: legible at a notebook's width. */
    public static final int WIDTH = 760;
    public static final int HEIGHT = 460;

    /** Space around the chart, in pixels. */
    public static final int CHART_PADDING = 12;
    /** The legend's font size; its padding between entries (XChart's default, kept). */
    public static final int LEGEND_FONT_SIZE = 13;
    public static final int LEGEND_PADDING = 10;
    /** Width of a legend entry's sample: a line (line and scatter series) or a box (bars). */
    public static final int LEGEND_LINE_SAMPLE = 24;
    public static final int LEGEND_BOX_SAMPLE = 20;

    private static final String FAMILY = Font.SANS_SERIF;
    private static final Color GRID = new Color(0xE3E3E3);
    private static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.PLUS,
        SeriesMarkers.OVAL};

    private Theme() {
    }

    /**
     * Charts render off-screen: without a display, AWT must not try to open one. Called before the first chart is
     * made (an explicit {@code -Djava.awt.headless} setting is left alone).
     */
    public static void headless() {
        String display = System.getenv("DISPLAY");
        if (System.getProperty("java.awt.headless") == null && (display == null || display.isBlank())) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Series colour number {@code i} (cycling through the palette). */
    public static Color color(int i) {
        return PALETTE[Math.floorMod(i, PALETTE.length)];
    }

    /** {@code c} with the given opacity (0-255), for shaded bands. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A font of the theme's family. */
    public static Font font(int style, int size) {
        return new Font(FAMILY, style, size);
    }

    /** Applies the theme to a chart's styler. */
    public static void apply(Styler s) {
        s.setLocale(Locale.ROOT);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartFontColor(INK);
        s.setPlotBorderVisible(false);
        s.setChartPadding(CHART_PADDING);
        s.setChartTitleFont(font(Font.BOLD, 17));
        s.setChartTitlePadding(10);
        s.setChartTitleBoxVisible(false);
        s.setLegendFont(font(Font.PLAIN, LEGEND_FONT_SIZE));
        s.setLegendPadding(LEGEND_PADDING);
        s.setLegendSeriesLineLength(LEGEND_LINE_SAMPLE);
        s.setLegendBorderColor(Color.WHITE);
        s.setLegendBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setSeriesColors(PALETTE);
        s.setSeriesMarkers(MARKERS);
        s.setMarkerSize(7);
        s.setAntiAlias(true);
        s.setTextAntiAlias(true);
        s.setAnnotationTextFont(font(Font.PLAIN, 12));
        s.setAnnotationTextFontColor(INK);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(font(Font.PLAIN, 14));
            a.setAxisTickLabelsFont(font(Font.PLAIN, 12));
            a.setAxisTickLabelsColor(INK);
            a.setAxisTickMarksColor(GRID.darker());
            a.setAxisTitlePadding(8);
            a.setPlotMargin(6);
            a.setPlotGridLinesColor(GRID);
            a.setPlotGridLinesStroke(new BasicStroke(1f));
            a.setPlotGridVerticalLinesVisible(false);
            a.setPlotGridHorizontalLinesVisible(true);
            a.setErrorBarsColor(INK);
        }
    }
}
