package org.socialsim.workbench.sim;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.generate.WattsStrogatzGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.socialsim.workbench.sim.internal.Csr;
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
        int n = model.nodes();
        try (Parallel parallel = Parallel.of(threads)) {
            return SocialGraph.fromRows(followingRows(model, seed, parallel), parallel);
        }
    }

    /** {@link #directedScaleFree(ScaleFree, long, int)} on all processors. */
    public static SocialGraph directedScaleFree(ScaleFree model, long seed) {
        return directedScaleFree(model, seed, Runtime.getRuntime().availableProcessors());
    }

    /** The following rows of the model; the edge list is garbage once they are built (peak 12 bytes per edge). */
    private static Csr followingRows(ScaleFree model, long seed, Parallel parallel) {
        int capacity = (int) (model.edges() + model.nodes());
        int[] src = new int[capacity];
        int[] dst = new int[capacity];
        int m = growScaleFree(model, seed, src, dst);
        return Csr.fromPairs(model.nodes(), src, dst, m, parallel);
    }

    /**
     * Grows the edge list of the model into src/dst and returns its length. Ends with exactly {@code nodes} accounts and
     * at least {@code edges} edges: once the accounts are all there every step joins existing ones; if the edges run out
     * first, the remaining accounts arrive one edge each.
     * <p>
     * Which random numbers are drawn never depends on which accounts earlier draws picked, so the edges are grown in
     * batches: first the draws, each pick of an existing edge end written as a reference {@code -1 - index}, then the
     * references resolved in order (a tight loop of independent reads that the processor overlaps). The graph is the
     * same as drawing and reading one edge at a time.
     */
    static int growScaleFree(ScaleFree model, long seed, int[] src, int[] dst) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = model.nodes();
        long target = model.edges();
        double alpha = model.alpha();
        double alphaBeta = 1 - model.gamma();
        double grow = model.alpha() / (model.alpha() + model.gamma());
        double dIn = model.deltaIn();
        double dOut = model.deltaOut();
        int nodes = 1;
        int m = 0;
        int resolved = 0;
        boolean betaPossible = alphaBeta > alpha;
        while (nodes < n || m < target) {
            double r = rnd.nextDouble();
            int move = r < alpha ? 0 : r < alphaBeta ? 1 : 2;
            if (nodes == n && move != 1) {
                if (!betaPossible) {
                    break; // every move adds an account and all are there
                }
                move = 1; // no more accounts: join existing ones instead
            } else if (m >= target && move == 1) {
                move = rnd.nextDouble() < grow ? 0 : 2; // no more edges between existing accounts: grow instead
            }
            int v;
            int w;
            if (move == 0) {
                w = pick(rnd, m, nodes, dIn);
                v = nodes++;
            } else if (move == 1) {
                v = pick(rnd, m, nodes, dOut);
                w = pick(rnd, m, nodes, dIn);
            } else {
                v = pick(rnd, m, nodes, dOut);
                w = nodes++;
            }
            src[m] = v;
            dst[m++] = w;
            if (m - resolved == BATCH) {
                resolve(src, dst, resolved, m);
                resolved = m;
            }
        }
        resolve(src, dst, resolved, m);
        return m;
    }

    /** Edges drawn before their references are resolved (small enough to stay in the first-level cache). */
    private static final int BATCH = 2048;

    /**
     * An account chosen with probability proportional to (its count among the edge ends [0, m) + delta), one draw:
     * an account number, or {@code -1 - i} for "the account at edge end i", resolved by {@link #resolve}.
     */
    private static int pick(SplittableRandom rnd, int m, int nodes, double delta) {
        double total = m + nodes * delta;
        if (total <= 0) {
            return 0;
        }
        double r = rnd.nextDouble() * total;
        if (r < m) {
            return -1 - (int) r;
        }
        return Math.min(nodes - 1, (int) ((r - m) / delta));
    }

    /** Replaces the references of edges [from, to) by the accounts they name (earlier edges, already resolved). */
    private static void resolve(int[] src, int[] dst, int from, int to) {
        for (int i = from; i < to; i++) {
            int v = src[i];
            int w = dst[i];
            src[i] = v < 0 ? src[-1 - v] : v;
            dst[i] = w < 0 ? dst[-1 - w] : w;
        }
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
