package org.socialsim.workbench.sim;

/**
 * One message in an agent's feed at a step.
 *
 * @param content the content id
 * @param from    the agent who shared it (the author for recommendations and own posts)
 * @param source  where it came from
 */
public record FeedItem(int content, int from, MessageSource source) {
}
