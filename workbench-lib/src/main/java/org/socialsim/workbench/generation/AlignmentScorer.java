package org.socialsim.workbench.generation;

import java.util.List;

/**
 * Scores how close generated responses are to what users really wrote, on one dimension (meaning, sentiment, style,
 * or a judged one). The hook is {@link #scoreAll}, so implementations batch (an encoder, a judge) and compute each
 * distinct text once; {@link #score} is one pair of it.
 */
public interface AlignmentScorer {

    /** The measures this scorer yields, in the order of each pair's values. */
    List<Measure> measures();

    /**
     * Scores pairs that all have a generated text, in order: one value per measure for each pair, {@code NaN} where a
     * value could not be had (e.g. a judge answer that could not be parsed), which summaries count as missing.
     */
    List<double[]> scoreAll(List<ResponsePair> pairs);

    /** Scores one pair. */
    default double[] score(ResponsePair pair) {
        return scoreAll(List.of(pair)).get(0);
    }
}
