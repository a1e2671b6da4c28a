package org.socialsim.workbench.llm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/** The {@link LlmClientContract} run against each way a client can answer. */
class LlmClientContractTests {
    static LoopbackChatServer server;

    @BeforeAll
    static void start() {
        server = LoopbackChatServer.start(r -> Reply.answer("re: " + r.user()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Clients in front of the loopback server, which answers "re: " + the user message. */
    abstract static class Echoing extends LlmClientContract {
        @TempDir
        Path cache;

        @Override
        boolean acceptable(ChatPrompt p, String text) {
            return text.equals("re: " + p.user());
        }
    }

    @Nested
    class OpenAiApi extends Echoing {
        @Override
        LlmClient newClient() {
            return Loopback.openAi(server, cache).build();
        }
    }

    @Nested
    class OpenAiCompatibleEndpoint extends Echoing {
        @Override
        LlmClient newClient() {
            return Llm.builder("openai-compatible:" + server.openAiBaseUrl() + "|qwen2.5-7b").environment(Map.of())
                    .cache(cache).progress(false).build();
        }
    }

    @Nested
    class OllamaApi extends Echoing {
        @Override
        LlmClient newClient() {
            return Llm.builder("ollama:" + server.ollamaBaseUrl() + "|llama3.1:8b").cache(cache).progress(false)
                    .build();
        }
    }

    @Nested
    class ReplayFromCache extends Echoing {
        @Override
        LlmClient newClient() {
            try (LlmClient live = Loopback.openAi(server, cache).build()) {
                live.completeAll(prompts());
                return Llm.builder(live.spec()).environment(Map.of()).replayFrom(cache).progress(false).build();
            }
        }
    }

    @Nested
    class InProcessLlamaCpp extends LlmClientContract {
        static final List<String> LABELS = List.of("retweet", "quote", "rewrite");
        @TempDir
        Path dir;

        @Override
        LlmClient newClient() throws Exception {
            Path gguf = TinyGguf.write(Files.createDirectories(dir.resolve("model")).resolve("tiny.gguf"), 11);
            return Llm.builder("gguf:" + gguf + "?seed=3&max_tokens=16").constrainTo(LABELS).engine(512, 1)
                    .cache(dir.resolve("cache")).progress(false).build();
        }

        @Override
        boolean acceptable(ChatPrompt p, String text) {
            return LABELS.contains(text);
        }
    }
}
