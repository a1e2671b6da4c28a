package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores how close generated responses are to what users really wrote, on one dimension (meaning, sentiment, style,
 * or a judged one). The hook is {@link #score}; {@link #scoreAll} lets implementations batch (an encoder, a judge).
 */
public interface AlignmentScorer {

    /** The measures this scorer yields, in the order of {@link #score}'s values. */
    List<Measure> measures();

    /**
     * Scores one pair whose generated text exists: one value per measure, {@code NaN} where a value could not be had
     * (e.g. a judge answer that could not be parsed), which summaries count as missing.
     */
    double[] score(ResponsePair pair);

    /** Scores many pairs (all with a generated text), in order. */
    default List<double[]> scoreAll(List<ResponsePair> pairs) {
        List<double[]> out = new ArrayList<>(pairs.size());
        for (ResponsePair p : pairs) {
            out.add(score(p));
        }
        return out;
    }
}
