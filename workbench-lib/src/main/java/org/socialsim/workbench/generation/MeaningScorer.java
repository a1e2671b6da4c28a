package org.socialsim.workbench.generation;

import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.generation.internal.PerTextScoring;
import org.socialsim.workbench.text.Encoder;

/** Meaning: the cosine similarity of the two texts' sentence embeddings (in [-1, 1]; 1 = the same meaning). */
public final class MeaningScorer implements AlignmentScorer {
    private static final int BATCH = 256;
    private final Encoder encoder;
    private final List<Measure> measures;

    private MeaningScorer(Encoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.measures = List.of(new Measure("meaning_cosine", "meaning", true,
                "cosine of " + encoder.name() + " sentence embeddings, in [-1, 1]"));
    }

    /** Meaning with the given encoder (normally {@code Encoders.miniLm()}). */
    public static MeaningScorer of(Encoder encoder) {
        return new MeaningScorer(encoder);
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }

    @Override
    public double[] score(ResponsePair pair) {
        return scoreAll(List.of(pair)).get(0);
    }

    @Override
    public List<double[]> scoreAll(List<ResponsePair> pairs) {
        return PerTextScoring.scoreAll("embed for meaning (" + encoder.name() + ")", pairs, BATCH, encoder::embedAll,
                (g, r) -> new double[] {Encoder.cosine(g, r)});
    }
}
