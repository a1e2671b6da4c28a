package org.socialsim.workbench.baseline;

import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;

/** Always predicts the most frequent action of the training cases (ties: retweet, quote, rewrite order). */
public final class MajorityBaseline implements ActionPredictor {
    private final Action action;

    private MajorityBaseline(Action action) {
        this.action = Objects.requireNonNull(action, "action");
    }

    /** Learns the majority action; {@code validation} and {@code seed} are unused (fits {@code PredictorFactory}). */
    public static MajorityBaseline fit(List<LabeledCase> train, List<LabeledCase> validation, long seed) {
        return new MajorityBaseline(ClassCounts.of(train).majority());
    }

    /** The action it always predicts. */
    public Action action() {
        return action;
    }

    @Override
    public String name() {
        return "majority";
    }

    @Override
    public Prediction predict(EngagementCase c) {
        return Prediction.of(c.caseId(), action);
    }
}
