package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/** The Ollama provider (LangChain4j OllamaChatModel) against an Ollama-API server on loopback. */
class OllamaClientTest {
    @TempDir
    Path cache;

    @Test
    void answersRetriesAndSplitsThinking() throws Exception {
        try (LoopbackChatServer s = LoopbackChatServer.start(r -> Reply.answerWithReasoning("retweet",
                "the user retweets news", -1))) {
            s.enqueue(Reply.error(503, "loading model"));
            try (LlmClient c = Llm.builder("ollama:" + s.ollamaBaseUrl() + "|llama3.1:8b?temperature=0.3&seed=5")
                    .cache(cache).retry(Loopback.fastRetry()).progress(false).build()) {
                Completion a = c.complete(new ChatPrompt("sys", "what now?", "action"));
                assertEquals("retweet", a.text());
                assertEquals("the user retweets news", a.reasoning());
                assertTrue(a.reasoningTokens() > 0, "reasoning tokens estimated");
                assertEquals(1, c.usage().retries());
                assertEquals(c.usage().reasoningTokens(), c.usage().lines().get(0).estimatedReasoningTokens());
                assertEquals(0.0, c.usage().cost(), "a local model costs nothing");
            }
            LoopbackChatServer.Request r = s.requests().get(1);
            assertEquals("ollama", r.api());
            assertEquals("llama3.1:8b", r.model());
            assertEquals("what now?", r.user());
            JsonNode options = new ObjectMapper().readTree(r.body()).path("options");
            assertEquals(5, options.path("seed").asInt());
            assertEquals(0.3, options.path("temperature").asDouble());
            assertEquals(ModelSpec.DEFAULT_MAX_TOKENS, options.path("num_predict").asInt());
        }
    }
}
