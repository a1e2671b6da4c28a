package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LlmPolicyTest {
    static final String REPOST = "{\"emotion\": \"intense\", \"attitude\": \"positive\", \"action\": \"repost\", \"post\": \"\"}";
    static final String NONE = "```json\n{\"emotion\": \"calm\", \"attitude\": \"negative\", \"action\": \"none\"}\n```";

    /** A star: leaves 1..5 follow 0; leaves 1 and 2 are fans. */
    static Profiles profiles() {
        return Profiles.of(List.of("news desk", "football fan", "football fan too", "gardener", "retired teacher",
                "student"));
    }

    static ScriptedLlm fanScript() {
        return new ScriptedLlm(p -> p.contains("football fan") ? REPOST : NONE);
    }

    @Test
    void promptsReadersInOneBatchPerStepAndAppliesTheirDecisions() {
        ScriptedLlm llm = fanScript();
        LlmPolicy policy = LlmPolicy.of(llm, "a football club goes bankrupt", 100);
        Trajectory t = Simulation.on(Generators.star(6)).policies(policy).profiles(profiles())
                .initialAttitudes(new float[6]).build().run("llm", 3, Intervention.seed(0, "club bankrupt"));
        assertEquals(List.of(5), llm.batches, "one batch with the five readers; nobody has new posts later");
        assertEquals(3, t.last().participants(), "the source and the two fans");
        assertEquals(2, t.steps().get(1).reposts());
        assertEquals(2.0 / 6, t.steps().get(1).intense(), 1e-9);
        assertEquals(2.0 / 6, t.steps().get(1).positiveAware(), 1e-9);
        assertTrue(llm.seen.get(1).user().contains("club bankrupt"), "the feed shows the post");
        assertTrue(llm.seen.get(1).user().contains("football fan"), "the prompt shows the profile");
        assertEquals(5, policy.calls());
        assertTrue(t.reports().get(0).contains("unparsed 0"), t.reports().toString());
    }

    @Test
    void identicalPromptsAreSentOnceAndAnswersReusedAcrossRuns() {
        ScriptedLlm llm = new ScriptedLlm(p -> NONE);
        Profiles same = Profiles.of(List.of("", "same", "same", "same", "same", "same"));
        LlmPolicy policy = LlmPolicy.of(llm, "news", 100);
        Simulation sim = Simulation.on(Generators.star(6)).policies(policy).profiles(same).build();
        sim.run("first", 2, Intervention.seed(0, "post"));
        assertEquals(1, llm.calls(), "five identical prompts, one call");
        Trajectory again = sim.run("second", 2, Intervention.seed(0, "post"));
        assertEquals(1, llm.calls(), "the second run reuses the answer");
        assertTrue(again.reports().get(0).contains("calls 0"), again.reports().toString());
    }

    @Test
    void budgetCapsCallsAndCountsTheAgentsLeftOut() {
        ScriptedLlm llm = fanScript();
        LlmPolicy policy = LlmPolicy.of(llm, "news", 2);
        Trajectory t = Simulation.on(Generators.star(6)).policies(policy).profiles(profiles()).build()
                .run("cap", 2, Intervention.seed(0, "post"));
        assertEquals(2, llm.calls());
        assertEquals(3, policy.overBudget());
        assertEquals(3, t.last().participants(), "the first two readers (the fans) were asked");
    }

    @Test
    void unparseableAnswersAreCountedAndListed() {
        ScriptedLlm llm = new ScriptedLlm(p -> p.contains("gardener") ? "I would probably retweet it" : NONE);
        LlmPolicy policy = LlmPolicy.of(llm, "news", 100);
        Simulation.on(Generators.star(6)).policies(policy).profiles(profiles()).build()
                .run("bad", 2, Intervention.seed(0, "post"));
        assertEquals(1, policy.unparsed());
        assertTrue(policy.problems().get(0).contains("agent 3") && policy.problems().get(0).contains("retweet"),
                policy.problems().toString());
    }

    @Test
    void newPostsCarryTheirTextDownTheChain() {
        SocialGraph chain = Generators.line(3);
        ScriptedLlm llm = new ScriptedLlm(p -> p.contains("my take") ? NONE
                : "{\"emotion\": \"moderate\", \"attitude\": \"negative\", \"action\": \"post\", \"post\": \"my take\"}");
        Simulation sim = Simulation.on(chain).policies(LlmPolicy.of(llm, "news", 10)).build();
        try (Simulation.Run r = sim.start("chain", List.of(Intervention.seed(0, "source")))) {
            r.advance(3);
            assertEquals(2, r.world().contents().size());
            assertEquals("my take", r.world().contents().get(1).text());
            assertEquals(1, r.world().contents().get(1).author());
            assertEquals(1, r.world().depth(1));
            assertTrue(llm.seen.get(1).user().contains("my take"), "agent 2 read agent 1's own words");
        }
    }

    @Test
    void decisionsParseStrictly() {
        assertEquals("repost", LlmDecision.parseOrNull(REPOST).action());
        assertEquals(Emotion.CALM, LlmDecision.parseOrNull(NONE).emotion());
        assertEquals(null, LlmDecision.parseOrNull("{\"emotion\": \"furious\", \"attitude\": \"positive\", "
                + "\"action\": \"none\"}"));
        assertEquals(null, LlmDecision.parseOrNull("{\"emotion\": \"calm\", \"attitude\": \"positive\", "
                + "\"action\": \"post\", \"post\": \"\"}"), "a post needs text");
        assertEquals("none", LlmDecision.parseOrNull("Sure! {\"emotion\": \"calm\", \"attitude\": \"positive\", "
                + "\"action\": \"none\", \"post\": \"\"} Hope this helps {x}").action());
    }
}
