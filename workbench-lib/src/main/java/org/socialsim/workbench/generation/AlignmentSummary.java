package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.metrics.Bootstrap;
import org.socialsim.workbench.metrics.Interval;
import org.socialsim.workbench.metrics.PairedTest;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Alignment runs as tables: every measure per configuration with a bootstrap interval, beside action accuracy, and
 * paired comparisons of two configurations on the same cases, so the paper's "worse action, better alignment"
 * question can be tested on any run. Intervals and tests come from {@code metrics}.
 */
public final class AlignmentSummary {
    /** Significance level of the verdicts in {@link #compare}. */
    public static final double ALPHA = 0.05;
    private static final Measure ACCURACY = new Measure("accuracy", "action", true,
            "share of actions predicted right (unparsed answers wrong)");

    private AlignmentSummary() {
    }

    /**
     * One row per run and measure: {@code configuration, generator, actions, dimension, measure, better, n, missing,
     * mean, low, high, status}. Runs with predicted actions add an "action / accuracy" row. Measures that could not be
     * computed (e.g. "needs judge") are rows with no numbers and the reason as status.
     */
    public static Table table(List<AlignmentRun> runs, Bootstrap boot) {
        Objects.requireNonNull(boot, "bootstrap");
        Columns c = new Columns();
        for (AlignmentRun r : runs) {
            if (r.predicted()) {
                double[] correct = r.outcomes().correctness();
                c.row(r, ACCURACY, correct.length, 0, boot.mean(correct), "ok");
            }
            AlignmentScores s = r.scores();
            for (Measure m : s.measures()) {
                double[] v = present(s.column(m.name()));
                int missing = s.size() - v.length;
                if (v.length == 0) {
                    c.row(r, m, 0, missing, null, "no values");
                } else {
                    c.row(r, m, v.length, missing, boot.mean(v), missing == 0 ? "ok" : missing + " missing");
                }
            }
            for (Unscored u : s.unscored()) {
                c.row(r, u.measure(), 0, s.size(), null, u.reason());
            }
        }
        return Table.create("alignment and action accuracy per configuration", c.config, c.generator, c.actions,
                c.dimension, c.measure, c.better, c.n, c.missing, c.mean, c.low, c.high, c.status);
    }

    /**
     * Paired comparison of two runs over the same cases, one row per measure (and accuracy when both predicted):
     * {@code measure, dimension, better, n, first, second, difference, low, high, p_value, verdict}. Each measure uses
     * the cases where both runs have a value; the difference is first minus second with a paired-bootstrap interval and
     * p-value; the verdict names the more aligned (or more accurate) run at level {@link #ALPHA}.
     */
    public static Table compare(AlignmentRun first, AlignmentRun second, Bootstrap boot) {
        List<String> a = first.scores().pairs().stream().map(ResponsePair::caseId).toList();
        List<String> b = second.scores().pairs().stream().map(ResponsePair::caseId).toList();
        if (!a.equals(b)) {
            throw new IllegalArgumentException("a paired comparison needs the same cases in the same order: '"
                    + first.configuration() + "' has " + a.size() + " cases, '" + second.configuration() + "' "
                    + b.size() + (a.size() == b.size() ? " (different ids or order)" : ""));
        }
        Comparison c = new Comparison();
        if (first.predicted() && second.predicted()) {
            c.row(ACCURACY, first.outcomes().correctness(), second.outcomes().correctness(),
                    PairedTest.bootstrapAccuracy(first.outcomes(), second.outcomes(), boot));
        }
        for (Measure m : first.scores().measures()) {
            if (!second.scores().measures().contains(m)) {
                continue;
            }
            double[] x = first.scores().column(m.name());
            double[] y = second.scores().column(m.name());
            List<double[]> both = bothPresent(x, y);
            if (both.get(0).length < 2) {
                c.empty(m, both.get(0).length, "too few cases with both values");
            } else {
                c.row(m, both.get(0), both.get(1), PairedTest.bootstrap(both.get(0), both.get(1), boot));
            }
        }
        for (Unscored u : first.scores().unscored()) {
            c.empty(u.measure(), 0, u.reason());
        }
        return Table.create("'" + first.configuration() + "' (first) vs '" + second.configuration() + "' (second)",
                c.measure, c.dimension, c.better, c.n, c.first, c.second, c.difference, c.low, c.high, c.p, c.verdict);
    }

