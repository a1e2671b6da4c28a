package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ModelSpecTest {
    @Test
    void parsesEachProvider() {
        ModelSpec o = ModelSpec.parse("openai:gpt-4o-mini");
        assertEquals("openai", o.provider());
        assertEquals("gpt-4o-mini", o.model());
        assertEquals("", o.baseUrl());
        assertEquals(0.0, o.temperature());
        assertNull(o.seed());
        assertEquals(ModelSpec.DEFAULT_MAX_TOKENS, o.maxTokens());

        ModelSpec ollama = ModelSpec.parse("ollama:llama3.1:8b");
        assertEquals("llama3.1:8b", ollama.model());

        ModelSpec remote = ModelSpec.parse("ollama:http://gpu-box:11434|llama3.1:8b");
        assertEquals("http://gpu-box:11434", remote.baseUrl());
        assertEquals("llama3.1:8b", remote.model());

        ModelSpec vllm = ModelSpec.parse("openai-compatible:http://127.0.0.1:8000/v1|qwen2.5-7b?temperature=0.7&seed=7"
                + "&max_tokens=64");
        assertEquals("http://127.0.0.1:8000/v1", vllm.baseUrl());
        assertEquals("qwen2.5-7b", vllm.model());
        assertEquals(0.7, vllm.temperature());
        assertEquals(7, vllm.seed());
        assertEquals(64, vllm.maxTokens());

        assertEquals("/models/m.gguf", ModelSpec.parse("gguf:/models/m.gguf").model());
    }

    @Test
    void roundTripsThroughItsStringAndJson() throws Exception {
        for (String s : new String[] {"openai:gpt-4o-mini", "ollama:llama3.1:8b?seed=3",
                "openai-compatible:http://127.0.0.1:8000/v1|qwen?temperature=1.5&max_tokens=9", "gguf:/a/b.gguf"}) {
            ModelSpec spec = ModelSpec.parse(s);
            assertEquals(spec, ModelSpec.parse(spec.toString()));
            ObjectMapper json = new ObjectMapper();
            assertEquals(spec, json.readValue(json.writeValueAsString(spec), ModelSpec.class));
        }
        assertEquals("openai-compatible:http://h/v1|m", ModelSpec.parse("openai-compatible:http://h/v1|m").label());
    }

    @Test
    void rejectsBadSpecsWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("gpt-4o-mini")).getMessage()
                .contains("no provider"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("anthropic:claude"))
                .getMessage().contains("unknown LLM provider"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("openai-compatible:qwen"))
                .getMessage().contains("base URL"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("openai:gpt-4o?top_k=3"))
                .getMessage().contains("top_k"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("openai:gpt-4o?temperature=x"))
                .getMessage().contains("openai:gpt-4o?temperature=x"));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("openai:gpt-4o?temperature=3"));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("openai:gpt-4o?max_tokens=0"));
        assertThrows(IllegalArgumentException.class, () -> ModelSpec.parse("openai:"));
    }
}
