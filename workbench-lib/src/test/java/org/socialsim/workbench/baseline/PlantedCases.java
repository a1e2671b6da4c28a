package org.socialsim.workbench.baseline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.features.Shot;

/**
 * Small hand-built labelled cases with planted effects, for baseline tests: each user has a preferred action that
 * their past rates and shown past engagements reveal, and each post carries a cue phrase for an action. The true
 * action is the post's cue with probability 0.55, the user's preference with 0.35, uniform otherwise: the user's
 * history alone gives about 0.57 accuracy, the cue alone or both about 0.70.
 */
final class PlantedCases {
    static final String[] CUES = {"BREAKING update:", "What do you all think about this?", "Long story, in my words:"};
    static final String[] TOPICS = {"the new vaccine trial results", "booster appointments at the pharmacy",
        "school mask rules this autumn", "side effects reported in the study", "the clinic opening downtown",
        "travel rules for the holidays"};

    private PlantedCases() {
    }

    static List<LabeledCase> generate(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int users = Math.max(3, n / 8);
        List<LabeledCase> out = new ArrayList<>(n);
        Instant t0 = Instant.parse("2020-10-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            int u = random.nextInt(users);
            Action preferred = Action.values()[u % 3];
            User user = new User("u" + u, "user" + u, "User " + u, "likes to " + preferred.label() + " things",
                    100 + u, 50 + u, 1000 + 7L * u, t0.minusSeconds(86_400L * 365));
            Action cue = Action.values()[random.nextInt(3)];
            Post post = new Post("p" + i, "a" + random.nextInt(20), CUES[cue.ordinal()] + " "
                    + TOPICS[random.nextInt(TOPICS.length)], t0.plusSeconds(i), null);
            double r = random.nextDouble();
            Action truth = r < 0.55 ? cue : r < 0.9 ? preferred : Action.values()[random.nextInt(3)];
            int[] counts = new int[3];
            for (int k = 0; k < 8; k++) {
                counts[(random.nextDouble() < 0.7 ? preferred : Action.values()[random.nextInt(3)]).ordinal()]++;
            }
            List<Shot> shots = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                Action a = random.nextDouble() < 0.7 ? preferred : Action.values()[random.nextInt(3)];
                shots.add(new Shot(new Post("s" + i + "_" + k, "x", TOPICS[k], t0.minusSeconds(k + 1L), null), a,
                        null, t0.minusSeconds(k + 1L)));
            }
            EngagementCase c = new EngagementCase("c" + i, user, post, t0.plusSeconds(i + 1L),
                    new ActionRates(counts[0], counts[1], counts[2]), shots, EnumSet.allOf(FeatureGroup.class));
            out.add(new LabeledCase(c, truth, truth == Action.RETWEET ? null : "my take on " + post.text()));
        }
        return out;
    }

    static List<EngagementCase> inputs(List<LabeledCase> cases) {
        List<EngagementCase> out = new ArrayList<>();
        for (LabeledCase c : cases) {
            out.add(c.input());
        }
        return out;
    }

    static double accuracy(List<LabeledCase> cases, List<org.socialsim.workbench.experiment.Prediction> p) {
        int hits = 0;
        for (int i = 0; i < cases.size(); i++) {
            hits += cases.get(i).truth() == p.get(i).action() ? 1 : 0;
        }
        return (double) hits / cases.size();
    }

    /** The same cases seen through fewer groups and at most k shots. */
    static List<LabeledCase> restrict(List<LabeledCase> cases, java.util.Set<FeatureGroup> groups, int k) {
        List<LabeledCase> out = new ArrayList<>();
        for (LabeledCase c : cases) {
            out.add(new LabeledCase(c.input().restrict(groups, k), c.truth(), c.responseText()));
        }
        return out;
    }
}
