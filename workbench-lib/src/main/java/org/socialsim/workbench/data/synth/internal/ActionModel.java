package org.socialsim.workbench.data.synth.internal;

import org.socialsim.workbench.data.synth.SynthOptions;
import org.socialsim.workbench.data.synth.internal.Latents.Format;
import org.socialsim.workbench.data.synth.internal.Latents.Stance;

/**
 * The planted action model: logits over (retweet, quote, rewrite) from the user's latent propensity, the post's
 * format and stance, their (dis)agreement and the user's follower count; probabilities mix in label noise.
 */
public final class ActionModel {
    /** Format effect (retweet, quote, rewrite): news is shared, questions are quoted, stories are retold. */
    static final double[][] FORMAT = {
        {0.9, -0.6, -0.3},   // NEWS
        {-0.7, 1.0, -0.3},   // QUESTION
        {-0.1, 0.2, -0.1},   // OPINION
        {-0.5, -0.4, 0.9},   // STORY
    };
    /** Post stance effect: anti-vaccine claims draw quotes (pushback), pro ones are shared. */
    static final double[][] STANCE = {
        {0.4, -0.4, 0.0},    // PRO
        {-0.5, 0.7, -0.2},   // ANTI
        {0.0, 0.0, 0.0},     // NEUTRAL
    };
    /** Agreement effect: users amplify posts they agree with and quote-argue with posts they oppose. */
    static final double[] AGREE = {0.5, -0.7, 0.2};
    static final double[] DISAGREE = {-0.8, 0.9, -0.1};
    /**
     * Follower effect per format: big accounts retell news in their own words and answer questions with quotes,
     * small accounts retweet news; it depends on the post, so past rates alone cannot stand in for it.
     */
    static final double[][] FOLLOWERS = {
        {-1.0, 0.0, 1.0},    // NEWS
        {-0.5, 1.0, -0.5},   // QUESTION
        {0.0, 0.0, 0.0},     // OPINION
        {0.5, 0.0, -0.5},    // STORY
    };

    private final double[] baseline;
    private final double user;
    private final double content;
    private final double stance;
    private final double counts;
    private final double noise;

    public ActionModel(SynthOptions o) {
        this.baseline = o.baseline();
        this.user = o.userEffect();
        this.content = o.contentEffect();
        this.stance = o.stanceEffect();
        this.counts = o.countsEffect();
        this.noise = o.noise();
    }

    /** The content part of the logits of a post: format and stance, scaled. */
    public double[] contentLogits(Format format, Stance postStance) {
        double[] l = new double[3];
        for (int a = 0; a < 3; a++) {
            l[a] = content * (FORMAT[format.ordinal()][a] + STANCE[postStance.ordinal()][a]);
        }
        return l;
    }

    /** Action probabilities (retweet, quote, rewrite) into {@code out}. */
    public void probabilities(double[] z, Stance userStance, double followersZ, double[] postContent,
                              Format format, Stance postStance, double[] out) {
        double[] agreement = agreement(userStance, postStance);
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < 3; a++) {
            out[a] = baseline[a] + user * z[a] + postContent[a] + counts * followersZ * FOLLOWERS[format.ordinal()][a]
                    + (agreement == null ? 0 : stance * agreement[a]);
            max = Math.max(max, out[a]);
        }
        double sum = 0;
        for (int a = 0; a < 3; a++) {
            out[a] = Math.exp(out[a] - max);
            sum += out[a];
        }
        for (int a = 0; a < 3; a++) {
            out[a] = (1 - noise) * out[a] / sum + noise / 3;
        }
    }

    private static double[] agreement(Stance u, Stance p) {
        if (u == Stance.NEUTRAL || p == Stance.NEUTRAL) {
            return null;
        }
        return u == p ? AGREE : DISAGREE;
    }
}
