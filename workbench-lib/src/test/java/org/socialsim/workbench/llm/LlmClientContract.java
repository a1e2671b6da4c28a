package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LlmClient} must do, whatever answers behind it (a remote API, a local engine, a replay cache).
 * Each implementation's test extends this and says how to make a client and which answers are acceptable.
 */
abstract class LlmClientContract {
    LlmClient client;

    /** A fresh client (its cache, if any, in a fresh folder). */
    abstract LlmClient newClient() throws Exception;

    /** Whether {@code text} is an acceptable answer to {@code prompt} for this implementation. */
    abstract boolean acceptable(ChatPrompt prompt, String text);

    /** Prompts this implementation can answer. */
    List<ChatPrompt> prompts() {
        return List.of(new ChatPrompt("Answer with one word.", "post one", "contract"),
                new ChatPrompt("Answer with one word.", "post two", "contract"),
                new ChatPrompt("Answer with one word.", "post three", "contract"));
    }

    @BeforeEach
    void open() throws Exception {
        client = newClient();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void namesItsModelWithoutSecrets() {
        ModelSpec spec = client.spec();
        assertNotNull(spec);
        assertEquals(spec, ModelSpec.parse(spec.toString()), "the spec round-trips through its string");
        assertFalse(spec.toString().contains(Loopback.KEY));
    }

    @Test
    void completesAPrompt() {
        ChatPrompt p = prompts().get(0);
        Completion c = client.complete(p);
        assertTrue(acceptable(p, c.text()), "answer '" + c.text() + "'");
    }

    @Test
    void completeAllAnswersInOrderAndAgainIdentically() {
        List<ChatPrompt> ps = prompts();
        List<Completion> first = client.completeAll(ps);
        assertEquals(ps.size(), first.size());
        for (int i = 0; i < ps.size(); i++) {
            assertTrue(acceptable(ps.get(i), first.get(i).text()), "answer " + i + ": '" + first.get(i).text() + "'");
        }
        List<Completion> second = client.completeAll(ps);
        for (int i = 0; i < ps.size(); i++) {
            assertEquals(first.get(i).text(), second.get(i).text());
            assertTrue(second.get(i).fromCache(), "the second batch is served from the cache");
        }
    }

    @Test
    void usageAccountsForEveryAnswer() {
        List<ChatPrompt> ps = prompts();
        client.completeAll(ps);
        client.complete(ps.get(0));
        Usage u = client.usage();
        assertEquals(ps.size() + 1, u.calls() + u.cacheHits());
        assertTrue(u.cacheHits() >= 1);
        assertTrue(u.lines().stream().allMatch(l -> l.purpose().equals("contract")));
    }
}
