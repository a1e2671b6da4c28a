package org.socialsim.workbench.sim;

import java.util.Arrays;
import java.util.Objects;

/**
 * A change made to a run at a chosen step, before the agents act (S3 section 5.4's interface for policy
 * intervention): inject a post, mute or remove accounts, change the feed mix. Seeding a cascade is injecting its
 * source post at step 0.
 */
public interface Intervention {

    /** The step at whose start it applies. */
    int step();

    /** Applies it to the run. */
    void apply(World world);

    /** One line for reports. */
    String describe();

    /** {@code author} posts {@code text} at {@code step} with this emotion and attitude (in [-1, 1]). */
    static Intervention injectPost(int step, int author, String text, Emotion emotion, float attitude) {
        return new InjectPost(step, author, text, emotion, attitude);
    }

    /** Seeds a cascade: {@code author} posts {@code text} at step 0, calm and neutral. */
    static Intervention seed(int author, String text) {
        return new InjectPost(0, author, text, Emotion.CALM, 0f);
    }

    /** From {@code step} on, the posts of these agents reach nobody (they still read and act). */
    static Intervention mute(int step, int... agents) {
        return new Restrict(step, agents.clone(), false);
    }

    /** From {@code step} on, these agents are gone: they neither read nor post. */
    static Intervention remove(int step, int... agents) {
        return new Restrict(step, agents.clone(), true);
    }

    /** From {@code step} on, feeds follow this mix. */
    static Intervention feedMix(int step, FeedMix mix) {
        return new ChangeFeed(step, mix);
    }

    /** The k agents with the most followers (ties: lower index first): the usual targets of muting. */
    static int[] mostFollowed(SocialGraph graph, int k) {
        return java.util.stream.IntStream.range(0, graph.nodeCount()).boxed()
                .sorted((a, b) -> graph.followerCount(b) != graph.followerCount(a)
                        ? Integer.compare(graph.followerCount(b), graph.followerCount(a)) : Integer.compare(a, b))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }

    /** A post placed in the run. */
    record InjectPost(int step, int author, String text, Emotion emotion, float attitude) implements Intervention {
        public InjectPost {
            requireStep(step);
            Objects.requireNonNull(emotion, "emotion");
            text = text == null ? "" : text;
        }

        @Override
        public void apply(World world) {
            world.inject(author, text, emotion, attitude);
        }

        @Override
        public String describe() {
            return "step " + step + ": agent " + author + " posts \"" + text + "\" (" + emotion.label() + ", attitude "
                    + attitude + ")";
        }
    }

    /** Muting or removal of agents. */
    record Restrict(int step, int[] agents, boolean remove) implements Intervention {
        public Restrict {
            requireStep(step);
            agents = agents.clone();
        }

        @Override
        public void apply(World world) {
            world.restrict(agents, remove);
        }

        @Override
        public String describe() {
            return "step " + step + ": " + (remove ? "remove " : "mute ") + agents.length
                    + " agents " + Arrays.toString(Arrays.copyOf(agents, Math.min(10, agents.length)))
                    + (agents.length > 10 ? "..." : "");
        }
    }

    /** A new feed mix. */
    record ChangeFeed(int step, FeedMix mix) implements Intervention {
        public ChangeFeed {
            requireStep(step);
            Objects.requireNonNull(mix, "mix");
        }

        @Override
        public void apply(World world) {
            world.feedMix = mix;
        }

        @Override
        public String describe() {
            return "step " + step + ": feed mix " + mix;
        }
    }

    private static void requireStep(int step) {
        if (step < 0) {
            throw new IllegalArgumentException("intervention step must be non-negative, was " + step);
        }
    }
}
