package org.socialsim.workbench.llm.internal;

import org.socialsim.workbench.llm.LlmException;
import org.socialsim.workbench.llm.RateLimit;

/**
 * Spaces calls to respect a {@link RateLimit}: each call books the next free slot of the request schedule and enough
 * time on the token schedule for its estimated tokens, then sleeps until both are due. Unused tokens are given back
 * when the real count is known. Thread-safe.
 */
public final class RateLimiter {
    private final double nanosPerRequest;
    private final double nanosPerToken;
    private long nextRequest;
    private long nextToken;

    public RateLimiter(RateLimit limit) {
        this.nanosPerRequest = limit.requestsPerMinute() > 0 ? 60e9 / limit.requestsPerMinute() : 0;
        this.nanosPerToken = limit.tokensPerMinute() > 0 ? 60e9 / limit.tokensPerMinute() : 0;
        long now = System.nanoTime();
        this.nextRequest = now;
        this.nextToken = now;
    }

    /** Blocks until a call estimated at {@code tokens} tokens may start. */
    public void acquire(long tokens) {
        if (nanosPerRequest == 0 && nanosPerToken == 0) {
            return;
        }
        long due;
        synchronized (this) {
            long now = System.nanoTime();
            long r = Math.max(now, nextRequest);
            nextRequest = r + (long) nanosPerRequest;
            long t = Math.max(now, nextToken);
            nextToken = t + (long) (tokens * nanosPerToken);
            due = Math.max(r, t);
        }
        sleepUntil(due);
    }

    /** Gives back tokens booked but not used. */
    public synchronized void refund(long tokens) {
        if (nanosPerToken > 0 && tokens > 0) {
            nextToken = Math.max(System.nanoTime(), nextToken - (long) (tokens * nanosPerToken));
        }
    }

    static void sleepUntil(long due) {
        long wait = due - System.nanoTime();
        if (wait <= 0) {
            return;
        }
        try {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted while waiting for the LLM rate limit", e);
        }
    }
}
