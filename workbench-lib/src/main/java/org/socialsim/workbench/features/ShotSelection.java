package org.socialsim.workbench.features;

/** How the k past engagements shown as examples are chosen (only ever from before the case's time). */
public enum ShotSelection {
    /** The k most recent past engagements. */
    RECENT,
    /** The k past engagements whose source post is most similar to the current post (encoder cosine). */
    SIMILAR
}
