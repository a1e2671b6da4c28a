package org.socialsim.workbench.sim;

/** How an agent shares: forwarding what it saw, or posting new content about the event. */
public enum ShareKind {
    /** Forwards a post it read (a retweet). */
    REPOST,
    /** Writes a new post about the event (or an injected post). */
    POST
}
