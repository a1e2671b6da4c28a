package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IndependentCascadeTest {

    /** On a line, the post reaches distance d with probability p^d: E[participants] = sum of p^d. */
    @Test
    void lineReachesDistanceDWithProbabilityPToTheD() {
        double p = 0.6;
        int length = 8;
        double[] share = CascadeTesting.shareProbability(Generators.line(length + 1), IndependentCascade.of(p), 0,
                length + 2, 4000);
        for (int d = 1; d <= 4; d++) {
            double expected = Math.pow(p, d);
            double se = Math.sqrt(expected * (1 - expected) / 4000);
            assertEquals(expected, share[d], 4.5 * se, "distance " + d);
        }
    }

    /** From the centre of a star, the number of leaves that repost is Binomial(leaves, p). */
    @Test
    void starLeavesRepostBinomially() {
        int leaves = 200;
        double p = 0.1;
        Trajectory[] runs = CascadeTesting.runs(Generators.star(leaves + 1), IndependentCascade.of(p), 0, 5, 600);
        double mean = 0;
        double sq = 0;
        for (Trajectory t : runs) {
            double k = t.last().participants() - 1;
            mean += k;
            sq += k * k;
            assertTrue(t.last().depth() <= 1, "a star cascade is one level deep");
            assertEquals(t.last().participants() - 1, t.steps().get(1).newParticipants(), "all at step 1, never later");
        }
        mean /= runs.length;
        double var = sq / runs.length - mean * mean;
        double expMean = leaves * p;
        double expVar = leaves * p * (1 - p);
        assertEquals(expMean, mean, 4.5 * Math.sqrt(expVar / runs.length));
        assertEquals(expVar, var, 0.25 * expVar);
        for (Trajectory t : runs) {
            assertEquals(leaves + 1, t.last().aware(), "every follower of the centre saw the post");
        }
    }

    /** Two sharing followees give two independent chances: 1 - (1 - p)^2. */
    @Test
    void twoParentsGiveTwoIndependentChances() {
        SocialGraph v = SocialGraph.builder(3).follow(1, 0).follow(2, 0).follow(2, 1).build();
        double p = 0.5;
        // 0 posts; 1 reposts w.p. p at step 1; 2 gets a chance from 0 at step 1 and (if 1 reposted) from 1 at step 2
        double[] share = CascadeTesting.shareProbability(v, IndependentCascade.of(p), 0, 4, 6000);
        double expected = p + (1 - p) * p * p;
        assertEquals(expected, share[2], 4.5 * Math.sqrt(expected * (1 - expected) / 6000));
    }

    @Test
    void certainCascadeWalksTheWholeLine() {
        Trajectory t = Simulation.on(Generators.line(30)).policies(IndependentCascade.of(1)).build()
                .run("line", 40, Intervention.seed(0, "news"));
        assertEquals(30, t.last().participants());
        assertEquals(29, t.last().depth());
        assertEquals(1, t.last().maxBreadth());
        assertEquals(30, t.steps().get(29).participants(), "one step per hop");
    }

    /** With persistence, a leaf eventually reposts with probability 1 - prod over ages a of (1 - p * persistence^a). */
    @Test
    void persistenceGivesRepeatedDecayingChances() {
        double p = 0.2;
        double lambda = 0.6;
        double stay = 1;
        for (int a = 0; a < 200; a++) {
            stay *= 1 - p * Math.pow(lambda, a);
        }
        double expected = 1 - stay;
        int leaves = 300;
        Trajectory[] runs = CascadeTesting.runs(Generators.star(leaves + 1),
                IndependentCascade.of(p).withPersistence(lambda), 0, 60, 200);
        double share = (CascadeTesting.meanParticipants(runs) - 1) / leaves;
        double se = Math.sqrt(expected * (1 - expected) / (leaves * 200.0));
        assertEquals(expected, share, 4.5 * se);
        assertTrue(runs[0].steps().get(3).newParticipants() > 0, "late reposts happen");
    }

    @Test
    void recommendationsReachAgentsWithoutFollowEdges() {
        SocialGraph isolated = SocialGraph.builder(200).build();
        Trajectory t = Simulation.on(isolated).policies(IndependentCascade.of(0.5))
                .feedMix(FeedMix.withRecommendations(0.2)).seed(3).build()
                .run("rec", 30, Intervention.seed(0, "news"));
        assertTrue(t.last().aware() > 150, "aware " + t.last().aware());
        assertTrue(t.last().participants() > 50, "participants " + t.last().participants());
        assertEquals(1, t.last().depth(), "recommended reposts hang under the author");
        Trajectory none = Simulation.on(isolated).policies(IndependentCascade.of(0.5)).build()
                .run("none", 30, Intervention.seed(0, "news"));
        assertEquals(1, none.last().aware());
    }
}
