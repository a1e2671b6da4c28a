package org.socialsim.workbench.sim;

import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.generate.WattsStrogatzGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.socialsim.workbench.sim.internal.Parallel;

/**
 * Seeded follower-graph generators. The directed scale-free model writes straight into arrays (a million accounts in
 * about a second); Barabási-Albert and Watts-Strogatz come from JGraphT (for graphs up to some hundred thousand nodes);
 * lines, stars and complete graphs serve tests and examples.
 */
public final class Generators {
    private Generators() {
    }

    /** A directed scale-free follower graph (Bollobás et al.), built on {@code threads} threads, identical for a seed. */
    public static SocialGraph directedScaleFree(ScaleFree model, long seed, int threads) {
        try (Parallel parallel = Parallel.of(threads)) {
            return SocialGraph.fromRows(ScaleFreeGrowth.followingRows(model, seed, parallel), parallel);
        }
    }

    /** {@link #directedScaleFree(ScaleFree, long, int)} on all processors. */
    public static SocialGraph directedScaleFree(ScaleFree model, long seed) {
        return directedScaleFree(model, seed, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A Barabási-Albert graph (JGraphT): each new account follows m existing ones chosen by degree (edges point from
     * the newer account to the older one).
     */
    public static SocialGraph barabasiAlbert(int n, int m, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(counter(), DefaultEdge::new, false);
        new BarabasiAlbertGraphGenerator<Integer, DefaultEdge>(m + 1, m, n, new java.util.Random(seed))
                .generateGraph(g);
        SocialGraph.Builder b = SocialGraph.builder(n);
        for (DefaultEdge e : g.edgeSet()) {
            int s = g.getEdgeSource(e);
            int t = g.getEdgeTarget(e);
            b.follow(Math.max(s, t), Math.min(s, t));
        }
        return b.build();
    }

    /** A Watts-Strogatz small world (JGraphT): a ring of k neighbours rewired with probability p; friends follow each other. */
    public static SocialGraph wattsStrogatz(int n, int k, double p, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(counter(), DefaultEdge::new, false);
        new WattsStrogatzGraphGenerator<Integer, DefaultEdge>(n, k, p, false, new java.util.Random(seed))
                .generateGraph(g);
        SocialGraph.Builder b = SocialGraph.builder(n);
        for (DefaultEdge e : g.edgeSet()) {
            b.mutual(g.getEdgeSource(e), g.getEdgeTarget(e));
        }
        return b.build();
    }

    /** A chain: account i + 1 follows account i (news from 0 travels down the line). */
    public static SocialGraph line(int n) {
        SocialGraph.Builder b = SocialGraph.builder(n);
        for (int i = 0; i + 1 < n; i++) {
            b.follow(i + 1, i);
        }
        return b.build();
    }

    /** A star: accounts 1..n-1 follow account 0. */
    public static SocialGraph star(int n) {
        SocialGraph.Builder b = SocialGraph.builder(n);
        for (int i = 1; i < n; i++) {
            b.follow(i, 0);
        }
        return b.build();
    }

    /** Everyone follows everyone. */
    public static SocialGraph complete(int n) {
        SocialGraph.Builder b = SocialGraph.builder(n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    b.follow(i, j);
                }
            }
        }
        return b.build();
    }

    private static Supplier<Integer> counter() {
        int[] next = {0};
        return () -> next[0]++;
    }
}
