package org.socialsim.workbench.llm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which chat model to use, parsed from one spec string, plus the sampling parameters recorded with every result. It
 * never holds an API key: keys come from the environment at call time.
 *
 * <p>Spec syntax: {@code provider:target[?param=value&...]}
 * <ul>
 *   <li>{@code openai:gpt-4o-mini} (key from {@code OPENAI_API_KEY})</li>
 *   <li>{@code openai-compatible:http://127.0.0.1:8000/v1|qwen2.5-7b} (vLLM, llama.cpp server, LM Studio; the base
 *       URL and the model are separated by {@code |}; key, if the server wants one, from {@code WORKBENCH_LLM_API_KEY})</li>
 *   <li>{@code ollama:llama3.1:8b} (default base URL http://localhost:11434) or {@code ollama:http://host:11434|llama3.1:8b}</li>
 *   <li>{@code gguf:/path/model.gguf} (in-process llama.cpp on a file the user brings)</li>
 * </ul>
 * Parameters: {@code temperature} (default 0), {@code seed} (unset by default), {@code max_tokens} (default 512), e.g.
 * {@code openai:gpt-4o-mini?temperature=0.7&seed=7&max_tokens=64}. {@link #toString()} gives the full spec string back
 * and {@link #parse} reads it, so a spec round-trips through manifests and JSON.
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
    /** The providers a spec may name. */
    public static final Set<String> PROVIDERS = Set.of("openai", "openai-compatible", "ollama", "gguf");
    /** Default sampling temperature (deterministic decoding where the provider allows it). */
    public static final double DEFAULT_TEMPERATURE = 0.0;
    /** Default answer token limit; raise it for reasoning models, which think before they answer. */
    public static final int DEFAULT_MAX_TOKENS = 512;

    public ModelSpec {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        if (maxTokens <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive, was " + maxTokens);
        }
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("unknown LLM provider '" + provider + "' in model spec; expected one of "
                    + "openai, openai-compatible, ollama, gguf (e.g. openai:gpt-4o-mini)");
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("model spec for provider " + provider + " names no model");
        }
        if (provider.equals("openai-compatible") && baseUrl.isEmpty()) {
            throw new IllegalArgumentException("openai-compatible needs a base URL: openai-compatible:http://host:port/v1|model");
        }
        if (!(temperature >= 0 && temperature <= 2)) {
            throw new IllegalArgumentException("temperature must be in [0, 2], was " + temperature);
        }
    }

    /** A spec with the default parameters. */
    public static ModelSpec of(String provider, String model) {
        return new ModelSpec(provider, model, "", DEFAULT_TEMPERATURE, null, DEFAULT_MAX_TOKENS);
    }

    /**
     * Parses a spec string such as {@code openai:gpt-4o-mini?temperature=0.2}.
     *
     * @throws IllegalArgumentException naming the string and what is wrong with it
     */
    public static ModelSpec parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        String s = spec.strip();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("model spec '" + spec + "' has no provider; write provider:model, e.g. "
                    + "openai:gpt-4o-mini, ollama:llama3.1:8b, openai-compatible:http://127.0.0.1:8000/v1|qwen2.5-7b, "
                    + "gguf:/path/model.gguf");
        }
        String provider = s.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = s.substring(colon + 1);
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.lastIndexOf('?');
        if (q >= 0) {
            params = parameters(spec, rest.substring(q + 1));
            rest = rest.substring(0, q);
        }
        String baseUrl = "";
        String model = rest;
        int bar = rest.lastIndexOf('|');
        if (bar >= 0) {
            baseUrl = rest.substring(0, bar);
            model = rest.substring(bar + 1);
        }
        try {
            double temperature = params.containsKey("temperature")
                    ? Double.parseDouble(params.remove("temperature")) : DEFAULT_TEMPERATURE;
            Integer seed = params.containsKey("seed") ? Integer.valueOf(params.remove("seed")) : null;
            int maxTokens = params.containsKey("max_tokens")
                    ? Integer.parseInt(params.remove("max_tokens")) : DEFAULT_MAX_TOKENS;
            if (!params.isEmpty()) {
                throw new IllegalArgumentException("unknown parameter(s) " + params.keySet()
                        + " (known: temperature, seed, max_tokens)");
            }
            return new ModelSpec(provider, model.strip(), baseUrl, temperature, seed, maxTokens);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad model spec '" + spec + "': " + e.getMessage(), e);
        }
    }

    private static Map<String, String> parameters(String spec, String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad model spec '" + spec + "': parameter '" + pair
                        + "' is not key=value");
            }
            params.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT).replace('-', '_'),
                    pair.substring(eq + 1).strip());
        }
        return params;
    }

    /** The same model with another temperature. */
    public ModelSpec withTemperature(double t) {
        return new ModelSpec(provider, model, baseUrl, t, seed, maxTokens);
    }

    /** The same model with another sampling seed (null to unset). */
    public ModelSpec withSeed(Integer s) {
        return new ModelSpec(provider, model, baseUrl, temperature, s, maxTokens);
    }

    /** The same model with another answer token limit. */
    public ModelSpec withMaxTokens(int n) {
        return new ModelSpec(provider, model, baseUrl, temperature, seed, n);
    }

    /** The same model at another endpoint. */
    public ModelSpec withBaseUrl(String url) {
        return new ModelSpec(provider, model, url, temperature, seed, maxTokens);
    }

    /** The spec string without parameters (provider:model, with the base URL when set). */
    public String label() {
        return baseUrl.isEmpty() ? provider + ":" + model : provider + ":" + baseUrl + "|" + model;
    }

    /** The full spec string, parameters included; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return label() + "?temperature=" + temperature + (seed == null ? "" : "&seed=" + seed)
                + "&max_tokens=" + maxTokens;
    }
}
