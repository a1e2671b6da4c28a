package org.socialsim.workbench.baseline;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.socialsim.workbench.features.LabeledCase;

/** Actions as class indices ({@code Action.ordinal()}), for the classifiers under the baselines. */
final class Labels {
    private Labels() {
    }

    /** The true class index of every case. */
    static int[] of(List<LabeledCase> cases) {
        int[] y = new int[cases.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = cases.get(i).truth().ordinal();
        }
        return y;
    }

    /** Share of indices i where {@code predicted(i) == truth[i]}; NaN for no cases. */
    static double accuracy(int[] truth, IntUnaryOperator predicted) {
        if (truth.length == 0) {
            return Double.NaN;
        }
        int hits = 0;
        for (int i = 0; i < truth.length; i++) {
            hits += predicted.applyAsInt(i) == truth[i] ? 1 : 0;
        }
        return (double) hits / truth.length;
    }
}
