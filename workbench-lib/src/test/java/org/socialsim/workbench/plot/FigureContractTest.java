package org.socialsim.workbench.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every figure promises: an image of the asked size with something drawn, saved as PNG and SVG. */
class FigureContractTest {

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("bar", Plots.bar(Tables.accuracy(), "config", "accuracy").errors("ci_low", "ci_high")),
                Arguments.of("grouped", Plots.groupedBar(Tables.ablation(), "group", "model", "f1")),
                Arguments.of("line", Plots.line(Tables.shotCurve(), "shots", "accuracy").by("selection")
                        .band("ci_low", "ci_high").reference("paper", Tables.paper(), "shots", "accuracy")),
                Arguments.of("scatter", Plots.scatter(Tables.shotCurve(), "shots", "accuracy").by("selection")),
                Arguments.of("confusion", Plots.confusion(Tables.predictions(), "truth", "predicted")),
                Arguments.of("heatmap", Plots.heatmap(Tables.ablation(), "group", "model", "f1")),
                Arguments.of("histogram", Plots.histogram(Tables.gaussian(500, 7), "followers_log10", 20)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void rendersAnImageOfTheAskedSizeWithContent(String name, BaseFigure<?> figure) {
        BufferedImage img = figure.size(640, 400).image();
        assertEquals(640, img.getWidth());
        assertEquals(400, img.getHeight());
        assertTrue(Pixels.greyVariance(img) > 100, name + " looks blank: variance " + Pixels.greyVariance(img));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void savesPngAndSvg(String name, BaseFigure<?> figure, @TempDir Path dir) throws IOException {
        SavedFigure saved = figure.saveIn(dir, name + ".png");
        assertEquals(dir.resolve(name + ".png"), saved.png());
        assertEquals(dir.resolve(name + ".svg"), saved.svg());
        BufferedImage png = ImageIO.read(saved.png().toFile());
        assertEquals(figure.width(), png.getWidth());
        assertEquals(figure.height(), png.getHeight());
        assertTrue(Pixels.greyVariance(png) > 100, name + ".png looks blank");
        String svg = Files.readString(saved.svg());
        assertTrue(svg.contains("<svg") && svg.contains("width=\"" + figure.width() + "px\""), "svg header: "
                + svg.substring(0, Math.min(300, svg.length())));
        assertTrue(svg.contains("<path"), name + ".svg has no drawing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void buildsAFreshChartEachTime(String name, BaseFigure<?> figure) {
        assertNotSame(figure.chart(), figure.chart());
    }
}
