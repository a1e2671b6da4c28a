package org.socialsim.workbench.llm;

/**
 * Limits on how fast calls go out: requests per minute and tokens per minute (0 = no limit). Calls are spaced evenly
 * (a request limit of 600/min lets one call start every 100 ms); the token limit charges each call's estimated prompt
 * tokens plus its answer limit up front and gives back what the answer did not use.
 *
 * @param requestsPerMinute the most calls started per minute, or 0 for no limit
 * @param tokensPerMinute   the most tokens (prompt + answer) per minute, or 0 for no limit
 */
public record RateLimit(double requestsPerMinute, double tokensPerMinute) {
    public RateLimit {
        if (requestsPerMinute < 0 || tokensPerMinute < 0) {
            throw new IllegalArgumentException("rate limits must be >= 0 (0 = none), were " + requestsPerMinute
                    + " requests/min, " + tokensPerMinute + " tokens/min");
        }
    }

    /** No limit. */
    public static RateLimit none() {
        return new RateLimit(0, 0);
    }

    /** A request limit only. */
    public static RateLimit requestsPerMinute(double n) {
        return new RateLimit(n, 0);
    }

    /** The same limit plus a token limit. */
    public RateLimit withTokensPerMinute(double n) {
        return new RateLimit(requestsPerMinute, n);
    }
}
