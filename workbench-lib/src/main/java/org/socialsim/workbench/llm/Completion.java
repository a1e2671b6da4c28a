package org.socialsim.workbench.llm;

import java.util.Objects;

/**
 * A chat model's answer with its bookkeeping.
 *
 * @param text            the visible answer, with hidden reasoning blocks (e.g. {@code <think>...</think>}) removed
 * @param reasoning       the removed reasoning text, empty if none
 * @param inputTokens     prompt tokens reported by the provider (0 if unknown)
 * @param outputTokens    completion tokens reported by the provider, reasoning included (0 if unknown)
 * @param reasoningTokens tokens spent in hidden reasoning (reported or estimated; 0 if none)
 * @param fromCache       whether the answer was served from the response cache
 */
public record Completion(String text, String reasoning, long inputTokens, long outputTokens, long reasoningTokens,
                         boolean fromCache) {
    public Completion {
        Objects.requireNonNull(text, "text");
        reasoning = reasoning == null ? "" : reasoning;
    }
}
