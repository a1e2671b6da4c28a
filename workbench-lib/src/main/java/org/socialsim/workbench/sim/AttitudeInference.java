package org.socialsim.workbench.sim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.sim.internal.JsonAnswer;
import org.socialsim.workbench.sim.internal.LlmBatch;
import org.socialsim.workbench.sim.internal.PromptTemplate;

/**
 * S3's initial attitude: an LLM reads each user's profile and history (prompts/sim/initial-attitude*.txt) and says
 * whether the user starts positive (+1) or negative (-1) towards the event. Users with no text, or whose answer cannot
 * be read, start undecided (0), counted.
 */
public final class AttitudeInference {
    private static final PromptTemplate SYSTEM = PromptTemplate.load("sim/initial-attitude-system.txt");
    private static final PromptTemplate USER = PromptTemplate.load("sim/initial-attitude.txt");

    /**
     * @param attitudes one value per user: +1, -1, or 0 when unknown
     * @param calls     calls sent to the model
     * @param unknown   users left at 0 (no text or unreadable answer)
     */
    public record Result(float[] attitudes, long calls, int unknown) {
        public Result {
            attitudes = attitudes.clone();
        }

        @Override
        public float[] attitudes() {
            return attitudes.clone();
        }
    }

    private final LlmClient client;
    private final String topic;

    private AttitudeInference(LlmClient client, String topic) {
        this.client = Objects.requireNonNull(client, "client");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    public static AttitudeInference with(LlmClient client, String topic) {
        return new AttitudeInference(client, topic);
    }

    public Result infer(List<String> profiles) {
        LlmBatch batch = new LlmBatch(client, "sim:initial-attitude");
        List<String> answers = batch.answerProfiles(SYSTEM.render(Map.of()), profiles,
                t -> USER.render(Map.of("topic", topic, "profile", t)));
        float[] out = new float[profiles.size()];
        int known = 0;
        for (int i = 0; i < out.length; i++) {
            String a = JsonAnswer.text(JsonAnswer.object(answers.get(i)), "attitude");
            a = a == null ? "" : a.strip().toLowerCase(Locale.ROOT);
            if (a.equals("positive") || a.equals("negative")) {
                out[i] = a.equals("positive") ? 1f : -1f;
                known++;
            }
        }
        return new Result(out, batch.calls(), profiles.size() - known);
    }
}
