package org.socialsim.workbench.sim;

/**
 * How a memory pool ranks messages (S3's influence factors): influence = recency * 2^(-age / halfLife) + relevance *
 * cosine(user attributes, message) + source * (score of the message's source).
 *
 * @param recency     weight of the forgetting function
 * @param relevance   weight of the content relevance
 * @param source      weight of the source score
 * @param halfLife    steps after which the recency term halves
 * @param own         source score of the agent's own posts
 * @param mutual      source score of mutual followees
 * @param followee    source score of one-way followees
 * @param recommended source score of platform recommendations
 */
public record InfluenceWeights(double recency, double relevance, double source, double halfLife, double own,
                               double mutual, double followee, double recommended) {
    public InfluenceWeights {
        double[] all = {recency, relevance, source, own, mutual, followee, recommended};
        for (double w : all) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("influence weights must be finite and non-negative: " + this);
            }
        }
        if (!(halfLife > 0)) {
            throw new IllegalArgumentException("halfLife must be positive, was " + halfLife);
        }
    }

    /** Equal weights, a half-life of 3 steps, sources own 1.0 &gt; mutual 0.8 &gt; one-way 0.6 &gt; recommended 0.3. */
    public static InfluenceWeights defaults() {
        return new InfluenceWeights(1, 1, 1, 3, 1.0, 0.8, 0.6, 0.3);
    }

    /** The score of a source. */
    public double sourceScore(MessageSource s) {
        return switch (s) {
            case OWN -> own;
            case MUTUAL -> mutual;
            case FOLLOWEE -> followee;
            case RECOMMENDED -> recommended;
        };
    }

    /** The forgetting function: 1 for a message of this step, 1/2 after halfLife steps. */
    public double forgetting(int age) {
        return Math.pow(2, -Math.max(0, age) / halfLife);
    }

    /** The influence of a message received {@code age} steps ago. */
    public double influence(int age, double relevanceScore, MessageSource s) {
        return recency * forgetting(age) + relevance * relevanceScore + source * sourceScore(s);
    }

    /** A copy with other term weights. */
    public InfluenceWeights withTerms(double newRecency, double newRelevance, double newSource) {
        return new InfluenceWeights(newRecency, newRelevance, newSource, halfLife, own, mutual, followee, recommended);
    }
}
