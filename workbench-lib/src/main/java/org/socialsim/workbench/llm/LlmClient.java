package org.socialsim.workbench.llm;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way the workbench talks to a chat model: a LangChain4j {@code ChatModel} behind a response cache, rate
 * limits, retries and a budget. Action prediction, response generation, the judge, demographic inference and the
 * simulator's LLM policy all use it; nothing else talks HTTP.
 */
public interface LlmClient extends AutoCloseable {

    /** Which model, provider and parameters answer (no secrets). */
    ModelSpec spec();

    /**
     * Answers one prompt (from the cache when it can).
     *
     * @throws LlmException when the call fails after retries, the budget is spent, or a replay-only cache misses
     */
    Completion complete(ChatPrompt prompt);

    /** Answers many prompts in order; implementations run them with bounded concurrency. */
    default List<Completion> completeAll(List<ChatPrompt> prompts) {
        List<Completion> out = new ArrayList<>(prompts.size());
        for (ChatPrompt p : prompts) {
            out.add(complete(p));
        }
        return out;
    }

    /**
     * What this client used so far: cache hits, live calls, tokens and cost, by purpose. Clients that keep no
     * accounts report nothing.
     */
    default Usage usage() {
        return new Usage(spec().toString(), List.of(), 0, 0, 0);
    }

    /**
     * How many calls this client runs at once ({@link #completeAll}; the {@code concurrency} setting of
     * {@link Llm.Builder}, or {@code WORKBENCH_LLM_CONCURRENCY}); callers that submit prompts one at a time (a sweep)
     * use it as their default. Default 1.
     */
    default int concurrency() {
        return 1;
    }

    /**
     * The prices this client charges its calls at ({@link Usage} costs; callers that account per answer use
     * {@link Prices#cost(ModelSpec, long, long)} on a live completion's tokens). Default: {@link Prices#defaults()}.
     */
    default Prices prices() {
        return Prices.defaults();
    }

    @Override
    default void close() {
    }
}
