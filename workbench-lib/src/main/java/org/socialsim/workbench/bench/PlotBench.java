package org.socialsim.workbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.socialsim.workbench.plot.Figure;
import org.socialsim.workbench.plot.Plots;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How long a figure takes to draw (PNG in memory) and to save (PNG + SVG files), per chart kind, against the
 * reference of a bare XChart bar chart of the same data in XChart's default style, drawn in the same run.
 * <pre>environment/bench.sh plot [repetitions]</pre>
 */
public final class PlotBench {
    private PlotBench() {
    }

    public static void main(String[] args) throws Exception {
        int reps = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Table results = Table.create("results", StringColumn.create("config", "zero-shot", "user info", "few-shot"),
                DoubleColumn.create("accuracy", .41, .48, .62), DoubleColumn.create("lo", .36, .44, .57),
                DoubleColumn.create("hi", .45, .53, .66));
        Supplier<Object> bareChart = () -> {
            CategoryChart c = new CategoryChart(760, 460);
            c.addSeries("accuracy", List.of("zero-shot", "user info", "few-shot"), List.of(.41, .48, .62));
            return BitmapEncoder.getBufferedImage(c);
        };
        var figures = figures(results);
        Path dir = Files.createTempDirectory("plotbench");
        median(reps, bareChart); // warm the JIT and the font caches before anything is timed
        figures.values().forEach(f -> median(3, () -> f.saveIn(dir, "warm")));
        double bareBefore = median(reps, bareChart);
        var rows = new java.util.ArrayList<double[]>();
        System.out.printf(Locale.ROOT, "%-24s %10s %7s %10s %10s%n", "figure (760x460)", "image ms", "ratio",
                "PNG file", "SVG file");
        for (var e : figures.entrySet()) {
            Figure f = e.getValue();
            double image = median(reps, f::image);
            double png = median(Math.max(3, reps / 3), () -> write(f, dir, "png"));
            double svg = median(Math.max(3, reps / 3), () -> write(f, dir, "svg"));
            rows.add(new double[] {image, png, svg});
        }
        double bareAfter = median(reps, bareChart);
        double bare = (bareBefore + bareAfter) / 2;
        int i = 0;
        for (String name : figures.keySet()) {
            double[] r = rows.get(i++);
            System.out.printf(Locale.ROOT, "%-24s %10.1f %7.2f %10.1f %10.1f%n", name, r[0], r[0] / bare, r[1], r[2]);
        }
        System.out.printf(Locale.ROOT, "reference: bare XChart bar chart (default style) as an image: %.1f ms before,"
                + " %.1f ms after the figures; ratio = image ms / their mean%n", bareBefore, bareAfter);
    }

    /** Writes one file format of a figure (what {@code save} does for each of its two files). */
    private static Object write(Figure f, Path dir, String format) {
        try (var out = Files.newOutputStream(dir.resolve("figure." + format))) {
            if (format.equals("png")) {
                javax.imageio.ImageIO.write(f.image(), "png", out);
            } else {
                org.knowm.xchart.ChartEncoder.saveChart(f.chart(), out, "svg");
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.util.Map<String, Figure> figures(Table results) {
        Random rnd = new Random(1);
        int n = 200;
        int[] step = new int[2 * n];
        double[] y = new double[2 * n];
        String[] source = new String[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            step[i] = i % n;
            source[i] = i < n ? "simulated" : "observed";
            y[i] = 1 - Math.exp(-(i % n) / 40.0) + 0.02 * rnd.nextGaussian();
        }
        Table curves = Table.create("curves", IntColumn.create("step", step), DoubleColumn.create("active", y),
                StringColumn.create("source", source));
        String[] truth = new String[3000];
        String[] pred = new String[3000];
        String[] labels = {"retweet", "quote", "rewrite"};
        for (int i = 0; i < truth.length; i++) {
            truth[i] = labels[rnd.nextInt(3)];
            pred[i] = rnd.nextDouble() < 0.6 ? truth[i] : labels[rnd.nextInt(3)];
        }
        Table predictions = Table.create("p", StringColumn.create("truth", truth), StringColumn.create("pred", pred));
        double[] g = new double[10_000];
        Arrays.setAll(g, i -> rnd.nextGaussian());
        var out = new java.util.LinkedHashMap<String, Figure>();
        out.put("bar + whiskers", Plots.bar(results, "config", "accuracy").errors("lo", "hi"));
        out.put("line 2x200 points", Plots.line(curves, "step", "active").by("source").dashed("observed"));
        out.put("confusion 3x3 (3000)", Plots.confusion(predictions, "truth", "pred"));
        out.put("histogram 10k, 40 bins", Plots.histogram(Table.create("h", DoubleColumn.create("x", g)), "x", 40));
        return out;
    }

    /** Median wall time in milliseconds of {@code reps} runs, after as many warm-up runs. */
    private static double median(int reps, Supplier<?> work) {
        for (int i = 0; i < reps; i++) {
            work.get();
        }
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[reps / 2];
    }
}
