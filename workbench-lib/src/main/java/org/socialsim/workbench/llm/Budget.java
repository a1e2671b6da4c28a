package org.socialsim.workbench.llm;

/**
 * A cap on what one client may spend on live model calls (cache hits are free): calls and tokens (prompt + answer).
 * When it is reached the client stops cleanly with a {@link BudgetExceededException} carrying what was done.
 *
 * @param maxCalls  the most live calls, or {@code Long.MAX_VALUE} for no cap
 * @param maxTokens the most tokens, or {@code Long.MAX_VALUE} for no cap (calls already running may overshoot it by
 *                  their own size)
 */
public record Budget(long maxCalls, long maxTokens) {
    public Budget {
        if (maxCalls < 0 || maxTokens < 0) {
            throw new IllegalArgumentException("budget caps must be >= 0, were " + maxCalls + " calls, " + maxTokens
                    + " tokens");
        }
    }

    /** No cap. */
    public static Budget unlimited() {
        return new Budget(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /** At most {@code n} live calls. */
    public static Budget calls(long n) {
        return new Budget(n, Long.MAX_VALUE);
    }

    /** At most {@code n} tokens. */
    public static Budget tokens(long n) {
        return new Budget(Long.MAX_VALUE, n);
    }

    @Override
    public String toString() {
        String calls = maxCalls == Long.MAX_VALUE ? "" : "at most " + maxCalls + " calls";
        String tokens = maxTokens == Long.MAX_VALUE ? "" : "at most " + maxTokens + " tokens";
        if (calls.isEmpty() && tokens.isEmpty()) {
            return "unlimited";
        }
        return calls.isEmpty() ? tokens : tokens.isEmpty() ? calls : calls + ", " + tokens;
    }
}
