package org.socialsim.workbench.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Pixel statistics of rendered figures, for tests that must see what was drawn. */
final class Pixels {
    private Pixels() {
    }

    /** Variance of the pixels' grey levels: zero for a blank image. */
    static double greyVariance(BufferedImage img) {
        double sum = 0;
        double sumSq = 0;
        long n = (long) img.getWidth() * img.getHeight();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                double g = (c.getRed() + c.getGreen() + c.getBlue()) / 3.0;
                sum += g;
                sumSq += g * g;
            }
        }
        double mean = sum / n;
        return sumSq / n - mean * mean;
    }

    /** How many pixels are within {@code tolerance} (per channel) of a colour. */
    static int count(BufferedImage img, Color target, int tolerance) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.abs(c.getRed() - target.getRed()) <= tolerance
                        && Math.abs(c.getGreen() - target.getGreen()) <= tolerance
                        && Math.abs(c.getBlue() - target.getBlue()) <= tolerance) {
                    n++;
                }
            }
        }
        return n;
    }
}
