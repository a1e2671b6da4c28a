package org.socialsim.workbench.experiment;

import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LlmClient;

/**
 * What model calls cost: calls made, tokens in and out (reasoning included in output), how many answers came from
 * the response cache, and the money: dollars billed for live calls and dollars the cache hits saved, both priced by
 * the client's {@link org.socialsim.workbench.llm.Prices} (NaN when the model has no price, e.g. an unpriced
 * openai-compatible endpoint; 0 for local engines). Zero for predictors that call no model.
 *
 * @param calls           chat calls made (cache hits included)
 * @param inputTokens     prompt tokens
 * @param outputTokens    answer tokens, reasoning included
 * @param reasoningTokens hidden reasoning tokens
 * @param cacheHits       calls answered from the cache
 * @param costUsd         dollars billed for the live calls (NaN when unpriced)
 * @param savedUsd        dollars the cache hits would have cost live (NaN when unpriced)
 */
public record CallUsage(long calls, long inputTokens, long outputTokens, long reasoningTokens, long cacheHits,
                        double costUsd, double savedUsd) {
    /** No calls. */
    public static final CallUsage NONE = new CallUsage(0, 0, 0, 0, 0, 0, 0);

    public CallUsage {
        if (calls < 0 || inputTokens < 0 || outputTokens < 0 || reasoningTokens < 0 || cacheHits < 0
                || costUsd < 0 || savedUsd < 0) {
            throw new IllegalArgumentException("negative usage: " + calls + " calls, tokens " + inputTokens + "/"
                    + outputTokens + "/" + reasoningTokens + ", " + cacheHits + " cache hits, $" + costUsd + ", saved $"
                    + savedUsd);
        }
    }

    /** The usage of one completion of {@code client}, priced by the client's prices. */
    public static CallUsage of(LlmClient client, Completion c) {
        double price = client.prices().cost(client.spec(), c.inputTokens(), c.outputTokens());
        return new CallUsage(1, c.inputTokens(), c.outputTokens(), c.reasoningTokens(), c.fromCache() ? 1 : 0,
                c.fromCache() ? 0 : price, c.fromCache() ? price : 0);
    }

    /** The sum of two usages (NaN money stays NaN: a sum over an unpriced model has no price). */
    public CallUsage plus(CallUsage o) {
        return new CallUsage(calls + o.calls, inputTokens + o.inputTokens, outputTokens + o.outputTokens,
                reasoningTokens + o.reasoningTokens, cacheHits + o.cacheHits, costUsd + o.costUsd,
                savedUsd + o.savedUsd);
    }
}