    private static double[] present(double[] v) {
        return Arrays.stream(v).filter(x -> !Double.isNaN(x)).toArray();
    }

    private static List<double[]> bothPresent(double[] x, double[] y) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                keep.add(i);
            }
        }
        double[] xs = new double[keep.size()];
        double[] ys = new double[keep.size()];
        for (int j = 0; j < keep.size(); j++) {
            xs[j] = x[keep.get(j)];
            ys[j] = y[keep.get(j)];
        }
        return List.of(xs, ys);
    }

    private static final class Columns {
        final StringColumn config = StringColumn.create("configuration");
        final StringColumn generator = StringColumn.create("generator");
        final StringColumn actions = StringColumn.create("actions");
        final StringColumn dimension = StringColumn.create("dimension");
        final StringColumn measure = StringColumn.create("measure");
        final StringColumn better = StringColumn.create("better");
        final IntColumn n = IntColumn.create("n");
        final IntColumn missing = IntColumn.create("missing");
        final DoubleColumn mean = DoubleColumn.create("mean");
        final DoubleColumn low = DoubleColumn.create("low");
        final DoubleColumn high = DoubleColumn.create("high");
        final StringColumn status = StringColumn.create("status");

        void row(AlignmentRun r, Measure m, int count, int absent, Interval i, String why) {
            config.append(r.configuration());
            generator.append(r.generator());
            actions.append(r.actions());
            dimension.append(m.dimension());
            measure.append(m.name());
            better.append(m.better());
            n.append(count);
            missing.append(absent);
            mean.append(i == null ? Double.NaN : i.estimate());
            low.append(i == null ? Double.NaN : i.lower());
            high.append(i == null ? Double.NaN : i.upper());
            status.append(why);
        }
    }

    private static final class Comparison {
        final StringColumn measure = StringColumn.create("measure");
        final StringColumn dimension = StringColumn.create("dimension");
        final StringColumn better = StringColumn.create("better");
        final IntColumn n = IntColumn.create("n");
        final DoubleColumn first = DoubleColumn.create("first");
        final DoubleColumn second = DoubleColumn.create("second");
        final DoubleColumn difference = DoubleColumn.create("difference");
        final DoubleColumn low = DoubleColumn.create("low");
        final DoubleColumn high = DoubleColumn.create("high");
        final DoubleColumn p = DoubleColumn.create("p_value");
        final StringColumn verdict = StringColumn.create("verdict");

        void row(Measure m, double[] x, double[] y, PairedTest t) {
            head(m, t.n());
            double d = t.difference();
            first.append(Arrays.stream(x).average().orElse(Double.NaN));
            second.append(Arrays.stream(y).average().orElse(Double.NaN));
            difference.append(d);
            low.append(t.interval().lower());
            high.append(t.interval().upper());
            p.append(t.pValue());
            String who = (d > 0) == m.higherIsBetter() ? "first" : "second";
            verdict.append(t.significant(ALPHA) && d != 0 ? who + " better" : "no clear difference");
        }

        void empty(Measure m, int count, String why) {
            head(m, count);
            for (DoubleColumn c : List.of(first, second, difference, low, high, p)) {
                c.append(Double.NaN);
            }
            verdict.append(why);
        }

        private void head(Measure m, int count) {
            measure.append(m.name());
            dimension.append(m.dimension());
            better.append(m.better());
            n.append(count);
        }
    }
}
