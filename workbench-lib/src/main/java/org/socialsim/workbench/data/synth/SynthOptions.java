package org.socialsim.workbench.data.synth;

import java.time.Instant;
import java.util.Objects;

/**
 * Settings of the planted-effect generator. {@link #DEFAULTS} makes the shipped corpus; the withers make variants
 * (size, effect strength, noise, seed).
 *
 * <p>The action model: user u acts on post p with probabilities {@code (1 - noise) * softmax(logits) + noise / 3},
 * where {@code logits = baseline + userEffect * z_u + contentEffect * (format_p + stance_p)
 * + stanceEffect * agreement(u, p) + countsEffect * f_u * followers_format(p)}; {@code z_u ~ N(0, I)} is the user's latent
 * propensity (it shows in their historical rates), {@code f_u} their standardised log follower count, and the tables
 * are in {@code synth.internal.ActionModel}. Display names and descriptions are drawn independently of everything.
 *
 * @param seed                  everything random derives from it
 * @param users                 engaging users
 * @param meanEngagementsPerUser mean engagements per user over the whole period (at least 8 each)
 * @param sourcePosts           posts by the source accounts that users engage with
 * @param originalsPerUser      mean original (non-rewrite) posts per user: distractors for rewrite detection
 * @param start                 first day of history
 * @param evaluationStart       first day of the evaluation period (the balanced entries are drawn from here on)
 * @param end                   end of the period
 * @param baseline              action logits shared by all (retweet, quote, rewrite)
 * @param userEffect            scale of the users' latent propensities
 * @param contentEffect         scale of the post's format and stance effect
 * @param stanceEffect          scale of the user-post (dis)agreement effect
 * @param countsEffect          scale of the follower-count effect
 * @param noise                 probability that an action is replaced by a uniformly random one
 * @param perAction             balanced entries per action
 */
public record SynthOptions(long seed, int users, double meanEngagementsPerUser, int sourcePosts,
                           double originalsPerUser, Instant start, Instant evaluationStart, Instant end,
                           double[] baseline, double userEffect, double contentEffect, double stanceEffect,
                           double countsEffect, double noise, int perAction) {

    /** The shipped corpus: 300 users, about 11,000 engagements, 3,990 balanced entries. */
    public static final SynthOptions DEFAULTS = new SynthOptions(2502, 300, 37, 3600, 5,
            Instant.parse("2020-08-29T00:00:00Z"), Instant.parse("2020-09-28T00:00:00Z"),
            Instant.parse("2020-11-05T00:00:00Z"), new double[] {0.15, 0.0, 0.05}, 1.7, 1.0, 1.0, 0.7, 0.06, 1330);

    public SynthOptions {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(evaluationStart, "evaluationStart");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(evaluationStart) || !evaluationStart.isBefore(end)) {
            throw new IllegalArgumentException("need start < evaluationStart < end, were " + start + ", "
                    + evaluationStart + ", " + end);
        }
        if (users < 1 || sourcePosts < 1 || meanEngagementsPerUser < 8 || originalsPerUser < 0 || perAction < 1) {
            throw new IllegalArgumentException("users, sourcePosts, perAction >= 1, meanEngagementsPerUser >= 8 and "
                    + "originalsPerUser >= 0 required");
        }
        if (baseline == null || baseline.length != 3) {
            throw new IllegalArgumentException("baseline needs 3 logits (retweet, quote, rewrite)");
        }
        baseline = baseline.clone();
        if (userEffect < 0 || contentEffect < 0 || stanceEffect < 0 || countsEffect < 0) {
            throw new IllegalArgumentException("effect scales must be >= 0");
        }
        if (noise < 0 || noise > 1) {
            throw new IllegalArgumentException("noise must be in [0, 1], was " + noise);
        }
    }

    /** The baseline logits (a copy). */
    @Override
    public double[] baseline() {
        return baseline.clone();
    }

    /** Another seed. */
    public SynthOptions withSeed(long s) {
        return new SynthOptions(s, users, meanEngagementsPerUser, sourcePosts, originalsPerUser, start,
                evaluationStart, end, baseline, userEffect, contentEffect, stanceEffect, countsEffect, noise,
                perAction);
    }

    /** Another size: users, mean engagements per user, source posts and balanced entries per action. */
    public SynthOptions withSize(int u, double engagementsPerUser, int posts, int entriesPerAction) {
        return new SynthOptions(seed, u, engagementsPerUser, posts, originalsPerUser, start, evaluationStart, end,
                baseline, userEffect, contentEffect, stanceEffect, countsEffect, noise, entriesPerAction);
    }

    /** Every effect scale multiplied by {@code factor} (0 makes actions independent of everything but noise). */
    public SynthOptions withEffectStrength(double factor) {
        return new SynthOptions(seed, users, meanEngagementsPerUser, sourcePosts, originalsPerUser, start,
                evaluationStart, end, baseline, userEffect * factor, contentEffect * factor, stanceEffect * factor,
                countsEffect * factor, noise, perAction);
    }

    /** Each effect scale set separately. */
    public SynthOptions withEffects(double user, double content, double stance, double counts) {
        return new SynthOptions(seed, users, meanEngagementsPerUser, sourcePosts, originalsPerUser, start,
                evaluationStart, end, baseline, user, content, stance, counts, noise, perAction);
    }

    /** Another label-noise level. */
    public SynthOptions withNoise(double n) {
        return new SynthOptions(seed, users, meanEngagementsPerUser, sourcePosts, originalsPerUser, start,
                evaluationStart, end, baseline, userEffect, contentEffect, stanceEffect, countsEffect, n, perAction);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SynthOptions s && toString().equals(s.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "SynthOptions[seed=" + seed + ", users=" + users + ", meanEngagementsPerUser=" + meanEngagementsPerUser
                + ", sourcePosts=" + sourcePosts + ", originalsPerUser=" + originalsPerUser + ", start=" + start
                + ", evaluationStart=" + evaluationStart + ", end=" + end + ", baseline="
                + java.util.Arrays.toString(baseline) + ", userEffect=" + userEffect + ", contentEffect="
                + contentEffect + ", stanceEffect=" + stanceEffect + ", countsEffect=" + countsEffect + ", noise="
                + noise + ", perAction=" + perAction + "]";
    }
}
