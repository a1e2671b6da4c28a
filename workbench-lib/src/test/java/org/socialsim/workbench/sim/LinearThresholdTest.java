package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LinearThresholdTest {

    @Test
    void fullWeightWalksTheWholeLine() {
        Trajectory t = Simulation.on(Generators.line(20)).policies(LinearThreshold.of()).build()
                .run("line", 25, Intervention.seed(0, "news"));
        assertEquals(20, t.last().participants(), "weight 1/1 reaches any threshold");
        assertEquals(19, t.last().depth());
    }

    /** With uniform thresholds, activation probability equals the active weight: w^d along a line of weight w. */
    @Test
    void activationProbabilityEqualsActiveWeight() {
        double w = 0.5;
        double[] share = CascadeTesting.shareProbability(Generators.line(6), LinearThreshold.withWeight(w), 0, 8, 4000);
        for (int d = 1; d <= 3; d++) {
            double expected = Math.pow(w, d);
            assertEquals(expected, share[d], 4.5 * Math.sqrt(expected * (1 - expected) / 4000), "distance " + d);
        }
    }

    /**
     * Agent 2 follows 0 and 1 (weights 1/2 each). If only 0 posts, 2 activates with probability 1/2 unless 1 (who
     * follows 0 alone, so always activates) adds its half a step later: then 2 always activates. LT adds weights where
     * independent cascade multiplies chances: here LT gives 1, IC with p = 1/2 would give 1/2 + 1/4 * 1/2.
     */
    @Test
    void weightsAddUp() {
        SocialGraph v = SocialGraph.builder(3).follow(1, 0).follow(2, 0).follow(2, 1).build();
        double[] share = CascadeTesting.shareProbability(v, LinearThreshold.of(), 0, 4, 500);
        assertEquals(1.0, share[1]);
        assertEquals(1.0, share[2]);
        SocialGraph apart = SocialGraph.builder(3).follow(2, 0).follow(2, 1).build();
        double[] half = CascadeTesting.shareProbability(apart, LinearThreshold.of(), 0, 4, 4000);
        assertEquals(0.5, half[2], 4.5 * Math.sqrt(0.25 / 4000));
    }
}
