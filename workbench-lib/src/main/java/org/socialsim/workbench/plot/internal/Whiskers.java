package org.socialsim.workbench.plot.internal;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.CategoryStyler;

/**
 * Asymmetric error whiskers (e.g. a 95% interval from {@code ci_low} to {@code ci_high}) drawn over the bars of a
 * category chart. XChart's own error bars are symmetric, so this annotation places a whisker at the centre of every
 * bar, following XChart's bar layout (plot content size, available space fill, side-by-side series).
 */
public final class Whiskers extends Annotation {
    private static final BasicStroke STROKE = new BasicStroke(1.6f);
    private final double[][] low;
    private final double[][] high;

    /**
     * @param low  low ends, indexed [series][category]; NaN skips a whisker
     * @param high high ends, same shape
     */
    public Whiskers(double[][] low, double[][] high) {
        super(false);
        this.low = low;
        this.high = high;
    }

    /** How many whiskers will be drawn (pairs of finite ends). */
    public int count() {
        int n = 0;
        for (int s = 0; s < low.length; s++) {
            for (int c = 0; c < low[s].length; c++) {
                n += Double.isFinite(low[s][c]) && Double.isFinite(high[s][c]) ? 1 : 0;
            }
        }
        return n;
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || low.length == 0) {
            return;
        }
        CategoryStyler st = (CategoryStyler) styler;
        double left = getXAxisScreenValueForMin();
        double width = getXAxisScreenValueForMax() - left;
        double tickSpace = st.getPlotContentSize() * width;
        double margin = (width - tickSpace) / 2;
        int categories = low[0].length;
        double gridStep = tickSpace / categories;
        double fill = st.getAvailableSpaceFill();
        boolean sideBySide = !(st.isOverlapped() || st.isStacked());
        double barWidth = sideBySide ? gridStep / low.length * fill : gridStep * fill;
        double barMargin = gridStep * (1 - fill) / 2;
        double cap = Math.max(3, Math.min(8, barWidth / 6));
        g.setColor(Theme.INK);
        g.setStroke(STROKE);
        for (int s = 0; s < low.length; s++) {
            for (int c = 0; c < categories; c++) {
                if (!Double.isFinite(low[s][c]) || !Double.isFinite(high[s][c])) {
                    continue;
                }
                double x = left + margin + gridStep * c + barMargin + (sideBySide ? s * barWidth : 0) + barWidth / 2;
                double top = getYAxisScreenValue(high[s][c]);
                double bottom = getYAxisScreenValue(low[s][c]);
                g.draw(new Line2D.Double(x, top, x, bottom));
                g.draw(new Line2D.Double(x - cap, top, x + cap, top));
                g.draw(new Line2D.Double(x - cap, bottom, x + cap, bottom));
            }
        }
    }

    @Override
    public Rectangle2D getBounds() {
        return bounds;
    }
}
