package org.socialsim.workbench.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.Shot;

/**
 * The text a baseline reads for a case: the post, and the user's visible feature groups rendered as one short text.
 * Only the groups the case exposes appear, so restricting a case for an ablation cell restricts what text baselines
 * see exactly as it restricts an LLM prompt. Shown past engagements (shots) appear as their actions, most relevant
 * first.
 *
 * <p>Example with every group: {@code name: Ann Lee (@ann). bio: nurse, mother of two. followers: 120. following:
 * 80. posts: 3400. past actions of 10: retweet 60%, quote 30%, rewrite 10% (mostly retweet). shown past actions:
 * quote, retweet.} The shares are also summed up in words ("mostly retweet", the first most frequent action), which
 * word-based models read more easily than percentages; it adds no information beyond the rates.
 */
public final class CaseText {
    private CaseText() {
    }

    /** The post's text. */
    public static String post(EngagementCase c) {
        return c.post().text();
    }

    /** The user's visible features as text; empty when the case exposes no group and no shots. */
    public static String user(EngagementCase c) {
        List<String> parts = new ArrayList<>();
        User u = c.user();
        if (c.has(FeatureGroup.PROFILE)) {
            parts.add("name: " + u.displayName() + " (@" + u.handle() + ").");
            if (!u.description().isBlank()) {
                parts.add("bio: " + sentence(u.description()));
            }
        }
        if (c.has(FeatureGroup.COUNTS)) {
            parts.add("followers: " + u.followers() + ". following: " + u.following() + ". posts: " + u.postCount()
                    + ".");
        }
        if (c.has(FeatureGroup.RATES)) {
            parts.add(rates(c.rates()));
        }
        if (!c.shots().isEmpty()) {
            List<String> actions = new ArrayList<>();
            for (Shot s : c.shots()) {
                actions.add(s.action().label());
            }
            parts.add("shown past actions: " + String.join(", ", actions) + ".");
        }
        return String.join(" ", parts);
    }

    private static String rates(ActionRates r) {
        if (r.total() == 0) {
            return "no past actions.";
        }
        List<String> shares = new ArrayList<>();
        Action most = Action.RETWEET;
        for (Action a : Action.values()) {
            shares.add(a.label() + " " + Math.round(100 * r.rate(a)) + "%");
            most = r.count(a) > r.count(most) ? a : most;
        }
        return String.format(Locale.ROOT, "past actions of %d: %s (mostly %s).", r.total(), String.join(", ", shares),
                most.label());
    }

    /** The text stripped, ending in a full stop unless it already ends in punctuation. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.matches(".*[.!?…]$") ? t : t + ".";
    }
}
