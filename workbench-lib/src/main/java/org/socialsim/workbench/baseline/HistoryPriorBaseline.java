package org.socialsim.workbench.baseline;

import java.util.List;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.features.Shot;

/**
 * Predicts the action the user took most often before: the argmax of the case's past action counts when
 * {@link FeatureGroup#RATES} is visible and the user has history; otherwise the most frequent action among the shown
 * past engagements (shots); otherwise, for a user with no visible history, the training majority. Ties go to the
 * action more frequent in training.
 */
public final class HistoryPriorBaseline implements ActionPredictor {
    private final ClassCounts prior;

    private HistoryPriorBaseline(ClassCounts prior) {
        this.prior = prior;
    }

    /** Learns the fallback prior from the training cases ({@code validation} and {@code seed} unused). */
    public static HistoryPriorBaseline fit(List<LabeledCase> train, List<LabeledCase> validation, long seed) {
        return new HistoryPriorBaseline(ClassCounts.of(train));
    }

    @Override
    public String name() {
        return "history prior";
    }

    @Override
    public Prediction predict(EngagementCase c) {
        double[] votes = new double[Action.values().length];
        String source;
        if (c.has(FeatureGroup.RATES) && c.rates().total() > 0) {
            for (Action a : Action.values()) {
                votes[a.ordinal()] = c.rates().count(a);
            }
            source = "rates";
        } else if (!c.shots().isEmpty()) {
            for (Shot s : c.shots()) {
                votes[s.action().ordinal()]++;
            }
            source = "shots";
        } else {
            return new Prediction(c.caseId(), prior.majority(), "", "no visible history: training majority");
        }
        Action best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Action a : Action.values()) {
            double score = votes[a.ordinal()] + 1e-6 * prior.share(a);
            if (score > bestScore) {
                best = a;
                bestScore = score;
            }
        }
        return new Prediction(c.caseId(), best, "", "from " + source);
    }
}
