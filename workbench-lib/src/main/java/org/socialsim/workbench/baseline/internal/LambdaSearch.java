package org.socialsim.workbench.baseline.internal;

import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/** Picks a regularisation strength by validation accuracy: fits one model per candidate, keeps the best. */
public final class LambdaSearch {
    private LambdaSearch() {
    }

    /**
     * A model fitted with one strength.
     *
     * @param model              the model
     * @param lambda             its regularisation strength
     * @param validationAccuracy its accuracy on the validation cases (NaN when there were none)
     */
    public record Fitted<M>(M model, double lambda, double validationAccuracy) {
    }

    /**
     * Fits every candidate and returns the one most accurate on validation (the earlier candidate on ties). Without
     * validation cases, fits only the middle candidate.
     */
    public static <M> Fitted<M> pick(List<Double> lambdas, DoubleFunction<M> fit, ToDoubleFunction<M> accuracy,
                                     boolean haveValidation) {
        if (lambdas.isEmpty()) {
            throw new IllegalArgumentException("no regularisation strengths to choose from");
        }
        if (!haveValidation) {
            double lambda = lambdas.get(lambdas.size() / 2);
            return new Fitted<>(fit.apply(lambda), lambda, Double.NaN);
        }
        Fitted<M> best = null;
        for (double lambda : lambdas) {
            M m = fit.apply(lambda);
            double acc = accuracy.applyAsDouble(m);
            if (best == null || acc > best.validationAccuracy()) {
                best = new Fitted<>(m, lambda, acc);
            }
        }
        return best;
    }
}
