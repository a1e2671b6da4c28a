package org.socialsim.workbench.plot.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.internal.chartpart.Annotation;
import org.knowm.xchart.style.AxesChartStyler;

/**
 * Text written in the cells of a heat map (one or two lines per cell, e.g. a count and its row share), dark on light
 * cells and white on dark ones, following XChart's heat-map cell layout.
 */
public final class CellText extends Annotation {
    private final String[][] text;
    private final double[][] shade;

    /**
     * @param text  the text per cell, indexed [row from the top][column]; lines separated by '\n'
     * @param shade how dark each cell is drawn, 0..1 (picks the text colour)
     */
    public CellText(String[][] text, double[][] shade) {
        super(false);
        this.text = text;
        this.shade = shade;
    }

    @Override
    public void paint(Graphics2D g) {
        if (!isVisible || text.length == 0) {
            return;
        }
        double plotSize = ((AxesChartStyler) styler).getPlotContentSize();
        double left = getXAxisScreenValueForMin();
        double top = getYAxisScreenValueForMin();
        double width = getXAxisScreenValueForMax() - left;
        double height = getYAxisScreenValueForMax() - top;
        double xMargin = (width - plotSize * width) / 2;
        double yMargin = (height - plotSize * height) / 2;
        int rows = text.length;
        int cols = text[0].length;
        double cellW = (width - 2 * xMargin) / cols;
        double cellH = (height - 2 * yMargin) / rows;
        int size = (int) Math.max(9, Math.min(16, Math.min(cellH / 3.2, cellW / 6)));
        Font font = Theme.font(Font.PLAIN, size);
        FontRenderContext frc = new FontRenderContext(null, true, false);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String[] lines = text[r][c].split("\n");
                g.setColor(shade[r][c] > 0.55 ? Color.WHITE : Theme.INK);
                double cx = left + xMargin + cellW * (c + 0.5);
                double cy = top + yMargin + cellH * (r + 0.5);
                double lineH = size * 1.25;
                double y0 = cy - lineH * (lines.length - 1) / 2;
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].isEmpty()) {
                        continue;
                    }
                    TextLayout layout = new TextLayout(lines[i], font, frc);
                    Rectangle2D b = layout.getBounds();
                    AffineTransform at = AffineTransform.getTranslateInstance(cx - b.getWidth() / 2 - b.getX(),
                            y0 + lineH * i + b.getHeight() / 2);
                    g.fill(at.createTransformedShape(layout.getOutline(null)));
                }
            }
        }
    }

    @Override
    public Rectangle2D getBounds() {
        return bounds;
    }
}
