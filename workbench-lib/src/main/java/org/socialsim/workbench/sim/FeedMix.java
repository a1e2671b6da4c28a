package org.socialsim.workbench.sim;

/**
 * What an agent's feed shows: the share of followees' posts it shows, and how often the platform recommends the most
 * shared content to an agent (S3's "platform-recommended" source, section 5.4's recommender channel).
 *
 * @param followeeShown probability that a followee's post reaches the feed, in [0, 1]
 * @param recommendRate probability per step that an agent is shown the most shared content, in [0, 1]
 */
public record FeedMix(double followeeShown, double recommendRate) {
    public FeedMix {
        if (!(followeeShown >= 0 && followeeShown <= 1)) {
            throw new IllegalArgumentException("followeeShown must be in [0, 1], was " + followeeShown);
        }
        if (!(recommendRate >= 0 && recommendRate <= 1)) {
            throw new IllegalArgumentException("recommendRate must be in [0, 1], was " + recommendRate);
        }
    }

    /** Every followee post, no recommendations. */
    public static FeedMix followeesOnly() {
        return new FeedMix(1, 0);
    }

    /** Every followee post plus recommendations at this rate. */
    public static FeedMix withRecommendations(double rate) {
        return new FeedMix(1, rate);
    }
}
