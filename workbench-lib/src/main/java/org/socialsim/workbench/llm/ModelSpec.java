package org.socialsim.workbench.llm;

import java.util.Objects;

/**
 * Which chat model to use, parsed from one spec string such as {@code openai:gpt-4o-mini},
 * {@code ollama:llama3.1:8b}, {@code openai-compatible:http://localhost:8000/v1|model} or {@code gguf:/path/m.gguf},
 * plus the sampling parameters recorded with every result. It never holds an API key: keys come from the
 * environment at call time.
 *
 * @param provider    "openai", "openai-compatible", "ollama" or "gguf"
 * @param model       the model name (or GGUF path)
 * @param baseUrl     endpoint base URL, or empty for the provider's default
 * @param temperature sampling temperature
 * @param seed        sampling seed sent to providers that accept one (null when not set)
 * @param maxTokens   answer token limit
 */
public record ModelSpec(String provider, String model, String baseUrl, double temperature, Integer seed,
                        int maxTokens) {
    public ModelSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        baseUrl = baseUrl == null ? "" : baseUrl;
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
        }
    }

    /** The spec string this was parsed from (provider:model, with the base URL when set). */
    public String label() {
        return baseUrl.isEmpty() ? provider + ":" + model : provider + ":" + baseUrl + "|" + model;
    }
}
