package org.socialsim.workbench.data;

import java.util.Objects;

/**
 * How to divide engagements into train, validation and test, with the fraction of engagements each part gets.
 * Make one with {@link #random}, {@link #byTime} or {@link #byUser}, then call {@link EngagementDataset#split}.
 *
 * @param strategy   how engagements are assigned
 * @param train      fraction for training
 * @param validation fraction for validation
 * @param test       fraction for testing
 */
public record Split(Strategy strategy, double train, double validation, double test) {

    /** How engagements are assigned to parts. */
    public enum Strategy {
        /** Shuffled with the seed, stratified by action (each part keeps the action mix). */
        RANDOM,
        /** Earliest engagements train, then validation, then the latest test (the seed is not used). */
        TIME,
        /** Whole users go to one part (no user in two parts); users are shuffled with the seed and filled in. */
        USER
    }

    public Split {
        Objects.requireNonNull(strategy, "strategy");
        if (train < 0 || validation < 0 || test < 0 || Math.abs(train + validation + test - 1.0) > 1e-9) {
            throw new IllegalArgumentException("split fractions must be >= 0 and sum to 1, were " + train + ", "
                    + validation + ", " + test);
        }
    }

    /** A random split stratified by action. */
    public static Split random(double train, double validation, double test) {
        return new Split(Strategy.RANDOM, train, validation, test);
    }

    /** A split by time: train before validation before test. */
    public static Split byTime(double train, double validation, double test) {
        return new Split(Strategy.TIME, train, validation, test);
    }

    /** A split grouped by user: no user appears in two parts. */
    public static Split byUser(double train, double validation, double test) {
        return new Split(Strategy.USER, train, validation, test);
    }
}
