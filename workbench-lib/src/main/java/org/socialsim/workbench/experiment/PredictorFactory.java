package org.socialsim.workbench.experiment;

import java.util.List;
import org.socialsim.workbench.features.LabeledCase;

/**
 * Makes a predictor for one sweep cell from that cell's training and validation cases (already restricted to the
 * cell's feature groups and shot count). Predictors that learn nothing (an LLM prompt) ignore the data.
 */
@FunctionalInterface
public interface PredictorFactory {

    /** Trains (or just builds) a predictor; everything random is drawn from {@code seed}. */
    ActionPredictor fit(List<LabeledCase> train, List<LabeledCase> validation, long seed);
}
