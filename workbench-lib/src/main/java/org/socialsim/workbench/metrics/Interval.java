package org.socialsim.workbench.metrics;

import java.util.Locale;

/**
 * A point estimate with a confidence interval.
 *
 * @param estimate the statistic on the full sample
 * @param lower    lower bound
 * @param upper    upper bound
 * @param level    confidence level, e.g. 0.95
 */
public record Interval(double estimate, double lower, double upper, double level) {
    public Interval {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), was " + level);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("interval lower bound " + lower + " exceeds upper bound " + upper);
        }
    }

    /** Whether x lies within the bounds (inclusive). */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    /** upper - lower. */
    public double width() {
        return upper - lower;
    }

    /** e.g. "0.512 [0.481, 0.544]". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", estimate, lower, upper);
    }
}
