package org.socialsim.workbench.features;

import java.util.Objects;
import org.socialsim.workbench.data.Action;

/**
 * A case together with what really happened: for training baselines and scoring predictions.
 *
 * @param input        what a predictor sees
 * @param truth        the action the user really took
 * @param responseText what the user really wrote (null for a retweet)
 */
public record LabeledCase(EngagementCase input, Action truth, String responseText) {
    public LabeledCase {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(truth, "truth");
    }

    /** The case id. */
    public String caseId() {
        return input.caseId();
    }
}
