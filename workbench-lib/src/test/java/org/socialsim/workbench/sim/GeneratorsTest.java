package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jgrapht.Graph;
import org.jgrapht.generate.DirectedScaleFreeGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    @Test
    void scaleFreeIsIdenticalForASeedOnAnyNumberOfThreads() {
        ScaleFree model = ScaleFree.of(20_000, 8);
        SocialGraph one = Generators.directedScaleFree(model, 5, 1);
        SocialGraph two = Generators.directedScaleFree(model, 5, 2);
        assertEquals(20_000, one.nodeCount());
        assertEquals(one.edgeCount(), two.edgeCount());
        for (int u = 0; u < one.nodeCount(); u += 97) {
            assertArrayEquals(one.followeesOf(u), two.followeesOf(u));
            assertArrayEquals(one.followersOf(u), two.followersOf(u));
        }
        SocialGraph other = Generators.directedScaleFree(model, 6, 2);
        assertTrue(other.edgeCount() != one.edgeCount() || !Arrays.equals(other.followersOf(0), one.followersOf(0)));
        assertTrue(one.edgeCount() > 0.9 * model.edges(), "few repeats at this size: " + one.edgeCount());
    }

    /**
     * The array generator and JGraphT's DirectedScaleFreeGraphGenerator implement the same model: pooled over seeds,
     * their follower and following distributions agree (Kolmogorov-Smirnov distance) and both are heavy-tailed.
     */
    @Test
    void scaleFreeMatchesJGraphTsDegreeDistributions() {
        int nodes = 1200;
        double mean = 6;
        ScaleFree model = ScaleFree.of(nodes, mean);
        int[][] ours = new int[2][];
        int[][] theirs = new int[2][];
        for (int s = 0; s < 3; s++) {
            SocialGraph a = Generators.directedScaleFree(model, 100 + s, 1);
            Graph<Integer, DefaultEdge> j = new DirectedPseudograph<>(counter(), DefaultEdge::new, false);
            new DirectedScaleFreeGraphGenerator<Integer, DefaultEdge>((float) model.alpha(), (float) model.gamma(),
                    (float) model.deltaIn(), (float) model.deltaOut(), (int) model.edges(), -1, 200 + s)
                    .generateGraph(j);
            SocialGraph b = SocialGraph.fromJGraphT(j);
            ours = append(ours, a);
            theirs = append(theirs, b);
        }
        for (int d = 0; d < 2; d++) {
            double ks = ks(ours[d], theirs[d]);
            assertTrue(ks < 0.06, (d == 0 ? "followers" : "following") + " KS distance " + ks);
            int[] sorted = ours[d].clone();
            Arrays.sort(sorted);
            double median = sorted[sorted.length / 2];
            double max = sorted[sorted.length - 1];
            assertTrue(max > 15 * Math.max(1, median), "heavy tail: max " + max + " vs median " + median);
        }
    }

    @Test
    void barabasiAlbertAndWattsStrogatzHaveTheirEdgeCounts() {
        SocialGraph ba = Generators.barabasiAlbert(500, 3, 1);
        assertEquals(500, ba.nodeCount());
        assertEquals(3 * 4 / 2 + (500 - 4) * 3, ba.edgeCount());
        for (int u = 4; u < 500; u++) {
            assertEquals(3, ba.followeeCount(u), "each newcomer follows m older accounts");
        }
        SocialGraph ws = Generators.wattsStrogatz(300, 4, 0.1, 1);
        assertEquals(300 * 4, ws.edgeCount(), "k/2 undirected edges per node, both directions");
    }

    private static int[][] append(int[][] acc, SocialGraph g) {
        int[] in = new int[g.nodeCount()];
        int[] out = new int[g.nodeCount()];
        for (int u = 0; u < g.nodeCount(); u++) {
            in[u] = g.followerCount(u);
            out[u] = g.followeeCount(u);
        }
        return new int[][] {concat(acc[0], in), concat(acc[1], out)};
    }

    private static int[] concat(int[] a, int[] b) {
        if (a == null) {
            return b;
        }
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** Two-sample Kolmogorov-Smirnov distance of integer samples. */
    static double ks(int[] a, int[] b) {
        int[] x = a.clone();
        int[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        int i = 0;
        int j = 0;
        double d = 0;
        while (i < x.length && j < y.length) {
            int v = Math.min(x[i], y[j]);
            while (i < x.length && x[i] == v) {
                i++;
            }
            while (j < y.length && y[j] == v) {
                j++;
            }
            d = Math.max(d, Math.abs((double) i / x.length - (double) j / y.length));
        }
        return d;
    }

    private static java.util.function.Supplier<Integer> counter() {
        int[] next = {0};
        return () -> next[0]++;
    }
}
