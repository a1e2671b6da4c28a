package org.socialsim.workbench.generation.internal;

import java.util.List;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.generation.GeneratedResponse;
import org.socialsim.workbench.generation.ResponseGenerator;
import org.socialsim.workbench.generation.UnusableResponseException;

/** Shared steps of batch generation: argument checks and the per-case failure handling. */
public final class GenerationSupport {
    private GenerationSupport() {
    }

    /** Fails unless there is one action per case. */
    public static void requireSameSize(List<EngagementCase> cases, List<Action> actions) {
        if (cases.size() != actions.size()) {
            throw new IllegalArgumentException("generation needs one action per case: " + cases.size() + " cases, "
                    + actions.size() + " actions");
        }
    }

    /** Generates one response, turning a missing action or an unusable answer into a counted failure. */
    public static GeneratedResponse generateOne(ResponseGenerator g, EngagementCase c, Action action) {
        if (action == null) {
            return noAction(c);
        }
        try {
            return GeneratedResponse.of(c.caseId(), action, g.generate(c, action));
        } catch (UnusableResponseException e) {
            return GeneratedResponse.failed(c.caseId(), action, e.rawAnswer(), e.getMessage());
        }
    }

    /** The failure recorded for a case with no action to generate for. */
    public static GeneratedResponse noAction(EngagementCase c) {
        return GeneratedResponse.failed(c.caseId(), null, "",
                "no action to generate for (the prediction was not parsed)");
    }
}
