package org.socialsim.workbench.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.features.LabeledCase;

/**
 * What a predictor answered beside what was true, case by case: the input of every metric, interval and paired
 * test. A {@code null} predicted action is an unparsed answer; it is kept, counted, and scored as wrong.
 *
 * @param caseIds   the case of each position
 * @param truth     the true action of each position
 * @param predicted the predicted action of each position, {@code null} when the answer was not parsed
 */
public record Outcomes(List<String> caseIds, List<Action> truth, List<Action> predicted) {
    public Outcomes {
        caseIds = List.copyOf(caseIds);
        truth = List.copyOf(truth);
        predicted = Collections.unmodifiableList(new ArrayList<>(predicted));
        if (caseIds.size() != truth.size() || truth.size() != predicted.size()) {
            throw new IllegalArgumentException("outcomes need one case id, truth and prediction per case; got "
                    + caseIds.size() + " ids, " + truth.size() + " truths, " + predicted.size() + " predictions");
        }
    }

    /** Outcomes from parallel lists of true and predicted actions (ids are the positions "0", "1", ...). */
    public static Outcomes ofActions(List<Action> truth, List<Action> predicted) {
        List<String> ids = new ArrayList<>(truth.size());
        for (int i = 0; i < truth.size(); i++) {
            ids.add(Integer.toString(i));
        }
        return new Outcomes(ids, truth, predicted);
    }

    /**
     * Pairs each labeled case with the prediction for the same case id, in the order of {@code cases}.
     *
     * @throws IllegalArgumentException naming the first case without a prediction, or a prediction for no case
     */
    public static Outcomes of(List<LabeledCase> cases, List<Prediction> predictions) {
        Map<String, Prediction> byId = new HashMap<>(predictions.size() * 2);
        for (Prediction p : predictions) {
            if (byId.put(p.caseId(), p) != null) {
                throw new IllegalArgumentException("two predictions for case " + p.caseId());
            }
        }
        List<String> ids = new ArrayList<>(cases.size());
        List<Action> truth = new ArrayList<>(cases.size());
        List<Action> predicted = new ArrayList<>(cases.size());
        for (LabeledCase c : cases) {
            Prediction p = byId.remove(c.caseId());
            if (p == null) {
                throw new IllegalArgumentException("no prediction for case " + c.caseId() + " (" + predictions.size()
                        + " predictions for " + cases.size() + " cases)");
            }
            ids.add(c.caseId());
            truth.add(c.truth());
            predicted.add(p.action());
        }
        if (!byId.isEmpty()) {
            throw new IllegalArgumentException("prediction for unknown case " + byId.keySet().iterator().next()
                    + " (" + byId.size() + " predictions match no labeled case)");
        }
        return new Outcomes(ids, truth, predicted);
    }

    /** Number of cases. */
    public int size() {
        return truth.size();
    }

    /** Whether position i was predicted right (an unparsed answer is wrong). */
    public boolean correct(int i) {
        return truth.get(i) == predicted.get(i);
    }

    /** 1 for each right prediction, 0 for each wrong or unparsed one: the per-case values behind accuracy. */
    public double[] correctness() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = correct(i) ? 1 : 0;
        }
        return out;
    }

    /** Number of unparsed answers. */
    public int unparsed() {
        int n = 0;
        for (Action a : predicted) {
            n += a == null ? 1 : 0;
        }
        return n;
    }

    /** Checks that another set of outcomes is about the same cases in the same order (for paired tests). */
    void requireSameCases(Outcomes other) {
        Objects.requireNonNull(other, "other outcomes");
        if (!caseIds.equals(other.caseIds) || !truth.equals(other.truth)) {
            throw new IllegalArgumentException("paired comparison needs the same cases in the same order ("
                    + size() + " vs " + other.size() + " cases)");
        }
    }
}
