package org.socialsim.workbench.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.ChartEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.socialsim.workbench.Workbench;

/**
 * A chart ready to show and save. The one hook is {@link #chart()}, which builds a fresh XChart chart in the
 * workbench style; everything else follows from it:
 * <pre>{@code
 * Plots.bar(results, "config", "accuracy").errors("ci_low", "ci_high").save("02-accuracy")   // shows and saves
 * }</pre>
 * In a notebook a figure (or its {@link #image()}) as a cell's value is shown as a PNG.
 */
public interface Figure {

    /** Builds the XChart chart (a new one on every call, so it may be customised further). */
    Chart<?, ?> chart();

    /** The figure as an image: a cell whose value it is shows the chart inline. */
    default BufferedImage image() {
        return BitmapEncoder.getBufferedImage(chart());
    }

    /**
     * Saves {@code name}.png and {@code name}.svg under the workbench's figures/ folder and returns the image, so one
     * notebook line both saves and shows the figure.
     */
    default BufferedImage save(String name) {
        return saveIn(Workbench.figures(), name).image();
    }

    /** Saves {@code name}.png and {@code name}.svg in {@code dir} (created if needed). */
    default SavedFigure saveIn(Path dir, String name) {
        String base = SavedFigure.baseName(name);
        Path png = dir.resolve(base + ".png");
        Path svg = dir.resolve(base + ".svg");
        Chart<?, ?> chart = chart();
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        try {
            Files.createDirectories(dir);
            if (!ImageIO.write(image, "png", png.toFile())) {
                throw new IOException("no PNG writer available");
            }
            try (OutputStream out = Files.newOutputStream(svg)) {
                ChartEncoder.saveChart(chart, out, "svg");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save figure '" + base + "' in " + dir + ": " + e.getMessage(), e);
        }
        return new SavedFigure(png, svg, image);
    }
}
