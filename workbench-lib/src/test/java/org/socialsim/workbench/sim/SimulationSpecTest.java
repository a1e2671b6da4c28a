package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationSpecTest {

    @Test
    void roundTripsThroughJsonAndBuildsTheSameRun() {
        SimulationSpec spec = new SimulationSpec(5, 2, new FeedMix(0.8, 0.01), 3, InfluenceWeights.defaults(), List.of(
                SimulationSpec.PolicySpec.of("independent-cascade", Map.of("p", 0.2, "persistence", 0.3)),
                SimulationSpec.PolicySpec.of("emotion-contagion", Map.of("beta", 0.4, "decay", 0.2)),
                SimulationSpec.PolicySpec.of("deffuant", Map.of("epsilon", 0.4, "mu", 0.25, "feed_only", 1.0))));
        String json = spec.toJson();
        SimulationSpec back = SimulationSpec.fromJson(json);
        assertEquals(spec, back);
        assertTrue(json.contains("\"independent-cascade\""), json);
        SocialGraph g = Generators.directedScaleFree(ScaleFree.of(3000, 6), 1, 1);
        Trajectory a = spec.build(g, null).run("a", 10, Intervention.seed(0, "x"));
        Trajectory b = back.build(g, null).run("a", 10, Intervention.seed(0, "x"));
        assertEquals(a.steps(), b.steps());
    }

    @Test
    void unknownKindsAndMissingClientsAreClearErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulationSpec.PolicySpec.of("sir", Map.of()).toPolicy(null));
        assertTrue(e.getMessage().contains("sir") && e.getMessage().contains("independent-cascade"));
        IllegalArgumentException llm = assertThrows(IllegalArgumentException.class,
                () -> SimulationSpec.PolicySpec.of("llm", Map.of()).toPolicy(null));
        assertTrue(llm.getMessage().contains("WORKBENCH_LLM"));
    }
}
