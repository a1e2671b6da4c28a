package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.llm.Llm;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/** LLM agents through the real LLM stack (LangChain4j OpenAI client, cache) against a scripted server on loopback. */
class LlmPolicyLoopbackTest {

    @Test
    void agentsRunThroughTheRealClientAndItsCache(@TempDir Path cache) {
        try (LoopbackChatServer server = LoopbackChatServer.start(r -> r.user().contains("football fan")
                ? Reply.answer(LlmPolicyTest.REPOST)
                : r.user().contains("gardener") ? Reply.answer("Honestly? I'd scroll past.")
                : Reply.answer(LlmPolicyTest.NONE))) {
            Simulation sim;
            LlmPolicy policy;
            try (LlmClient client = Llm.builder(ModelSpec.of("openai", "gpt-4o-mini").withBaseUrl(server.openAiBaseUrl()))
                    .environment(Map.of("OPENAI_API_KEY", "sk-test-key")).cache(cache).progress(false)
                    .timeout(Duration.ofSeconds(10)).build()) {
                policy = LlmPolicy.of(client, "a football club goes bankrupt", 50);
                sim = Simulation.on(Generators.star(6)).policies(policy).profiles(LlmPolicyTest.profiles()).build();
                Trajectory t = sim.run("loopback", 3, Intervention.seed(0, "club bankrupt"));
                assertEquals(3, t.last().participants(), "the source and the two fans reposted");
                assertEquals(1, policy.unparsed(), "the gardener's prose answer is counted, not guessed");
                assertEquals(5, server.requestCount());
                assertTrue(server.requests().get(0).user().contains("club bankrupt"));
            }
        }
    }
}
