package org.socialsim.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.prompt.PromptConfig;

class LlmActionPredictorTest {
    private final EngagementCase c = TestCases.engagementCase("1", new ActionRates(5, 1, 0), List.of());

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
    void unparsedAnswersAreKeptWithTheirReason() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(pr -> "hmm, hard to say");
        Prediction p = LlmActionPredictor.of(llm, PromptConfig.zeroShot()).predict(c);
        assertFalse(p.parsed());
        assertEquals("hmm, hard to say", p.rawAnswer());
        assertEquals("no action named", p.note());
        assertEquals(1, llm.calls());
    }

    @Test
    void oneRepairRetryShowsTheModelItsAnswer() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(pr -> pr.user().contains("Your previous answer was:\nhmm")
                ? "{\"action\": \"rewrite\"}" : "hmm");
        MeteredPredictor.Metered m = LlmActionPredictor.of(llm, PromptConfig.zeroShot()).withRepair(true)
                .predictMetered(c);
        assertEquals(Action.REWRITE, m.prediction().action());
        assertEquals("repaired (no action named)", m.prediction().note());
        assertEquals(2, m.usage().calls());

        ScriptedLlmClient stubborn = ScriptedLlmClient.answering(pr -> "hmm");
        Prediction still = LlmActionPredictor.of(stubborn, PromptConfig.zeroShot()).withRepair(true).predict(c);
        assertFalse(still.parsed());
        assertTrue(still.note().contains("after one repair"), still.note());
        assertEquals(2, stubborn.calls());
    }

    @Test
    void predictAllKeepsOrder() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(ScriptedLlmClient::byRates);
        LlmActionPredictor p = LlmActionPredictor.of(llm, PromptConfig.userInfo(Set.of(FeatureGroup.RATES)));
        List<Prediction> out = p.predictAll(List.of(c, TestCases.engagementCase("2", new ActionRates(0, 0, 3),
                List.of())));
        assertEquals(List.of("1", "2"), out.stream().map(Prediction::caseId).toList());
        assertEquals(Action.REWRITE, out.get(1).action());
    }
}
