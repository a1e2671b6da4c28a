package org.socialsim.workbench.plot;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a figure was saved, and the image that was saved.
 *
 * @param png   the bitmap file
 * @param svg   the vector file
 * @param image the rendered image (a notebook shows it when it is a cell's value)
 */
public record SavedFigure(Path png, Path svg, BufferedImage image) {
    public SavedFigure {
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(svg, "svg");
        Objects.requireNonNull(image, "image");
    }

    /** A figure name made safe as a file's base name: "02-confusion" or "02-confusion.png" give "02-confusion". */
    static String baseName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a figure needs a file name, e.g. save(\"02-confusion\")");
        }
        String base = name.strip().replaceFirst("(?i)\\.(png|svg)$", "");
        if (!base.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("figure name '" + name
                    + "' must be a plain file name (letters, digits, '.', '_', '-'; no folders)");
        }
        return base;
    }
}
