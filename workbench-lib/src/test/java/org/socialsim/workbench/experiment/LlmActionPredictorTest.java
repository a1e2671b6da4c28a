package org.socialsim.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.llm.LabelAnswer;
import org.socialsim.workbench.llm.LabelParser;
import org.socialsim.workbench.llm.Prices;
import org.socialsim.workbench.prompt.PromptConfig;

class LlmActionPredictorTest {
    private final EngagementCase c = TestCases.engagementCase("1", new ActionRates(5, 1, 0), List.of());
    private final LabelParser<Action> parser = LlmActionPredictor.parser();

    @Test
    void readsJsonAnywhereInTheAnswer() {
        assertEquals(Action.QUOTE, parser.parse("{\"action\": \"quote\"}").value());
        assertEquals(Action.REWRITE, parser.parse("Sure!\n```json\n{\"action\":\"Rewrite\"}\n```").value());
        assertEquals(Action.RETWEET, parser.parse("<think>quote or rewrite?</think>{\"action\": \"retweet\"}").value());
    }

    @Test
    void readsASingleActionWordInFreeText() {
        assertEquals(Action.RETWEET, parser.parse("The user would retweet it.").value());
        assertEquals(Action.RETWEET, parser.parse("They re-tweeted it at once.").value());
        assertEquals(Action.REWRITE, parser.parse("They rewrote it in their own words").value());
        assertEquals(Action.REWRITE, parser.parse("A post re-written in their voice.").value());
        assertEquals(Action.QUOTE, parser.parse("Quoted, with a comment.").value());
        assertEquals(Action.QUOTE, parser.parse("Not a retweet: a quote tweet.").value());
    }

    @Test
    void unreadableAnswersCarryTheirReason() {
        LabelAnswer<Action> none = parser.parse("I cannot tell.");
        assertFalse(none.parsed());
        assertTrue(none.reason().startsWith("no label mentioned"), none.reason());
        LabelAnswer<Action> both = parser.parse("Either retweet or quote.");
        assertNull(both.value());
        assertTrue(both.reason().contains("ambiguous: mentions retweet, quote"), both.reason());
        LabelAnswer<Action> bad = parser.parse("{\"action\": \"like\"}");
        assertTrue(bad.reason().contains("'like'"), bad.reason());
        assertEquals("empty answer", parser.parse("  ").reason());
        assertFalse(parser.parse("quotation marks are not actions").parsed());
    }

    @Test
    void promptsWithTheConfigurationAndParsesTheAnswer() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(ScriptedLlmClient::byRates);
        LlmActionPredictor p = LlmActionPredictor.of(llm, PromptConfig.userInfo(Set.of(FeatureGroup.RATES)));
        MeteredPredictor.Metered m = p.predictMetered(c);
        assertEquals(Action.RETWEET, m.prediction().action());
        assertEquals(1, m.usage().calls());
        assertTrue(m.usage().inputTokens() > 0);
        assertEquals("openai-compatible:http://127.0.0.1:1/v1|scripted / user-info [rates]", p.name());
        // zero-shot hides the rates, so the scripted model falls back to quote
        assertEquals(Action.QUOTE, LlmActionPredictor.of(llm, PromptConfig.zeroShot()).predict(c).action());
    }

    @Test
    void eachPredictionIsPricedByTheClientsPrices() {
        ScriptedLlmClient unpriced = ScriptedLlmClient.answering(ScriptedLlmClient::byRates);
        CallUsage none = LlmActionPredictor.of(unpriced, PromptConfig.zeroShot()).predictMetered(c).usage();
        assertTrue(Double.isNaN(none.costUsd()), "an openai-compatible endpoint has no list price");

        ScriptedLlmClient priced = ScriptedLlmClient.answering(ScriptedLlmClient::byRates)
                .pricedAt(Prices.none().with("scripted", 2.0, 8.0));
        CallUsage u = LlmActionPredictor.of(priced, PromptConfig.zeroShot()).predictMetered(c).usage();
        double expected = (u.inputTokens() * 2.0 + u.outputTokens() * 8.0) / 1e6;
        assertEquals(expected, u.costUsd(), 1e-12);
        assertTrue(u.costUsd() > 0);
        assertEquals(0.0, u.savedUsd());
    }

    @Test
    void unparsedAnswersAreKeptWithTheirReason() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(pr -> "hmm, hard to say");
        Prediction p = LlmActionPredictor.of(llm, PromptConfig.zeroShot()).predict(c);
        assertFalse(p.parsed());
        assertEquals("hmm, hard to say", p.rawAnswer());
        assertTrue(p.note().startsWith("no label mentioned"), p.note());
        assertEquals(1, llm.calls());
    }

    @Test
    void oneRepairRetryShowsTheModelItsAnswer() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(pr -> pr.user().contains("Your previous reply was:\nhmm")
                ? "{\"action\": \"rewrite\"}" : "hmm");
        MeteredPredictor.Metered m = LlmActionPredictor.of(llm, PromptConfig.zeroShot()).withRepair(true)
                .predictMetered(c);
        assertEquals(Action.REWRITE, m.prediction().action());
        assertTrue(m.prediction().note().startsWith("repaired (first answer: no label mentioned"),
                m.prediction().note());
        assertEquals("hmm\n--- repair ---\n{\"action\": \"rewrite\"}", m.prediction().rawAnswer());
        assertEquals(2, m.usage().calls());

        ScriptedLlmClient stubborn = ScriptedLlmClient.answering(pr -> "hmm");
        Prediction still = LlmActionPredictor.of(stubborn, PromptConfig.zeroShot()).withRepair(true).predict(c);
        assertFalse(still.parsed());
        assertTrue(still.note().contains("after one repair"), still.note());
        assertEquals(2, stubborn.calls());
    }

    @Test
    void predictAllKeepsOrderAndRepairsOnlyTheUnreadable() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(pr -> pr.user().contains("previous reply") ? "rewrite"
                : pr.user().contains("this week 2") ? "no idea" : ScriptedLlmClient.byRates(pr));
        LlmActionPredictor p = LlmActionPredictor.of(llm, PromptConfig.userInfo(Set.of(FeatureGroup.RATES)))
                .withRepair(true);
        List<Prediction> out = p.predictAll(List.of(c, TestCases.engagementCase("2", new ActionRates(3, 0, 0),
                List.of())));
        assertEquals(List.of("1", "2"), out.stream().map(Prediction::caseId).toList());
        assertEquals(Action.RETWEET, out.get(0).action());
        assertEquals(Action.REWRITE, out.get(1).action());
        assertTrue(out.get(1).note().startsWith("repaired"), out.get(1).note());
        assertEquals(3, llm.calls(), "two first prompts and one repair");
    }
}
