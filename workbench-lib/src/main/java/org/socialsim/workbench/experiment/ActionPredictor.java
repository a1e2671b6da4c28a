package org.socialsim.workbench.experiment;

import java.util.ArrayList;
import java.util.List;
import org.socialsim.workbench.features.EngagementCase;

/**
 * Predicts what a user does with a post. One interface for LLM predictors and every baseline, so sweeps, metrics
 * and notebooks never care which kind they hold.
 */
public interface ActionPredictor {

    /** A short name for tables and plots, e.g. "majority" or "openai:gpt-4o-mini / few-shot". */
    String name();

    /** Predicts one case. */
    Prediction predict(EngagementCase c);

    /** Predicts many cases, in order; implementations may batch or run concurrently. */
    default List<Prediction> predictAll(List<EngagementCase> cases) {
        List<Prediction> out = new ArrayList<>(cases.size());
        for (EngagementCase c : cases) {
            out.add(predict(c));
        }
        return out;
    }
}
