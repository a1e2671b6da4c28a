package org.socialsim.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.internal.ActionAnswerParser;
import org.socialsim.workbench.experiment.internal.ActionAnswerParser.Parsed;

class ActionAnswerParserTest {

    @Test
    void readsJsonAnywhereInTheAnswer() {
        assertEquals(Action.QUOTE, ActionAnswerParser.parse("{\"action\": \"quote\"}").action());
        assertEquals(Action.REWRITE, ActionAnswerParser.parse("Sure!\n```json\n{\"action\":\"Rewrite\"}\n```").action());
        assertEquals(Action.RETWEET, ActionAnswerParser.parse("<think>quote or rewrite?</think>{\"action\": \"retweet\"}")
                .action());
    }

    @Test
    void readsASingleActionWordInFreeText() {
        assertEquals(Action.RETWEET, ActionAnswerParser.parse("The user would retweet it.").action());
        assertEquals(Action.REWRITE, ActionAnswerParser.parse("They rewrote it in their own words").action());
        assertEquals(Action.QUOTE, ActionAnswerParser.parse("Quoted, with a comment.").action());
    }

    @Test
    void unreadableAnswersCarryTheirReason() {
        Parsed none = ActionAnswerParser.parse("I cannot tell.");
        assertFalse(none.ok());
        assertEquals("no action named", none.why());
        Parsed both = ActionAnswerParser.parse("Either retweet or quote.");
        assertNull(both.action());
        assertTrue(both.why().contains("retweet and quote"), both.why());
        Parsed bad = ActionAnswerParser.parse("{\"action\": \"like\"}");
        assertTrue(bad.why().contains("unknown action 'like'"), bad.why());
        assertEquals("empty answer", ActionAnswerParser.parse("  ").why());
        assertFalse(ActionAnswerParser.parse("quotation marks are not actions").ok());
    }
}
