package org.socialsim.workbench.metrics;

import java.util.Objects;
import org.socialsim.workbench.data.Action;

/**
 * Precision, recall and F1 of one action, one-against-the-rest. Conventions for empty denominators: precision is 0
 * when the action was never predicted, recall is 0 when it never occurs, F1 is 0 when both are 0 (as scikit-learn
 * with {@code zero_division=0}). Unparsed answers count against recall of the true action and never as a prediction.
 *
 * @param action    the action
 * @param precision right predictions of it / all predictions of it
 * @param recall    right predictions of it / all cases where it is the truth
 * @param f1        harmonic mean of precision and recall
 * @param support   cases where it is the truth
 * @param predicted cases predicted as it
 */
public record ClassScore(Action action, double precision, double recall, double f1, int support, int predicted) {
    public ClassScore {
        Objects.requireNonNull(action, "action");
    }

    /** The scores of one action from a confusion matrix. */
    public static ClassScore of(ConfusionMatrix m, Action a) {
        int tp = m.count(a, a);
        int support = m.truthTotal(a);
        int predicted = m.predictedTotal(a);
        double p = predicted == 0 ? 0 : (double) tp / predicted;
        double r = support == 0 ? 0 : (double) tp / support;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ClassScore(a, p, r, f1, support, predicted);
    }
}
