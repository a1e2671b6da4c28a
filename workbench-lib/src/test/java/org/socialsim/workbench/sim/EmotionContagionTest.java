package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmotionContagionTest {

    /** Without stimulus, intense agents calm down one level with probability decay per step: (1 - d)^t stay intense. */
    @Test
    void decayIsGeometric() {
        int n = 20_000;
        double decay = 0.2;
        SocialGraph g = SocialGraph.builder(n).build();
        Simulation sim = Simulation.on(g).policies(EmotionContagion.of(0.5, decay)).seed(2).build();
        List<Intervention> intense = new java.util.ArrayList<>();
        for (int u = 0; u < n; u++) {
            intense.add(Intervention.injectPost(0, u, "", Emotion.INTENSE, 0));
        }
        Trajectory t = sim.run("decay", 4, intense);
        for (int s = 0; s <= 4; s++) {
            double expected = Math.pow(1 - decay, s);
            assertEquals(expected, t.steps().get(s).intense(), 4.5 * Math.sqrt(expected * (1 - expected) / n) + 1e-9,
                    "step " + s);
        }
        // after one step: 0.8 intense, 0.2 moderate; after two: moderate = 2 * 0.8 * 0.2 (in and out)
        assertEquals(2 * 0.8 * 0.2, t.steps().get(2).moderate(), 0.015);
    }

    /** A follower reading an intense post (level 2) heats up with probability 1 - (1 - beta)^2. */
    @Test
    void stimulusRaisesEmotionWithTheContagionProbability() {
        int leaves = 20_000;
        double beta = 0.3;
        Trajectory t = Simulation.on(Generators.star(leaves + 1)).policies(EmotionContagion.of(beta, 0)).seed(3)
                .build().run("star", 1, Intervention.injectPost(0, 0, "outrage", Emotion.INTENSE, 0));
        double expected = 1 - Math.pow(1 - beta, 2);
        // the centre stays intense; leaves are aware (default exposure) and moderate with probability `expected`
        double moderateLeaves = t.steps().get(1).moderate() * (leaves + 1) / leaves;
        assertEquals(expected, moderateLeaves, 4.5 * Math.sqrt(expected * (1 - expected) / leaves));
    }
}
