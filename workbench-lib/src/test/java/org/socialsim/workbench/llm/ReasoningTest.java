package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReasoningTest {
    @Test
    void plainAnswerIsUnchanged() {
        Reasoning r = Reasoning.split("  quote \n");
        assertEquals("quote", r.answer());
        assertFalse(r.hasReasoning());
    }

    @Test
    void thinkBlockIsRemoved() {
        Reasoning r = Reasoning.split("<think>\nThe user quotes often.\n</think>\n\n{\"action\": \"quote\"}");
        assertEquals("{\"action\": \"quote\"}", r.answer());
        assertEquals("The user quotes often.", r.reasoning());
    }

    @Test
    void severalBlocksAndOtherTagNames() {
        Reasoning r = Reasoning.split("<thinking>a</thinking>x <REASONING>b</REASONING> y");
        assertEquals("x  y", r.answer());
        assertEquals("a\n\nb", r.reasoning());
    }

    @Test
    void unterminatedLeadingBlockIsAllReasoning() {
        Reasoning r = Reasoning.split("<think>I should consider whether the user would retweet or");
        assertEquals("", r.answer());
        assertTrue(r.reasoning().startsWith("I should consider"));
    }

    @Test
    void loneClosingTagMakesThePrefixReasoning() {
        Reasoning r = Reasoning.split("the template opened the block, so only the end shows</think>rewrite");
        assertEquals("rewrite", r.answer());
        assertEquals("the template opened the block, so only the end shows", r.reasoning());
    }

    @Test
    void estimatesAboutFourCharactersPerToken() {
        assertEquals(0, Reasoning.estimateTokens(""));
        assertEquals(1, Reasoning.estimateTokens("ab"));
        assertEquals(25, Reasoning.estimateTokens("x".repeat(100)));
    }
}
