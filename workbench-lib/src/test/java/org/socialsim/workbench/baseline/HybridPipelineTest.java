package org.socialsim.workbench.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.generation.ResponseGenerator;
import tech.tablesaw.api.Table;

class HybridPipelineTest {
    static final List<LabeledCase> CASES = PlantedCases.generate(12, 4);

    /** Writes "action: post", and fails on one chosen case. */
    static final ResponseGenerator ECHO = new ResponseGenerator() {
        @Override
        public String name() {
            return "echo (test stand-in)";
        }

        @Override
        public String generate(EngagementCase c, Action action) {
            if (c.caseId().equals("c3")) {
                throw new IllegalStateException("endpoint down");
            }
            return action.label() + ": " + c.post().text();
        }
    };

    @Test
    void theGeneratorWritesForTheClassifiersActionAndNothingIsDropped() {
        HybridPipeline hybrid = (HybridPipeline) HybridPipeline.factory(Baselines.historyPrior(), ECHO)
                .fit(CASES, List.of(), 0);
        List<EngagementCase> inputs = PlantedCases.inputs(CASES);
        List<Prediction> actions = hybrid.classifier().predictAll(inputs);
        assertEquals(actions, hybrid.predictAll(inputs), "the hybrid predicts what its classifier predicts");
        List<HybridPipeline.Response> responses = hybrid.respondAll(inputs);
        assertEquals(CASES.size(), responses.size());
        for (int i = 0; i < responses.size(); i++) {
            HybridPipeline.Response r = responses.get(i);
            assertEquals(inputs.get(i).caseId(), r.caseId());
            assertEquals(actions.get(i).action(), r.action());
            if (r.caseId().equals("c3")) {
                assertNull(r.text());
                assertTrue(r.note().contains("endpoint down"), r.note());
                assertFalse(r.complete());
            } else {
                assertEquals(r.action().label() + ": " + inputs.get(i).post().text(), r.text());
                assertTrue(r.complete());
            }
        }
        assertEquals("history prior -> echo (test stand-in)", hybrid.name());
        Table t = HybridPipeline.toTable(responses);
        assertEquals(List.of("case_id", "action", "response", "note"), t.columnNames());
        assertEquals(CASES.size(), t.rowCount());
    }

    @Test
    void anUnparsedActionIsKeptWithANote() {
        ActionPredictor unsure = new ActionPredictor() {
            @Override
            public String name() {
                return "unsure";
            }

            @Override
            public Prediction predict(EngagementCase c) {
                return Prediction.unparsed(c.caseId(), "maybe?", "no label in the answer");
            }
        };
        HybridPipeline.Response r = HybridPipeline.of(unsure, ECHO).respond(CASES.get(0).input());
        assertNull(r.action());
        assertNull(r.text());
        assertTrue(r.note().contains("no label in the answer"), r.note());
    }
}
