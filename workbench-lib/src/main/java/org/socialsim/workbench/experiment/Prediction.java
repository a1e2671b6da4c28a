package org.socialsim.workbench.experiment;

import java.util.Objects;
import org.socialsim.workbench.data.Action;

/**
 * A predictor's answer for one case.
 *
 * @param caseId    the case it answers
 * @param action    the predicted action, or {@code null} when the answer could not be parsed (scored as wrong, and
 *                  counted)
 * @param rawAnswer the model's raw text, for inspection (empty for non-generative predictors)
 * @param note      why the answer is unparsed, or other remarks; empty when none
 */
public record Prediction(String caseId, Action action, String rawAnswer, String note) {
    public Prediction {
        Objects.requireNonNull(caseId, "caseId");
        rawAnswer = rawAnswer == null ? "" : rawAnswer;
        note = note == null ? "" : note;
    }

    /** A parsed prediction from a predictor with no text output. */
    public static Prediction of(String caseId, Action action) {
        return new Prediction(caseId, Objects.requireNonNull(action, "action"), "", "");
    }

    /** An answer that could not be parsed into an action. */
    public static Prediction unparsed(String caseId, String rawAnswer, String why) {
        return new Prediction(caseId, null, rawAnswer, why);
    }

    /** Whether an action was recovered from the answer. */
    public boolean parsed() {
        return action != null;
    }
}
