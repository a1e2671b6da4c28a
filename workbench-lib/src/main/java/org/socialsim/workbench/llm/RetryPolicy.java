package org.socialsim.workbench.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed calls are retried: exponential backoff with jitter on retriable failures (429, 5xx, timeouts, connection
 * errors, malformed bodies); a server's Retry-After is honoured (up to {@code maxRetryAfter}). Non-retriable failures
 * (400, 401, 403, 404) are never retried. The jitter is drawn from {@code seed} and the prompt, so waits are
 * reproducible.
 *
 * @param maxAttempts   attempts in all, the first included (1 = never retry)
 * @param initialDelay  wait before the first retry
 * @param maxDelay      the longest computed backoff
 * @param multiplier    growth of the backoff per attempt
 * @param jitter        fraction of the backoff drawn at random, in [0, 1] (0.2: wait 80-100% of the backoff)
 * @param maxRetryAfter the longest Retry-After honoured; a longer one fails the call
 * @param seed          seed of the jitter
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter,
                          Duration maxRetryAfter, long seed) {
    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (!(jitter >= 0 && jitter <= 1)) {
            throw new IllegalArgumentException("jitter must be in [0, 1], was " + jitter);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initialDelay <= maxDelay, was " + initialDelay + ", " + maxDelay);
        }
    }

    /** Six attempts, 1 s doubling to at most 60 s, 20% jitter, Retry-After honoured up to 5 minutes. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0.2, Duration.ofMinutes(5), 0);
    }

    /** Never retry. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 1.0, 0, Duration.ZERO, 0);
    }

    /** The same policy with another number of attempts. */
    public RetryPolicy withMaxAttempts(int n) {
        return new RetryPolicy(n, initialDelay, maxDelay, multiplier, jitter, maxRetryAfter, seed);
    }

    /** The same policy with other backoff bounds. */
    public RetryPolicy withDelays(Duration initial, Duration max) {
        return new RetryPolicy(maxAttempts, initial, max, multiplier, jitter, maxRetryAfter, seed);
    }

    /**
     * The wait before attempt {@code attempt + 1} after {@code attempt} failed attempts (attempt >= 1).
     *
     * @param draw a number in [0, 1) drawn for this wait
     */
    public Duration backoff(int attempt, double draw) {
        double base = initialDelay.toNanos() * Math.pow(multiplier, attempt - 1);
        double capped = Math.min(base, maxDelay.toNanos());
        return Duration.ofNanos((long) (capped * (1 - jitter * draw)));
    }
}
