package org.socialsim.workbench.generation;

import java.util.List;
import org.socialsim.workbench.generation.internal.PerTextScoring;
import org.socialsim.workbench.text.Vader;

/**
 * Sentiment with VADER: whether the two texts have the same polarity (positive, neutral or negative with the usual
 * +/-0.05 cut-off on the compound score: 1 or 0) and the gap between their compound scores (in [0, 2]; 0 = equal).
 */
public final class SentimentScorer implements AlignmentScorer {
    private static final List<Measure> MEASURES = List.of(
            new Measure("sentiment_agreement", "sentiment", true,
                    "1 if VADER puts both texts in the same polarity class (+/-0.05 cut-off), else 0"),
            new Measure("sentiment_gap", "sentiment", false,
                    "|VADER compound(generated) - compound(true)|, in [0, 2]"));

    private SentimentScorer() {
    }

    /** The VADER sentiment scorer. */
    public static SentimentScorer vader() {
        return new SentimentScorer();
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public List<double[]> scoreAll(List<ResponsePair> pairs) {
        return PerTextScoring.scoreAll("VADER sentiment", pairs, 1024, PerTextScoring.each(Vader::compound),
                SentimentScorer::compare);
    }

    private static double[] compare(double generated, double reference) {
        boolean same = Vader.Polarity.of(generated) == Vader.Polarity.of(reference);
        return new double[] {same ? 1 : 0, Math.abs(generated - reference)};
    }
}
