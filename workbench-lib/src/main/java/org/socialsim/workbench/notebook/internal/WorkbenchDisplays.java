package org.socialsim.workbench.notebook.internal;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.display.DisplayRenderer;
import org.rapaio.jupyter.kernel.display.DisplayTransformer;
import org.rapaio.jupyter.kernel.display.spi.DisplayProvider;
import org.socialsim.workbench.notebook.Html;
import org.socialsim.workbench.plot.Figure;
import tech.tablesaw.api.Table;

/**
 * The workbench's display integration for the rapaio Jupyter kernel, found by the kernel through Java SPI
 * (META-INF/services): Tablesaw tables and {@link Html} become HTML, figures and XChart charts become PNG images.
 */
public final class WorkbenchDisplays implements DisplayProvider {

    @Override
    public List<DisplayRenderer> getDisplayRenderers() {
        return List.of(new HtmlRenderer<>(Table.class, t -> TableHtml.render(t, TableHtml.DEFAULT_ROWS)),
                new HtmlRenderer<>(Html.class, h -> h));
    }

    @Override
    public List<DisplayTransformer> getDisplayTransformers() {
        return List.of(new ImageTransformer<>(Figure.class, Figure::image),
                new ImageTransformer<>(Chart.class, BitmapEncoder::getBufferedImage));
    }

    /** Renders values of one type as HTML (with a plain-text form when no type is asked for). */
    private record HtmlRenderer<T>(Class<T> type, Function<T, Html> toHtml) implements DisplayRenderer {
        @Override
        public Class<?> rendererClass() {
            return type;
        }

        @Override
        public boolean canRender(String mime) {
            return mime == null || isHtml(mime) || isText(mime);
        }

        @Override
        public DisplayData render(String mime, Object o) {
            Html h = toHtml.apply(type.cast(o));
            if (mime != null && isText(mime)) {
                return DisplayData.fromText(h.text());
            }
            return KernelLineDisplay.data(null, h);
        }

        private static boolean isHtml(String mime) {
            String m = mime.toLowerCase(Locale.ROOT);
            return m.equals("html") || m.equals("text/html");
        }

        private static boolean isText(String mime) {
            String m = mime.toLowerCase(Locale.ROOT);
            return m.equals("text") || m.equals("text/plain");
        }
    }

    /** Turns values of one type into images, which the kernel shows as PNG. */
    private record ImageTransformer<T>(Class<T> type, Function<T, BufferedImage> toImage)
            implements DisplayTransformer {
        @Override
        public boolean canTransform(Object o) {
            return type.isInstance(o);
        }

        @Override
        public Class<?> transformedClass() {
            return type;
        }

        @Override
        public Object transform(Object o) {
            return toImage.apply(type.cast(o));
        }
    }
}
