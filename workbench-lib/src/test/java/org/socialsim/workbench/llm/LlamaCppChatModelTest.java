package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real llama.cpp engine (de.kherud:llama) on a tiny random-weight GGUF this test writes: a grammar makes even
 * random weights answer with a valid label; without it they babble.
 */
class LlamaCppChatModelTest {
    static final List<String> LABELS = List.of("retweet", "quote", "rewrite");
    @TempDir
    static Path dir;
    static Path gguf;
    static LlamaCppChatModel constrained;

    @BeforeAll
    static void load() throws Exception {
        gguf = TinyGguf.write(dir.resolve("tiny.gguf"), 42);
        constrained = LlamaCppChatModel.load(ModelSpec.parse("gguf:" + gguf + "?temperature=1.0&seed=1&max_tokens=24"),
                LlamaCppChatModel.labelGrammar(LABELS), 512, 1);
    }

    @AfterAll
    static void close() {
        constrained.close();
    }

    private static ChatRequest request(String user) {
        return ChatRequest.builder().messages(SystemMessage.from("Pick an action."), UserMessage.from(user)).build();
    }

    @Test
    void theTestModelIsTiny() throws Exception {
        long size = Files.size(gguf);
        assertTrue(size < 500_000, "a few hundred KB, was " + size);
    }

    @Test
    void grammarForcesALabelFromRandomWeights() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            ChatResponse r = constrained.chat(request("post number " + i + ": what does the user do?"));
            String text = r.aiMessage().text();
            assertTrue(LABELS.contains(text), "'" + text + "' is not a label");
            seen.add(text);
            assertTrue(r.tokenUsage().inputTokenCount() > 10, "prompt tokens counted");
            assertTrue(r.tokenUsage().outputTokenCount() > 0, "answer tokens counted");
        }
        assertFalse(seen.isEmpty());
    }

    @Test
    void withoutAGrammarRandomWeightsBabble() {
        ModelSpec spec = ModelSpec.parse("gguf:" + gguf + "?temperature=1.0&seed=1&max_tokens=12");
        try (LlamaCppChatModel free = LlamaCppChatModel.load(spec, "", 512, 1)) {
            String text = free.chat(request("what does the user do?")).aiMessage().text();
            assertFalse(LABELS.contains(text.strip()), "random weights should not produce a label by themselves: "
                    + text);
            assertEquals("", free.grammar());
        }
    }

    @Test
    void sameSeedSameAnswer() {
        String a = constrained.chat(request("determinism")).aiMessage().text();
        String b = constrained.chat(request("determinism")).aiMessage().text();
        assertEquals(a, b);
    }

    @Test
    void labelGrammarEscapesQuotes() {
        assertEquals("root ::= \"a\\\"b\" | \"c\"", LlamaCppChatModel.labelGrammar(List.of("a\"b", "c")));
    }

    @Test
    void missingFileFailsNamingIt() {
        LlmException e = assertThrows(LlmException.class,
                () -> LlamaCppChatModel.load(ModelSpec.parse("gguf:/nonexistent/m.gguf"), "", 512, 1));
        assertTrue(e.getMessage().contains("/nonexistent/m.gguf"), e.getMessage());
    }

    @Test
    void aFileThatIsNotGgufFailsClearly() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.gguf"), "not a model");
        LlmException e = assertThrows(LlmException.class,
                () -> LlamaCppChatModel.load(ModelSpec.parse("gguf:" + junk), "", 512, 1));
        assertTrue(e.getMessage().contains("junk.gguf"), e.getMessage());
    }
}
