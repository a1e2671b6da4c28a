package org.socialsim.workbench.llm;

import java.util.Objects;

/**
 * One answer in the {@link ResponseCache}: the model's visible answer, its hidden reasoning and token counts, keyed
 * by the hash of model, parameters and prompt. Never holds an API key, and not the prompt itself (only its hash).
 *
 * @param key                the cache key (SHA-256 hex of provider, model, base URL, parameters, constraint, prompt)
 * @param model              the full model spec string that answered
 * @param purpose            the purpose tag of the prompt that first recorded it
 * @param text               the visible answer
 * @param reasoning          the removed reasoning, empty if none
 * @param inputTokens        prompt tokens
 * @param outputTokens       answer tokens, reasoning included
 * @param reasoningTokens    reasoning tokens
 * @param reasoningEstimated whether {@code reasoningTokens} is an estimate rather than reported by the provider
 * @param recordedAt         when it was recorded (ISO-8601 instant)
 */
public record CacheEntry(String key, String model, String purpose, String text, String reasoning, long inputTokens,
                         long outputTokens, long reasoningTokens, boolean reasoningEstimated, String recordedAt) {
    public CacheEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(text, "text");
        purpose = purpose == null ? "" : purpose;
        reasoning = reasoning == null ? "" : reasoning;
        recordedAt = recordedAt == null ? "" : recordedAt;
    }

    /** The answer as a completion served from the cache. */
    public Completion toCompletion() {
        return new Completion(text, reasoning, inputTokens, outputTokens, reasoningTokens, true);
    }
}
