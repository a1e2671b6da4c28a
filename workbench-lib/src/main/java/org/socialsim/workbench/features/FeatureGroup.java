package org.socialsim.workbench.features;

/**
 * The groups of user information that a prompt or a baseline may see; the ablation engine switches them on and off.
 * Past engagements shown as examples ("shots") are not a group: they are chosen by count and {@link ShotSelection}.
 */
public enum FeatureGroup {
    /** Display name, handle and profile description. */
    PROFILE,
    /** Followers, following and post counts. */
    COUNTS,
    /** The user's historical retweet / quote / rewrite shares, computed only from engagements before the case's time. */
    RATES
}
