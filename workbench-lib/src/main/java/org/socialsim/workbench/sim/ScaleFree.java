package org.socialsim.workbench.sim;

/**
 * Parameters of the directed scale-free model of Bollobás, Borgs, Chayes and Riordan (2003), the model behind JGraphT's
 * {@code DirectedScaleFreeGraphGenerator} and NetworkX's {@code scale_free_graph}. The graph grows one follow edge at a
 * time: with probability alpha a new account follows an existing one chosen by (followers + deltaIn); with probability
 * beta = 1 - alpha - gamma an existing account chosen by (following + deltaOut) follows one chosen by
 * (followers + deltaIn); with probability gamma an existing account chosen by (following + deltaOut) follows a new one.
 *
 * @param nodes    number of accounts
 * @param edges    number of follow edges drawn (before self-loops and repeats are dropped)
 * @param alpha    probability of a new follower
 * @param gamma    probability of a new followee
 * @param deltaIn  in-degree bias (larger = flatter follower distribution)
 * @param deltaOut out-degree bias
 */
public record ScaleFree(int nodes, long edges, double alpha, double gamma, double deltaIn, double deltaOut) {
    public ScaleFree {
        if (nodes < 1) {
            throw new IllegalArgumentException("nodes must be at least 1, was " + nodes);
        }
        if (edges < 0 || edges + nodes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("edges must be in [0, " + (Integer.MAX_VALUE - 8 - nodes) + "], was "
                    + edges);
        }
        if (!(alpha >= 0) || !(gamma >= 0) || alpha + gamma > 1 || alpha + gamma == 0) {
            throw new IllegalArgumentException("alpha and gamma must be non-negative with 0 < alpha + gamma <= 1, were "
                    + alpha + ", " + gamma);
        }
        if (!(deltaIn >= 0) || !(deltaOut >= 0)) {
            throw new IllegalArgumentException("deltaIn and deltaOut must be non-negative, were " + deltaIn + ", "
                    + deltaOut);
        }
    }

    /**
     * A graph of {@code nodes} accounts following {@code meanFollowing} others on average: alpha + gamma =
     * 1 / meanFollowing (nine tenths of the new accounts arrive as followers), deltaIn = deltaOut = meanFollowing / 2, which gives
     * follower and following distributions with power-law exponents near 2.5 and 2.6.
     */
    public static ScaleFree of(int nodes, double meanFollowing) {
        if (!(meanFollowing >= 1)) {
            throw new IllegalArgumentException("meanFollowing must be at least 1, was " + meanFollowing);
        }
        double grow = 1 / meanFollowing;
        return new ScaleFree(nodes, Math.round(nodes * meanFollowing), 0.9 * grow, 0.1 * grow, meanFollowing / 2, meanFollowing / 2);
    }

    /** The probability of an edge between two existing accounts. */
    public double beta() {
        return 1 - alpha - gamma;
    }

    /** A copy with other biases. */
    public ScaleFree withDeltas(double in, double out) {
        return new ScaleFree(nodes, edges, alpha, gamma, in, out);
    }
}
