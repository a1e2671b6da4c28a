package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/** Picking the model from the environment, and keys coming only from there. */
class LlmEnvironmentTest {
    @TempDir
    Path cache;

    @Test
    void emptyWhenNothingIsConfigured() {
        assertTrue(Llm.fromEnvironment(Map.of()).isEmpty());
        assertTrue(Llm.fromEnvironment(Map.of(Llm.ENV, "  ")).isEmpty());
    }

    @Test
    void specSettingsAndLimitsFromTheEnvironment() {
        try (LoopbackChatServer s = LoopbackChatServer.start(r -> Reply.answer("ok"))) {
            Map<String, String> env = Map.of(Llm.ENV, "openai-compatible:" + s.openAiBaseUrl() + "|m?seed=4",
                    "WORKBENCH_LLM_API_KEY", Loopback.KEY, ResponseCache.CACHE_ENV, cache.toString(),
                    "WORKBENCH_LLM_MAX_CALLS", "1", "WORKBENCH_LLM_CONCURRENCY", "6");
            try (LlmClient c = Llm.fromEnvironment(env).orElseThrow()) {
                assertEquals(4, c.spec().seed());
                assertEquals(6, c.concurrency(), "what a sweep runs this client's predictions with");
                assertEquals("ok", c.complete(new ChatPrompt("s", "u", "")).text());
                assertThrows(BudgetExceededException.class, () -> c.complete(new ChatPrompt("s", "v", "")));
            }
            assertEquals("Bearer " + Loopback.KEY, s.requests().get(0).authorization(),
                    "the compatible endpoint's key comes from WORKBENCH_LLM_API_KEY");
            assertTrue(cache.toFile().list().length > 0, "WORKBENCH_LLM_CACHE moved the cache");
        }
    }

    @Test
    void openAiWithoutAKeyFailsSayingWhichVariable() {
        LlmException e = assertThrows(LlmException.class,
                () -> Llm.fromEnvironment(Map.of(Llm.ENV, "openai:gpt-4o-mini")));
        assertTrue(e.getMessage().contains("OPENAI_API_KEY"), e.getMessage());
    }

    @Test
    void badNumbersNameTheVariable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Llm.fromEnvironment(
                Map.of(Llm.ENV, "ollama:llama3.1:8b", "WORKBENCH_LLM_RPM", "fast")));
        assertTrue(e.getMessage().contains("WORKBENCH_LLM_RPM"), e.getMessage());
    }

    @Test
    void theCompatibleEndpointNeverGetsTheOpenAiKey() {
        try (LoopbackChatServer s = LoopbackChatServer.start(r -> Reply.answer("ok"))) {
            Map<String, String> env = Map.of(Llm.ENV, "openai-compatible:" + s.openAiBaseUrl() + "|m",
                    "OPENAI_API_KEY", Loopback.KEY);
            try (LlmClient c = Llm.environmentBuilder(env).orElseThrow().cache(cache).progress(false).build()) {
                c.complete(new ChatPrompt("s", "u", ""));
            }
            assertFalse(s.requests().get(0).authorization().contains(Loopback.KEY));
        }
    }

    @Test
    void replayOfACacheWithSeveralModelsAsksWhichOne() throws Exception {
        try (LoopbackChatServer s = LoopbackChatServer.start(r -> Reply.answer("ok"))) {
            for (String model : new String[] {"a", "b"}) {
                try (LlmClient c = Llm.builder("openai-compatible:" + s.openAiBaseUrl() + "|" + model).cache(cache)
                        .progress(false).build()) {
                    c.complete(new ChatPrompt("s", "u", ""));
                }
            }
        }
        LlmException e = assertThrows(LlmException.class,
                () -> Llm.fromEnvironment(Map.of(Llm.REPLAY_ENV, cache.toString())));
        assertTrue(e.getMessage().contains("2 models") && e.getMessage().contains(Llm.ENV), e.getMessage());
    }
}
