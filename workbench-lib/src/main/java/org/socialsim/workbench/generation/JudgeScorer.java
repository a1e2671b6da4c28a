package org.socialsim.workbench.generation;

import java.util.List;
import org.socialsim.workbench.generation.internal.PerTextScoring;

/**
 * Agreement of the {@link LlmJudge}'s labels on one dimension: 1 when the generated and the true text get the same
 * label, 0 when they differ, {@code NaN} (missing) when either answer was malformed. Each distinct text is judged once
 * per call; the LLM client's cache makes repeated true texts free across configurations.
 */
public final class JudgeScorer implements AlignmentScorer {
    private final LlmJudge judge;
    private final JudgeDimension dimension;
    private final List<Measure> measures;

    JudgeScorer(LlmJudge judge, JudgeDimension dimension) {
        this.judge = judge;
        this.dimension = dimension;
        this.measures = List.of(dimension.measure());
    }

    /** The dimension judged. */
    public JudgeDimension dimension() {
        return dimension;
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }

    @Override
    public List<double[]> scoreAll(List<ResponsePair> pairs) {
        return PerTextScoring.scoreAll(judge.name() + ": " + dimension.key(), pairs, Integer.MAX_VALUE,
                texts -> judge.labelAll(dimension, texts), JudgeScorer::agreement);
    }

    private static double[] agreement(String generated, String reference) {
        if (generated == null || reference == null) {
            return new double[] {Double.NaN};
        }
        return new double[] {generated.equals(reference) ? 1 : 0};
    }
}
