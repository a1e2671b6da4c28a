package org.socialsim.workbench.data.synth.internal;

import java.util.Map;

/** The hidden variables of the generator: what each user and post really is. */
public final class Latents {
    private Latents() {
    }

    /** A position on vaccination. */
    public enum Stance { PRO, ANTI, NEUTRAL }

    /** How a source post is framed. */
    public enum Format { NEWS, QUESTION, OPINION, STORY }

    /** A user's usual emotional tone. */
    public enum Emotion { HOPE, ANGER, FEAR, CALM }

    /** A user's writing style. */
    public enum Style { PLAIN, CASUAL, EMOJI, SHOUTY, HASHTAG }

    /**
     * A user as the generator made them.
     *
     * @param z          latent propensity (three standard normals, scaled by userEffect in the logits)
     * @param followersZ standardised log follower count
     */
    public record UserLatent(String id, double[] z, Stance stance, Emotion emotion, Style style, double followersZ) {
    }

    /**
     * What a source post says: topic, stance, format and the phrase choices its text was made from (reused to
     * paraphrase it).
     *
     * @param kind   "claim", "contrast" or "negation"
     * @param choice index of the claim realization, contrast template or negation pair used
     * @param slots  the slot values (entity, number, vaccine, ...)
     */
    public record PostLatent(String id, String topic, Stance stance, Format format, String kind, int choice,
                             Map<String, String> slots) {
    }
}
