package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedConfidenceTest {

    private static float[] finalAttitudes(SocialGraph g, Policy policy, float[] initial, int steps) {
        Simulation sim = Simulation.on(g).policies(policy).initialAttitudes(initial).seed(9).build();
        try (Simulation.Run r = sim.start("bc", List.of())) {
            r.advance(steps);
            float[] x = new float[g.nodeCount()];
            for (int u = 0; u < x.length; u++) {
                x[u] = r.world().attitude(u);
            }
            return x;
        }
    }

    /** Groups of sorted values with gaps above {@code gap} between them. */
    private static List<float[]> clusters(float[] x, double gap) {
        float[] s = x.clone();
        Arrays.sort(s);
        List<float[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= s.length; i++) {
            if (i == s.length || s[i] - s[i - 1] > gap) {
                out.add(Arrays.copyOfRange(s, from, i));
                from = i;
            }
        }
        return out;
    }

    @Test
    void hegselmannKrauseReachesConsensusWithAWideBound() {
        float[] x = finalAttitudes(Generators.complete(100), HegselmannKrause.of(1.0), InitialAttitudes.evenly(100), 30);
        List<float[]> c = clusters(x, 1e-3);
        assertEquals(1, c.size(), "one opinion left");
        assertEquals(0, c.get(0)[0], 1e-3, "symmetric start, consensus at the centre");
    }

    /**
     * With a narrow bound, Hegselmann-Krause freezes into clusters more than epsilon apart (each cluster can no longer
     * see the others), about 1 / (2 epsilon) of them on a unit-width scale (Lorenz 2007): here width 2, epsilon 0.2.
     */
    @Test
    void hegselmannKrauseFreezesIntoSeparatedClusters() {
        double eps = 0.2;
        float[] x = finalAttitudes(Generators.complete(200), HegselmannKrause.of(eps), InitialAttitudes.evenly(200), 60);
        List<float[]> c = clusters(x, 1e-3);
        assertTrue(c.size() >= 3 && c.size() <= 6, "clusters: " + c.size());
        for (int i = 1; i < c.size(); i++) {
            float gap = c.get(i)[0] - c.get(i - 1)[c.get(i - 1).length - 1];
            assertTrue(gap > eps, "clusters " + (i - 1) + " and " + i + " are " + gap + " apart");
        }
    }

    /** Deffuant-Weisbuch: a wide bound gives consensus; a narrow one a few clusters more than epsilon apart. */
    @Test
    void deffuantFormsClusters() {
        SocialGraph g = Generators.complete(300);
        float[] wide = finalAttitudes(g, Deffuant.of(1.2, 0.5), InitialAttitudes.uniform(300, 4), 400);
        assertEquals(1, clusters(wide, 0.05).size());
        double eps = 0.3;
        float[] narrow = finalAttitudes(g, Deffuant.of(eps, 0.5), InitialAttitudes.uniform(300, 4), 600);
        List<float[]> c = clusters(narrow, 0.05);
        int big = 0;
        for (float[] k : c) {
            if (k.length >= 10) {
                big++;
                assertTrue(k[k.length - 1] - k[0] < 0.05, "a cluster has converged: spread " + (k[k.length - 1] - k[0]));
            }
        }
        assertTrue(big >= 2 && big <= 5, "about 2 / (2 * 0.3) = 3 major clusters, got " + big);
    }

    @Test
    void attitudesStayInRangeAndPositiveShareIsReported() {
        SocialGraph g = Generators.directedScaleFree(ScaleFree.of(2000, 6), 3, 1);
        Trajectory t = Simulation.on(g).policies(HegselmannKrause.of(0.4)).initialAttitudes(
                InitialAttitudes.binary(2000, 0.3, 5)).build().run("hk", 5);
        double share = t.steps().get(0).positiveAll();
        assertEquals(0.3, share, 0.04);
        assertTrue(Double.isNaN(t.steps().get(0).positiveAware()), "nobody is aware without a post");
    }
}
