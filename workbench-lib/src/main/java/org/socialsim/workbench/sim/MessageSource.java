package org.socialsim.workbench.sim;

/** Where a message in a feed comes from: S3's sources, which weigh differently in the memory pool. */
public enum MessageSource {
    /** The agent's own post. */
    OWN,
    /** A followee who follows back. */
    MUTUAL,
    /** A followee who does not follow back (one-way). */
    FOLLOWEE,
    /** The platform's recommendation. */
    RECOMMENDED
}
