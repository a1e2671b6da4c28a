package org.socialsim.workbench.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.features.Shot;

/** Small hand-made cases for tests that need EngagementCase / LabeledCase values. */
public final class TestCases {
    private static final Instant T0 = Instant.parse("2020-10-01T12:00:00Z");

    private TestCases() {
    }

    /** A user with a profile and counts. */
    public static User user(String id) {
        return new User(id, "h_" + id, "Name " + id, "bio of " + id + ": nurse, mother of two", 1200, 300, 4500,
                Instant.parse("2015-01-01T00:00:00Z"));
    }

    /** A source post. */
    public static Post post(String id, String text) {
        return new Post(id, "author_" + id, text, T0.minusSeconds(3600), null);
    }

    /** A case with every group on, the given rates and shots. */
    public static EngagementCase engagementCase(String id, ActionRates rates, List<Shot> shots) {
        return new EngagementCase(id, user("u" + id), post("p" + id, "Vaccines are rolling out this week " + id),
                T0, rates, shots, EnumSet.allOf(FeatureGroup.class));
    }

    /** A labeled case with every group on, no shots. */
    public static LabeledCase labeled(String id, Action truth) {
        return new LabeledCase(engagementCase(id, new ActionRates(1, 2, 3), List.of()), truth,
                truth == Action.RETWEET ? null : "my words " + id);
    }

    /** Labeled cases with ids "c0", "c1", ... for the given truths. */
    public static List<LabeledCase> labeled(List<Action> truths) {
        List<LabeledCase> out = new ArrayList<>();
        for (int i = 0; i < truths.size(); i++) {
            out.add(labeled("c" + i, truths.get(i)));
        }
        return out;
    }

    /**
     * n labeled cases with every group on and 3 shots, whose true action is the user's most frequent past action in
     * about 4 of 5 cases (a planted effect of the rates), drawn from the seed.
     */
    public static List<LabeledCase> planted(int n, long seed, String prefix) {
        java.util.SplittableRandom rng = new java.util.SplittableRandom(seed);
        List<LabeledCase> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Action habit = Action.values()[rng.nextInt(3)];
            int[] counts = {rng.nextInt(3), rng.nextInt(3), rng.nextInt(3)};
            counts[habit.ordinal()] += 4;
            Action truth = rng.nextInt(5) < 4 ? habit : Action.values()[rng.nextInt(3)];
            List<Shot> shots = List.of(shot(i * 3, habit), shot(i * 3 + 1, Action.values()[rng.nextInt(3)]),
                    shot(i * 3 + 2, habit));
            EngagementCase c = new EngagementCase(prefix + i, user("u" + i), post("p" + prefix + i, "Post " + i),
                    T0.plusSeconds(i), new ActionRates(counts[0], counts[1], counts[2]), shots,
                    EnumSet.allOf(FeatureGroup.class));
            out.add(new LabeledCase(c, truth, truth == Action.RETWEET ? null : "reply " + i));
        }
        return out;
    }

    /** A past engagement shown as an example. */
    public static Shot shot(int i, Action action) {
        return new Shot(post("s" + i, "Earlier post number " + i + " about masks"), action,
                action == Action.RETWEET ? null : "earlier reply " + i, T0.minusSeconds(86_400L * (i + 1)));
    }
}
