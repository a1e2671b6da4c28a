package org.socialsim.workbench.experiment;

import java.util.Objects;
import org.socialsim.workbench.prompt.PromptConfig;

/**
 * One point of a sweep: a model, a prompt configuration and a seed.
 *
 * @param model      the model's name
 * @param config     the prompt configuration (what the model may see)
 * @param groupLabel the name of the feature-group subset ("all", "-rates", ...)
 * @param seed       the seed of fitting (and of anything random in the predictor)
 */
public record Cell(String model, PromptConfig config, String groupLabel, long seed) {
    public Cell {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(groupLabel, "groupLabel");
    }

    /** The key of this cell's predictions in a results folder. */
    public String key() {
        return model + " | " + config.label() + " | seed=" + seed;
    }
}
