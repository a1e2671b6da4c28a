package org.socialsim.workbench.experiment;

import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.prompt.PromptConfig;

/**
 * A model of a sweep: how to make the predictor of one cell. {@code spec} is null unless it is a chat model;
 * {@code concurrency} is how many of its predictions may run at once unless the sweep says otherwise (a chat model's
 * client's concurrency; 1 for the rest).
 */
record SweepModel(String name, ModelSpec spec, int concurrency, SweepModel.CellFactory factory) {
    SweepModel {
        Objects.requireNonNull(name, "model name");
        Objects.requireNonNull(factory, "factory");
        if (concurrency < 1) {
            throw new IllegalArgumentException("model '" + name + "': concurrency must be >= 1, was " + concurrency);
        }
    }

    /** Makes the predictor of one cell from the cell's configuration and its restricted cases. */
    @FunctionalInterface
    interface CellFactory {
        ActionPredictor create(PromptConfig config, List<LabeledCase> train, List<LabeledCase> validation, long seed);
    }
}
