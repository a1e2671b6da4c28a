package org.socialsim.workbench.plot;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.socialsim.workbench.plot.internal.Theme;

/**
 * What every figure lets you set fluently: titles, size, legend, y range. Axis titles default to the column names
 * ({@code shot_count} is written "shot count").
 *
 * @param <F> the figure type, returned by every setter
 */
public abstract class BaseFigure<F extends BaseFigure<F>> implements Figure {
    private String title;
    private String xTitle;
    private String yTitle;
    private int width = Theme.WIDTH;
    private int height = Theme.HEIGHT;
    private Boolean legend;
    private Double yMin;
    private Double yMax;

    static {
        Theme.headless();
    }

    BaseFigure(String title, String xTitle, String yTitle) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
    }

    @SuppressWarnings("unchecked")
    final F self() {
        return (F) this;
    }

    /** The chart's title. */
    public F title(String text) {
        this.title = Objects.requireNonNull(text, "title");
        return self();
    }

    /** The x axis title. */
    public F xTitle(String text) {
        this.xTitle = Objects.requireNonNull(text, "xTitle");
        return self();
    }

    /** The y axis title. */
    public F yTitle(String text) {
        this.yTitle = Objects.requireNonNull(text, "yTitle");
        return self();
    }

    /** The size in pixels (default 760 x 460). */
    public F size(int widthPx, int heightPx) {
        if (widthPx < 100 || heightPx < 80 || widthPx > 8000 || heightPx > 8000) {
            throw new IllegalArgumentException("figure size " + widthPx + "x" + heightPx
                    + " is out of range (100..8000 x 80..8000 pixels)");
        }
        this.width = widthPx;
        this.height = heightPx;
        return self();
    }

    /** Shows or hides the legend (by default shown when there is more than one series). */
    public F legend(boolean show) {
        this.legend = show;
        return self();
    }

    /** Fixes the y axis range (e.g. 0..1 for accuracy). */
    public F yRange(double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("y range needs min < max, got " + min + ".." + max);
        }
        this.yMin = min;
        this.yMax = max;
        return self();
    }

    /** The chart title. */
    public String title() {
        return title;
    }

    /** The x axis title. */
    public String xTitle() {
        return xTitle;
    }

    /** The y axis title. */
    public String yTitle() {
        return yTitle;
    }

    /** Width in pixels. */
    public int width() {
        return width;
    }

    /** Height in pixels. */
    public int height() {
        return height;
    }

    /** Applies the theme and the common options to a new chart's styler. */
    void style(Styler s, int seriesShown) {
        Theme.apply(s);
        s.setLegendVisible(legend != null ? legend : seriesShown > 1);
        axes(s);
    }

    /** The same, laying the legend out as {@code fit} says (see {@link #fitLegend}). */
    void style(Styler s, LegendFit fit) {
        style(s, fit.entries());
        if (fit.stacked()) {
            s.setLegendLayout(Styler.LegendLayout.Vertical);
        }
    }

    /**
     * How the legend of these entries fits below the plot: in one row when the row is narrower than the figure,
     * else one entry per line (XChart does not wrap a row; a row wider than the figure is cut at both sides), the
     * figure then growing by the extra lines so the plot keeps its size.
     *
     * @param labels       the legend's entries, in order
     * @param sampleWidth  width of each entry's sample ({@link Theme#LEGEND_LINE_SAMPLE} or {@link Theme#LEGEND_BOX_SAMPLE})
     */
    LegendFit fitLegend(List<String> labels, int sampleWidth) {
        boolean shown = legend != null ? legend : labels.size() > 1;
        if (!shown || labels.isEmpty()) {
            return new LegendFit(labels.size(), false, height);
        }
        Font font = Theme.font(Font.PLAIN, Theme.LEGEND_FONT_SIZE);
        FontRenderContext frc = new FontRenderContext(null, true, false);
        double row = Theme.LEGEND_PADDING;
        double line = 0;
        for (String l : labels) {
            Rectangle2D b = font.getStringBounds(l, frc);
            row += sampleWidth + Theme.LEGEND_PADDING + b.getWidth() + Theme.LEGEND_PADDING;
            line = Math.max(line, Math.max(b.getHeight(), sampleWidth / 2.0));
        }
        // the row is centred on the plot, which the y axis and its labels narrow
        int room = width - 2 * Theme.CHART_PADDING - 80;
        if (row <= room) {
            return new LegendFit(labels.size(), false, height);
        }
        double extra = (labels.size() - 1) * (line + Theme.LEGEND_PADDING);
        return new LegendFit(labels.size(), true, height + (int) Math.ceil(extra));
    }

    /**
     * How a chart lays out its legend.
     *
     * @param entries how many entries it shows
     * @param stacked whether entries go one per line (else one row)
     * @param height  the chart's height in pixels, grown for a stacked legend
     */
    record LegendFit(int entries, boolean stacked, int height) {
    }

    private void axes(Styler s) {
        if (s instanceof AxesChartStyler a) {
            if (yMin != null) {
                a.setYAxisMin(yMin);
                a.setYAxisMax(yMax);
            }
        }
    }

    /** The y range set by {@link #yRange}, or null. */
    Double fixedYMin() {
        return yMin;
    }

    Double fixedYMax() {
        return yMax;
    }
}
