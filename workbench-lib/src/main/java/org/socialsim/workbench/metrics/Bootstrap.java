package org.socialsim.workbench.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Seeded percentile bootstrap over cases: draw {@code resamples} samples of the cases with replacement, compute the
 * statistic on each, and take the {@code (1-level)/2} and {@code (1+level)/2} quantiles (linear interpolation, R-7)
 * as the interval. The same seed gives the same interval. Replicates where the statistic is NaN are left out.
 *
 * @param resamples number of bootstrap samples (at least 100)
 * @param level     confidence level in (0, 1)
 * @param seed      seed of the resampling
 */
public record Bootstrap(int resamples, double level, long seed) {
    /** Default number of resamples. */
    public static final int DEFAULT_RESAMPLES = 2000;
    /** Default confidence level. */
    public static final double DEFAULT_LEVEL = 0.95;

    public Bootstrap {
        if (resamples < 100) {
            throw new IllegalArgumentException("bootstrap needs at least 100 resamples, was " + resamples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
    }

    /** A statistic of the cases at some positions of a sample (positions repeat in a resample). */
    @FunctionalInterface
    public interface Statistic {
        double of(int[] positions);
    }

    /** 2000 resamples, 95% intervals. */
    public static Bootstrap of(long seed) {
        return new Bootstrap(DEFAULT_RESAMPLES, DEFAULT_LEVEL, seed);
    }

    /** The same bootstrap with another number of resamples. */
    public Bootstrap withResamples(int n) {
        return new Bootstrap(n, level, seed);
    }

    /** Interval of the mean of per-case values (e.g. per-case alignment scores, or 0/1 correctness). */
    public Interval mean(double[] values) {
        return interval(values.length, p -> {
            double s = 0;
            for (int i : p) {
                s += values[i];
            }
            return s / p.length;
        });
    }

    /** Interval of any statistic of per-case values (the statistic sees each resample's values). */
    public Interval interval(double[] values, ToDoubleFunction<double[]> statistic) {
        return interval(values.length, p -> {
            double[] v = new double[p.length];
            for (int i = 0; i < p.length; i++) {
                v[i] = values[p[i]];
            }
            return statistic.applyAsDouble(v);
        });
    }

    /** Interval of accuracy (unparsed answers wrong). */
    public Interval accuracy(Outcomes o) {
        return mean(o.correctness());
    }

    /** Interval of macro-F1 (cases resampled, F1 recomputed per resample). */
    public Interval macroF1(Outcomes o) {
        Function<int[], ConfusionMatrix> count = ConfusionMatrix.counter(o);
        return interval(o.size(), p -> Metrics.macroF1(count.apply(p)));
    }

    /** Interval of a statistic of the cases at resampled positions of a sample of size n. */
    public Interval interval(int n, Statistic statistic) {
        double estimate = statistic.of(identity(n));
        double[] reps = replicates(n, statistic);
        return percentiles(estimate, reps);
    }

    /** The statistic on each resample (NaN replicates removed). */
    double[] replicates(int n, Statistic statistic) {
        if (n <= 0) {
            throw new IllegalArgumentException("bootstrap needs at least one case");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] reps = new double[resamples];
        int kept = 0;
        int[] positions = new int[n];
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < n; i++) {
                positions[i] = rng.nextInt(n);
            }
            double v = statistic.of(positions);
            if (!Double.isNaN(v)) {
                reps[kept++] = v;
            }
        }
        return Arrays.copyOf(reps, kept);
    }

    Interval percentiles(double estimate, double[] reps) {
        if (reps.length == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN, level);
        }
        Percentile q = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        q.setData(reps);
        double alpha = (1 - level) / 2;
        return new Interval(estimate, q.evaluate(100 * alpha), q.evaluate(100 * (1 - alpha)), level);
    }

    static int[] identity(int n) {
        int[] p = new int[n];
        Arrays.setAll(p, i -> i);
        return p;
    }
}
