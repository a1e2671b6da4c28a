package org.socialsim.workbench.experiment;

import org.socialsim.workbench.llm.Completion;

/**
 * What model calls cost: calls made, tokens in and out (reasoning included in output), and how many answers came from
 * the response cache. Zero for predictors that call no model.
 *
 * @param calls           chat calls made (cache hits included)
 * @param inputTokens     prompt tokens
 * @param outputTokens    answer tokens, reasoning included
 * @param reasoningTokens hidden reasoning tokens
 * @param cacheHits       calls answered from the cache
 */
public record CallUsage(long calls, long inputTokens, long outputTokens, long reasoningTokens, long cacheHits) {
    /** No calls. */
    public static final CallUsage NONE = new CallUsage(0, 0, 0, 0, 0);

    public CallUsage {
        if (calls < 0 || inputTokens < 0 || outputTokens < 0 || reasoningTokens < 0 || cacheHits < 0) {
            throw new IllegalArgumentException("negative usage");
        }
    }

    /** The usage of one completion. */
    public static CallUsage of(Completion c) {
        return new CallUsage(1, c.inputTokens(), c.outputTokens(), c.reasoningTokens(), c.fromCache() ? 1 : 0);
    }

    /** The sum of two usages. */
    public CallUsage plus(CallUsage o) {
        return new CallUsage(calls + o.calls, inputTokens + o.inputTokens, outputTokens + o.outputTokens,
                reasoningTokens + o.reasoningTokens, cacheHits + o.cacheHits);
    }
}
