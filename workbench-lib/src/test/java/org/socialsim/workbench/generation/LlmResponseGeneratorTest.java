package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.llm.LlmException;

class LlmResponseGeneratorTest {
    private final EngagementCase c = Fixtures.caseOf("c1", "Boosters open to all adults.", List.of());

    @Test
    void retweetRepeatsThePostWithoutACall() {
        ScriptedLlmClient client = new ScriptedLlmClient(p -> "should not be asked");
        LlmResponseGenerator g = LlmResponseGenerator.create(client);
        assertEquals("Boosters open to all adults.", g.generate(c, Action.RETWEET));
        assertTrue(client.prompts.isEmpty());
        assertEquals("LLM ollama:scripted-test-model", g.name());
    }

    @Test
    void quoteAndRewriteAskTheModelAndCleanTheAnswer() {
        ScriptedLlmClient client = new ScriptedLlmClient(p -> p.user().contains("QUOTE")
                ? "Comment: \"About time!\"" : "{\"text\": \"All adults can get boosters now.\"}");
        LlmResponseGenerator g = LlmResponseGenerator.create(client);
        assertEquals("About time!", g.generate(c, Action.QUOTE));
        assertEquals("All adults can get boosters now.", g.generate(c, Action.REWRITE));
        assertEquals(2, client.prompts.size());
        assertEquals(g.prompt(c, Action.QUOTE), client.prompts.get(0));
    }

    @Test
    void batchKeepsOrderCountsUnusableAnswersAndSkipsRetweets() {
        ScriptedLlmClient client = new ScriptedLlmClient(p -> p.user().contains("item-3") ? "   "
                : "reply to " + p.user().substring(p.user().indexOf("item-"), p.user().indexOf("item-") + 6));
        LlmResponseGenerator g = LlmResponseGenerator.create(client);
        List<EngagementCase> cases = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            cases.add(Fixtures.caseOf("c" + i, "item-" + (i % 10), List.of()));
        }
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            actions.add(i == 5 ? null : Action.values()[i % 3]);
        }
        List<GeneratedResponse> out = g.generateAll(cases, actions);
        assertEquals(70, out.size());
        int failed = 0;
        for (int i = 0; i < 70; i++) {
            GeneratedResponse r = out.get(i);
            assertEquals("c" + i, r.caseId());
            if (i == 5) {
                assertFalse(r.ok());
                assertTrue(r.note().contains("no action"));
            } else if (actions.get(i) == Action.RETWEET) {
                assertEquals("item-" + (i % 10), r.text());
            } else if (i % 10 == 3) {
                assertNull(r.text());
                assertEquals("empty answer", r.note());
                failed++;
            } else {
                assertEquals("reply to item-" + (i % 10), r.text());
                assertFalse(r.rawAnswer().isEmpty());
            }
        }
        assertTrue(failed > 0);
        long calls = Arrays.stream(actions.toArray(new Action[0]))
                .filter(a -> a == Action.QUOTE || a == Action.REWRITE).count();
        assertEquals(calls, client.prompts.size());
    }

    @Test
    void aFailedCallStopsWithContext() {
        ScriptedLlmClient client = new ScriptedLlmClient(p -> {
            throw new LlmException("budget of 10 calls spent");
        });
        LlmResponseGenerator g = LlmResponseGenerator.create(client);
        LlmException e = assertThrows(LlmException.class,
                () -> g.generateAll(List.of(c), List.of(Action.QUOTE)));
        assertTrue(e.getMessage().contains("budget of 10 calls spent"));
        assertTrue(e.getMessage().contains("stopped (1 model calls asked"), e.getMessage());
    }
}
