package org.socialsim.workbench.metrics;

import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A comparison of two configurations on the same cases: is the first better than the second beyond chance?
 *
 * @param method      "exact McNemar" or "paired bootstrap"
 * @param n           number of cases
 * @param difference  first minus second (accuracy, or mean per-case score, or the compared statistic)
 * @param pValue      two-sided p-value
 * @param firstOnly   cases where the first scored higher (for accuracy: first right, second wrong)
 * @param secondOnly  cases where the second scored higher
 * @param interval    bootstrap interval of the difference; {@code null} for McNemar
 */
public record PairedTest(String method, int n, double difference, double pValue, int firstOnly, int secondOnly,
                         Interval interval) {

    /**
     * Exact McNemar test on accuracy: among the discordant cases ({@code b} = only the first right, {@code c} = only
     * the second right), p = min(1, 2 * P[X <= min(b, c)]) for X ~ Binomial(b + c, 1/2); p = 1 when b + c = 0.
     * Unparsed answers are wrong.
     */
    public static PairedTest mcNemar(Outcomes first, Outcomes second) {
        first.requireSameCases(second);
        int b = 0;
        int c = 0;
        for (int i = 0; i < first.size(); i++) {
            boolean x = first.correct(i);
            boolean y = second.correct(i);
            b += x && !y ? 1 : 0;
            c += !x && y ? 1 : 0;
        }
        double p = 1.0;
        if (b + c > 0) {
            p = Math.min(1.0, 2 * new BinomialDistribution(null, b + c, 0.5).cumulativeProbability(Math.min(b, c)));
        }
        return new PairedTest("exact McNemar", first.size(), (double) (b - c) / first.size(), p, b, c, null);
    }

    /** Paired bootstrap on accuracy (see {@link #bootstrap(double[], double[], Bootstrap)}). */
    public static PairedTest bootstrapAccuracy(Outcomes first, Outcomes second, Bootstrap boot) {
        first.requireSameCases(second);
        return bootstrap(first.correctness(), second.correctness(), boot);
    }

    /** Paired bootstrap on macro-F1: both configurations are scored on the same resampled cases. */
    public static PairedTest bootstrapMacroF1(Outcomes first, Outcomes second, Bootstrap boot) {
        first.requireSameCases(second);
        int firstOnly = 0;
        int secondOnly = 0;
        for (int i = 0; i < first.size(); i++) {
            firstOnly += first.correct(i) && !second.correct(i) ? 1 : 0;
            secondOnly += !first.correct(i) && second.correct(i) ? 1 : 0;
        }
        Function<int[], ConfusionMatrix> a = ConfusionMatrix.counter(first);
        Function<int[], ConfusionMatrix> b = ConfusionMatrix.counter(second);
        return bootstrap(first.size(), p -> Metrics.macroF1(a.apply(p)) - Metrics.macroF1(b.apply(p)), boot,
                firstOnly, secondOnly);
    }

    /**
     * Paired bootstrap on the mean of per-case scores (any score: correctness, an alignment score): cases are
     * resampled together, the difference of means is recomputed on each resample; the interval is its percentile
     * interval and the two-sided p-value is {@code (1 + #{|d* - d| >= |d|}) / (B + 1)}, the share of resampled
     * differences, centred on the observed one, at least as far from it as the observed difference is from zero.
     */
    public static PairedTest bootstrap(double[] first, double[] second, Bootstrap boot) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("paired scores need equal lengths, got " + first.length + " and "
                    + second.length);
        }
        double[] d = new double[first.length];
        int firstOnly = 0;
        int secondOnly = 0;
        for (int i = 0; i < d.length; i++) {
            d[i] = first[i] - second[i];
            firstOnly += d[i] > 0 ? 1 : 0;
            secondOnly += d[i] < 0 ? 1 : 0;
        }
        return bootstrap(d.length, p -> {
            double s = 0;
            for (int i : p) {
                s += d[i];
            }
            return s / p.length;
        }, boot, firstOnly, secondOnly);
    }

    /** Paired bootstrap on any statistic of the difference between two configurations over n shared cases. */
    public static PairedTest bootstrap(int n, Bootstrap.Statistic difference, Bootstrap boot, int firstOnly,
                                       int secondOnly) {
        double observed = difference.of(Bootstrap.identity(n));
        double[] reps = boot.replicates(n, difference);
        int extreme = 0;
        for (double r : reps) {
            extreme += Math.abs(r - observed) >= Math.abs(observed) ? 1 : 0;
        }
        double p = (1.0 + extreme) / (reps.length + 1.0);
        return new PairedTest("paired bootstrap", n, observed, p, firstOnly, secondOnly,
                boot.percentiles(observed, reps));
    }

    /** Whether the p-value is below alpha. */
    public boolean significant(double alpha) {
        return pValue < alpha;
    }

    @Override
    public String toString() {
        // below about 1e-16 a double p-value is rounding noise (or underflows to 0): say so rather than "p = 0.000"
        String p = pValue < 1e-16 ? "p < 1e-16" : String.format(Locale.ROOT, "p = %.4g", pValue);
        return String.format(Locale.ROOT, "%s: difference %+.4f, %s (n = %d; %d vs %d cases differ)%s",
                method, difference, p, n, firstOnly, secondOnly, interval == null ? ""
                        : String.format(Locale.ROOT, ", %.0f%% CI %s", 100 * interval.level(), interval));
    }
}
