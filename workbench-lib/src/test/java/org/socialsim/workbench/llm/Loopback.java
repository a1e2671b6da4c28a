package org.socialsim.workbench.llm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;

/** Test settings for clients against the loopback server: fast retries, no progress bar, a given cache folder. */
final class Loopback {
    /** A fake key; tests assert it never reaches cache files or messages. */
    static final String KEY = "sk-test-0123456789abcdefSECRET";
    static final Map<String, String> ENV = Map.of("OPENAI_API_KEY", KEY, "WORKBENCH_LLM_API_KEY", KEY);

    private Loopback() {
    }

    /** Retries after 20 ms doubling to 200 ms, 4 attempts in all. */
    static RetryPolicy fastRetry() {
        return new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), 2.0, 0.2, Duration.ofSeconds(5), 7);
    }

    /** An OpenAI-API builder (spec "openai:" with the loopback base URL, key from the fake environment). */
    static Llm.Builder openAi(LoopbackChatServer s, Path cache) {
        return Llm.builder(ModelSpec.of("openai", "gpt-4o-mini").withBaseUrl(s.openAiBaseUrl()))
                .environment(ENV).cache(cache).retry(fastRetry()).progress(false).timeout(Duration.ofSeconds(5));
    }
}
