package org.socialsim.workbench.experiment;

import java.util.concurrent.atomic.AtomicInteger;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;

/** A test predictor: the user's most frequent past action when rates are visible, else "quote"; counts its calls. */
public final class RatesPredictor implements ActionPredictor {
    public final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
        return "rates-argmax";
    }

    @Override
    public Prediction predict(EngagementCase c) {
        calls.incrementAndGet();
        if (!c.has(FeatureGroup.RATES) || c.rates().total() == 0) {
            return Prediction.of(c.caseId(), Action.QUOTE);
        }
        Action best = Action.RETWEET;
        for (Action a : Action.values()) {
            if (c.rates().count(a) > c.rates().count(best)) {
                best = a;
            }
        }
        return Prediction.of(c.caseId(), best);
    }
}
