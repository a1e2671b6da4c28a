package org.socialsim.workbench.prompt.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.Shot;

/**
 * The values a template may use, built from a case that is already restricted to its configuration. A group's
 * values are present only when the group is on, so a template that uses them outside their section fails loudly
 * instead of leaking hidden information.
 */
public final class CaseContext {
    private CaseContext() {
    }

    /** The template values of a (restricted) case; see prompts/action/README.md for the names. */
    public static Map<String, Object> of(EngagementCase c) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("post", Map.of("text", c.post().text()));
        boolean profile = c.has(FeatureGroup.PROFILE);
        boolean counts = c.has(FeatureGroup.COUNTS);
        boolean rates = c.has(FeatureGroup.RATES);
        ctx.put("profile", profile);
        ctx.put("counts", counts);
        ctx.put("rates", rates);
        ctx.put("anyGroup", profile || counts || rates);
        ctx.put("user", user(c.user(), profile, counts));
        if (rates) {
            ctx.put("rates", rates(c.rates()));
        }
        List<Map<String, Object>> shots = new ArrayList<>();
        for (Shot s : c.shots()) {
            shots.add(shot(shots.size() + 1, s));
        }
        ctx.put("shots", shots);
        ctx.put("k", shots.size());
        return ctx;
    }

    private static Map<String, Object> user(User u, boolean profile, boolean counts) {
        Map<String, Object> m = new HashMap<>();
        if (profile) {
            m.put("handle", u.handle());
            m.put("name", u.displayName());
            m.put("bio", u.description().isBlank() ? "(empty)" : u.description());
        }
        if (counts) {
            m.put("followers", u.followers());
            m.put("following", u.following());
            m.put("posts", u.postCount());
        }
        return m;
    }

    private static Map<String, Object> rates(ActionRates r) {
        Map<String, Object> m = new HashMap<>();
        m.put("known", r.total() > 0);
        m.put("total", r.total());
        for (Action a : Action.values()) {
            m.put(a.label(), String.format(Locale.ROOT, "%.0f", 100 * r.rate(a)));
        }
        return m;
    }

    private static Map<String, Object> shot(int number, Shot s) {
        Map<String, Object> m = new HashMap<>();
        m.put("number", number);
        m.put("post", s.source().text());
        m.put("action", s.action().label());
        m.put("response", s.action() == Action.RETWEET || s.responseText() == null || s.responseText().isBlank()
                ? false : s.responseText());
        return m;
    }
}
