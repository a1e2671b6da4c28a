package org.socialsim.workbench.generation;

import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.data.PostVectors;
import org.socialsim.workbench.generation.internal.PerTextScoring;
import org.socialsim.workbench.text.Encoder;

/**
 * Meaning: the cosine similarity of the two texts' sentence embeddings (in [-1, 1]; 1 = the same meaning). Vectors
 * come from a text-keyed {@link PostVectors} cache, so a text met again (the true texts of every configuration, the
 * posts the feature extractor or a retrieval generator embedded) is embedded once.
 */
public final class MeaningScorer implements AlignmentScorer {
    private final PostVectors vectors;
    private final List<Measure> measures;

    private MeaningScorer(PostVectors vectors) {
        this.vectors = Objects.requireNonNull(vectors, "vectors");
        this.measures = List.of(new Measure("meaning_cosine", "meaning", true,
                "cosine of " + vectors.encoder().name() + " sentence embeddings, in [-1, 1]"));
    }

    /** Meaning with the given encoder (normally {@code Encoders.miniLm()}) and a cache of its own. */
    public static MeaningScorer of(Encoder encoder) {
        return of(PostVectors.of(encoder));
    }

    /** Meaning with a shared vector cache. */
    public static MeaningScorer of(PostVectors vectors) {
        return new MeaningScorer(vectors);
    }

    @Override
    public List<Measure> measures() {
        return measures;
    }

    @Override
    public List<double[]> scoreAll(List<ResponsePair> pairs) {
        return PerTextScoring.scoreAll("meaning", pairs, Integer.MAX_VALUE, texts -> {
            vectors.ensureTexts(texts); // batched, with its own progress bar
            return texts.stream().map(vectors::vector).toList();
        }, (g, r) -> new double[] {Encoder.cosine(g, r)});
    }
}
