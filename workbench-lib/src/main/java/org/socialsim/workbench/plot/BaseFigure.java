package org.socialsim.workbench.plot;

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
