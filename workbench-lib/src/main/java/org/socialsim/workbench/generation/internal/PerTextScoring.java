package org.socialsim.workbench.generation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.socialsim.workbench.generation.ResponsePair;
import org.socialsim.workbench.progress.Progress;

/**
 * The shape every built-in scorer shares: compute a feature of each distinct text once (an embedding, a VADER score,
 * a style profile, a judge's label), in batches with progress, then compare the generated and true text's features
 * pair by pair. True texts repeat across configurations and generated texts repeat (echoes, retrieval), so computing
 * each distinct text once matters.
 */
public final class PerTextScoring {
    private PerTextScoring() {
    }

    /**
     * Scores pairs (all with a generated text).
     *
     * @param task     progress label
     * @param pairs    the pairs
     * @param batch    how many texts {@code features} receives at a time
     * @param features the feature of each text in a batch, in order
     * @param compare  the measures' values from the generated and the true text's features
     */
    public static <F> List<double[]> scoreAll(String task, List<ResponsePair> pairs, int batch,
                                              Function<List<String>, List<F>> features,
                                              BiFunction<F, F, double[]> compare) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (ResponsePair p : pairs) {
            if (!p.hasGenerated()) {
                throw new IllegalArgumentException("case " + p.caseId() + " has no generated text to score");
            }
            index.putIfAbsent(p.generated(), index.size());
            index.putIfAbsent(p.reference(), index.size());
        }
        List<String> texts = new ArrayList<>(index.keySet());
        List<F> values = new ArrayList<>(texts.size());
        boolean quiet = texts.size() <= batch;
        try (Progress progress = quiet ? null : Progress.start(task, texts.size())) {
            for (int from = 0; from < texts.size(); from += batch) {
                List<String> part = texts.subList(from, Math.min(texts.size(), from + batch));
                List<F> f = features.apply(part);
                if (f.size() != part.size()) {
                    throw new IllegalStateException(task + ": " + f.size() + " features for " + part.size() + " texts");
                }
                values.addAll(f);
                if (progress != null) {
                    progress.stepBy(part.size());
                }
            }
        }
        List<double[]> out = new ArrayList<>(pairs.size());
        for (ResponsePair p : pairs) {
            out.add(compare.apply(values.get(index.get(p.generated())), values.get(index.get(p.reference()))));
        }
        return out;
    }

    /** Applies a one-text feature to each text of a batch. */
    public static <F> Function<List<String>, List<F>> each(Function<String, F> feature) {
        return texts -> {
            List<F> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                out.add(feature.apply(t));
            }
            return out;
        };
    }
}
