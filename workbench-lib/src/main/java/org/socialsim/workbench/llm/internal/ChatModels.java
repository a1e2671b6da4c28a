package org.socialsim.workbench.llm.internal;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.socialsim.workbench.llm.LlamaCppChatModel;
import org.socialsim.workbench.llm.LlmException;
import org.socialsim.workbench.llm.ModelSpec;

/**
 * Makes the LangChain4j {@link ChatModel} a spec names, with LangChain4j's own retries off (the workbench retries)
 * and the key read from the environment map, never from the spec.
 */
public final class ChatModels {
    /** The key variable for the OpenAI API. */
    public static final String OPENAI_KEY = "OPENAI_API_KEY";
    /** The key variable for openai-compatible endpoints (optional: local servers usually want none). */
    public static final String COMPATIBLE_KEY = "WORKBENCH_LLM_API_KEY";
    /** Ollama's default address. */
    public static final String OLLAMA_URL = "http://localhost:11434";
    /** OpenAI's default address. */
    public static final String OPENAI_URL = "https://api.openai.com/v1";

    private ChatModels() {
    }

    /** A model made for a spec: the LangChain4j model, the key it uses (for scrubbing), and where it answers. */
    public record Made(ChatModel model, String key, String endpoint, AutoCloseable resources) {
    }

    /**
     * Makes the model.
     *
     * @param grammar     GBNF grammar for gguf models ("" for none; other providers ignore it)
     * @param env         the environment to read keys from
     * @param contextSize gguf context window
     * @param threads     gguf CPU threads
     */
    public static Made create(ModelSpec spec, String grammar, Duration timeout, Map<String, String> env,
                              int contextSize, int threads) {
        return create(spec, grammar, timeout, env, contextSize, threads, CapturingHttpClient.builder());
    }

    /**
     * Makes the model over another HTTP client (HTTP providers only; the benchmark's in-memory client measures what
     * LangChain4j costs with no network).
     */
    public static Made create(ModelSpec spec, String grammar, Duration timeout, Map<String, String> env,
                              int contextSize, int threads, HttpClientBuilder http) {
        return switch (spec.provider()) {
            case "openai" -> openAi(spec, timeout, requireKey(env, OPENAI_KEY, spec),
                    spec.baseUrl().isEmpty() ? OPENAI_URL : spec.baseUrl(), true, http);
            case "openai-compatible" -> openAi(spec, timeout, env.get(COMPATIBLE_KEY), spec.baseUrl(), false, http);
            case "ollama" -> ollama(spec, timeout, http);
            case "gguf" -> {
                LlamaCppChatModel m = LlamaCppChatModel.load(spec, grammar, contextSize, threads);
                yield new Made(m, null, spec.label(), m);
            }
            default -> throw new LlmException("no provider for " + spec.label());
        };
    }

    private static String requireKey(Map<String, String> env, String name, ModelSpec spec) {
        String key = env.get(name);
        if (key == null || key.isBlank()) {
            throw new LlmException(spec.label() + " needs an API key in the environment variable " + name
                    + " (it is read only from the environment and never stored)");
        }
        return key.strip();
    }

    private static Made openAi(ModelSpec spec, Duration timeout, String key, String baseUrl, boolean official,
                               HttpClientBuilder http) {
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(baseUrl)
                .apiKey(key == null || key.isBlank() ? "none" : key.strip())
                .modelName(spec.model())
                .timeout(timeout)
                .maxRetries(0)
                .returnThinking(true)
                .seed(spec.seed());
        if (official) {
            b.maxCompletionTokens(spec.maxTokens());
            if (!fixedTemperature(spec.model())) {
                b.temperature(spec.temperature());
            }
        } else {
            b.maxTokens(spec.maxTokens()).temperature(spec.temperature());
        }
        return new Made(b.build(), key, endpoint(spec, baseUrl), null);
    }

    private static String endpoint(ModelSpec spec, String url) {
        return spec.baseUrl().isEmpty() ? spec.label() + " at " + url : spec.label();
    }

    /** OpenAI's reasoning models (o1, o3, o4, gpt-5 families) accept only their default temperature. */
    static boolean fixedTemperature(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        return m.matches("^o\\d.*") || m.startsWith("gpt-5");
    }

    private static Made ollama(ModelSpec spec, Duration timeout, HttpClientBuilder http) {
        String url = spec.baseUrl().isEmpty() ? OLLAMA_URL : spec.baseUrl();
        OllamaChatModel m = OllamaChatModel.builder()
                .httpClientBuilder(http)
                .baseUrl(url)
                .modelName(spec.model())
                .temperature(spec.temperature())
                .seed(spec.seed())
                .numPredict(spec.maxTokens())
                .timeout(timeout)
                .returnThinking(true)
                .maxRetries(0)
                .build();
        return new Made(m, null, endpoint(spec, url), null);
    }
}
