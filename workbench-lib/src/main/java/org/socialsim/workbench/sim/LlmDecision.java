package org.socialsim.workbench.sim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Objects;
import org.socialsim.workbench.sim.internal.JsonAnswer;

/**
 * What an LLM agent decided in one step: its new emotion and attitude, and whether it reposts, posts or does nothing.
 *
 * @param emotion  the emotion after reading
 * @param positive whether its attitude is positive
 * @param action   "repost", "post" or "none"
 * @param post     the new post's text ("" unless action is "post")
 */
public record LlmDecision(Emotion emotion, boolean positive, String action, String post) {
    public LlmDecision {
        Objects.requireNonNull(emotion, "emotion");
        if (!action.equals("repost") && !action.equals("post") && !action.equals("none")) {
            throw new IllegalArgumentException("action must be repost, post or none, was " + action);
        }
        post = post == null ? "" : post;
    }

    /**
     * Reads the JSON answer; null when it cannot (no JSON object, or an emotion, attitude or action outside the
     * allowed words, or a "post" action without text).
     */
    public static LlmDecision parseOrNull(String answer) {
        JsonNode json = JsonAnswer.object(answer);
        Emotion e = Emotion.parseOrNull(JsonAnswer.text(json, "emotion"));
        String att = lower(JsonAnswer.text(json, "attitude"));
        String act = lower(JsonAnswer.text(json, "action"));
        String post = JsonAnswer.text(json, "post");
        if (e == null || att == null || act == null || !(att.equals("positive") || att.equals("negative"))) {
            return null;
        }
        if (act.equals("reposts") || act.equals("retweet")) {
            act = "repost";
        }
        if (!(act.equals("repost") || act.equals("post") || act.equals("none"))) {
            return null;
        }
        if (act.equals("post") && (post == null || post.isBlank())) {
            return null;
        }
        return new LlmDecision(e, att.equals("positive"), act, act.equals("post") ? post.strip() : "");
    }

    private static String lower(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
