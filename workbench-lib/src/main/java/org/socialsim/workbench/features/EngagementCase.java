package org.socialsim.workbench.features;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;

/**
 * What a predictor may see about one engagement: the post, and the user's information as of the engagement's time,
 * restricted to some feature groups and some number of past examples. It never holds the true action.
 *
 * <p>A case is extracted once with every group and the largest k, then {@link #restrict restricted} for each
 * ablation cell, so a sweep computes features once.
 *
 * @param caseId the engagement id this case was made from
 * @param user   the user; predictors may read its id always, its profile only if {@link FeatureGroup#PROFILE} is on,
 *               and its counts only if {@link FeatureGroup#COUNTS} is on
 * @param post   the source post the user saw
 * @param time   the engagement's time: everything in the case comes from strictly before it
 * @param rates  the user's past action counts (meaningful only if {@link FeatureGroup#RATES} is on)
 * @param shots  past engagements shown as examples, most relevant first
 * @param groups the feature groups this case exposes
 */
public record EngagementCase(String caseId, User user, Post post, Instant time, ActionRates rates,
                             List<Shot> shots, Set<FeatureGroup> groups) {
    public EngagementCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(user, "case " + caseId + ": user");
        Objects.requireNonNull(post, "case " + caseId + ": post");
        Objects.requireNonNull(time, "case " + caseId + ": time");
        rates = rates == null ? ActionRates.NONE : rates;
        shots = List.copyOf(shots == null ? List.of() : shots);
        groups = groups == null || groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
    }

    /** Whether a feature group is visible in this case. */
    public boolean has(FeatureGroup g) {
        return groups.contains(g);
    }

    /** The same case seen through fewer groups and at most k examples (the first k, so relevance order is kept). */
    public EngagementCase restrict(Set<FeatureGroup> visible, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("k must be >= 0, was " + k);
        }
        EnumSet<FeatureGroup> g = EnumSet.noneOf(FeatureGroup.class);
        for (FeatureGroup f : visible) {
            if (groups.contains(f)) {
                g.add(f);
            }
        }
        return new EngagementCase(caseId, user, post, time, g.contains(FeatureGroup.RATES) ? rates : ActionRates.NONE,
                shots.subList(0, Math.min(k, shots.size())), g);
    }
}
