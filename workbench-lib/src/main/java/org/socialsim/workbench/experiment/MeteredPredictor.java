package org.socialsim.workbench.experiment;

import java.util.Objects;
import org.socialsim.workbench.features.EngagementCase;

/**
 * A predictor whose predictions cost model calls: it reports the usage of each prediction, so a sweep can record
 * tokens per prediction and per cell. Sweeps run such predictors one case at a time with bounded concurrency and
 * save each prediction as soon as it is finished.
 */
public interface MeteredPredictor extends ActionPredictor {

    /** A prediction with what it cost. */
    record Metered(Prediction prediction, CallUsage usage) {
        public Metered {
            Objects.requireNonNull(prediction, "prediction");
            usage = usage == null ? CallUsage.NONE : usage;
        }
    }

    /** Predicts one case and reports its usage. */
    Metered predictMetered(EngagementCase c);

    @Override
    default Prediction predict(EngagementCase c) {
        return predictMetered(c).prediction();
    }
}
