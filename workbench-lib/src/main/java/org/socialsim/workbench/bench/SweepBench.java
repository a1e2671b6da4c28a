package org.socialsim.workbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.socialsim.workbench.RunSize;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.CallUsage;
import org.socialsim.workbench.experiment.GroupSubset;
import org.socialsim.workbench.experiment.MeteredPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.CaseSplit;
import org.socialsim.workbench.experiment.Sweep;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.metrics.Bootstrap;
import org.socialsim.workbench.metrics.Outcomes;
import org.socialsim.workbench.progress.ProgressSinks;

/**
 * What the sweep engine costs around a predictor. A sweep of a free predictor (it answers at once) over synthetic
 * cases x 4 feature subsets, saving every prediction to JSONL with a flush each, against the bare reference measured
 * in the same run: writing the same number of JSON lines with Jackson and a flush each. Then the resume scan (a
 * re-run that finds everything finished) against a bare read-and-parse of the same file, and the cost of one
 * 2000-resample macro-F1 bootstrap interval.
 *
 * <pre>environment/bench.sh sweep [cases]      # default 20000 (2000 with WORKBENCH_SIZE=small)</pre>
 */
public final class SweepBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepBench() {
    }

    public static void main(String[] args) throws IOException {
        ProgressSinks.use(ProgressSinks.silent());
        int n = args.length > 0 ? Integer.parseInt(args[0]) : RunSize.current().pick(2000, 20000);
        CaseSplit split = CaseSplit.testOnly(cases(n));
        Path tmp = Files.createTempDirectory("sweep-bench");
        try {
            run(split, tmp);
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(CaseSplit split, Path tmp) throws IOException {
        int n = split.test().size();
        int cells = 4;
        long predictions = (long) n * cells;
        System.out.printf(Locale.ROOT, "sweep bench: %d cases x %d cells = %d predictions%n", n, cells, predictions);

        sweep(split, tmp.resolve("warm-up"), free());   // JIT warm-up, not measured
        bare(tmp.resolve("warm-up.jsonl"), predictions);

        long t0 = System.nanoTime();
        sweep(split, tmp.resolve("chunked"), free());
        double chunked = seconds(t0);
        t0 = System.nanoTime();
        sweep(split, tmp.resolve("metered"), meteredFree());
        double metered = seconds(t0);
        t0 = System.nanoTime();
        bare(tmp.resolve("bare.jsonl"), predictions);
        double bare = seconds(t0);
        report("sweep, batch predictor (saved per batch of 256)", predictions, chunked, bare);
        report("sweep, metered predictor (saved one by one, 4 threads)", predictions, metered, bare);
        System.out.printf(Locale.ROOT, "  reference: bare Jackson JSONL write with a flush per line: %.0f lines/s%n",
                predictions / bare);

        t0 = System.nanoTime();
        sweep(split, tmp.resolve("chunked"), free());
        double resume = seconds(t0);
        t0 = System.nanoTime();
        long parsed = bareRead(tmp.resolve("chunked").resolve("predictions.jsonl"));
        double bareRead = seconds(t0);
        System.out.printf(Locale.ROOT, "resume scan (nothing left to run, table rebuilt): %.2f s; bare read+parse of "
                + "%d lines: %.2f s; ratio %.2f%n", resume, parsed, bareRead, resume / bareRead);

        List<Action> truth = split.test().stream().map(LabeledCase::truth).toList();
        List<Action> pred = new ArrayList<>(truth);
        java.util.Collections.rotate(pred, 1);
        Outcomes o = Outcomes.ofActions(truth, pred);
        Bootstrap.of(1).macroF1(o);
        t0 = System.nanoTime();
        Bootstrap.of(1).macroF1(o);
        System.out.printf(Locale.ROOT, "bootstrap macro-F1 interval, %d cases x 2000 resamples: %.3f s%n", n,
                seconds(t0));
    }

    private static void report(String what, long predictions, double seconds, double bareSeconds) {
        System.out.printf(Locale.ROOT, "%s: %.2f s, %.0f predictions/s, ratio to bare write %.2f%n", what, seconds,
                predictions / seconds, seconds / bareSeconds);
    }

    private static void sweep(CaseSplit split, Path dir, ActionPredictor p) {
        Sweep.on(split).model(p).groups(GroupSubset.addOne()).bootstrap(Bootstrap.of(0).withResamples(200))
                .concurrency(4).saveTo(dir).run();
    }

    private static void bare(Path file, long lines) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < lines; i++) {
                ObjectNode node = JSON.createObjectNode();
                node.put("cell", "bench | user-info [rates] | seed=0");
                node.put("case", "c" + i);
                node.put("action", "quote");
                node.put("raw", "");
                node.put("note", "");
                w.write(JSON.writeValueAsString(node));
                w.write('\n');
                w.flush();
            }
        }
    }

    private static long bareRead(Path file) throws IOException {
        long n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n += JSON.readTree(line).size() > 0 ? 1 : 0;
        }
        return n;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static ActionPredictor free() {
        return new ActionPredictor() {
            @Override
            public String name() {
                return "free";
            }

            @Override
            public Prediction predict(EngagementCase c) {
                return Prediction.of(c.caseId(), c.has(FeatureGroup.RATES) ? Action.RETWEET : Action.QUOTE);
            }
        };
    }

    private static MeteredPredictor meteredFree() {
        return new MeteredPredictor() {
            @Override
            public String name() {
                return "free-metered";
            }

            @Override
            public Metered predictMetered(EngagementCase c) {
                return new Metered(Prediction.of(c.caseId(), Action.QUOTE), new CallUsage(1, 100, 5, 0, 1, 0, 0));
            }
        };
    }

    private static List<LabeledCase> cases(int n) {
        SplittableRandom rng = new SplittableRandom(42);
        Instant t = Instant.parse("2020-10-01T00:00:00Z");
        List<LabeledCase> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            User u = new User("u" + i, "h" + i, "User " + i, "bio " + i, 100, 50, 1000, null);
            Post p = new Post("p" + i, "a" + i, "post text number " + i, t, null);
            EngagementCase c = new EngagementCase("c" + i, u, p, t.plusSeconds(i),
                    new ActionRates(rng.nextInt(5), rng.nextInt(5), rng.nextInt(5)), List.of(),
                    EnumSet.allOf(FeatureGroup.class));
            out.add(new LabeledCase(c, Action.values()[rng.nextInt(3)], null));
        }
        return out;
    }
}
