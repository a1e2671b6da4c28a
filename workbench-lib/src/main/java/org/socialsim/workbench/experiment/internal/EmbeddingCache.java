package org.socialsim.workbench.experiment.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.socialsim.workbench.text.Encoder;

/**
 * Embeds each distinct text once (in batches) and remembers it, so the cells of a sweep share the work. The encoder
 * is obtained on first use (loading MiniLM costs seconds; a sweep that never fits does not pay it).
 */
public final class EmbeddingCache {
    private final Supplier<Encoder> source;
    private final Map<String, float[]> vectors = new HashMap<>();
    private Encoder encoder;

    public EmbeddingCache(Supplier<Encoder> source) {
        this.source = source;
    }

    private synchronized Encoder encoder() {
        if (encoder == null) {
            encoder = source.get();
        }
        return encoder;
    }

    /** Embeds the texts not yet seen, in one batch. */
    public synchronized void warm(List<String> texts) {
        Set<String> missing = new LinkedHashSet<>();
        for (String t : texts) {
            if (!vectors.containsKey(t)) {
                missing.add(t);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> batch = new ArrayList<>(missing);
        List<float[]> out = encoder().embedAll(batch);
        for (int i = 0; i < batch.size(); i++) {
            vectors.put(batch.get(i), out.get(i));
        }
    }

    /** The vector of a text (embedded now if it was not warmed). */
    public synchronized float[] vector(String text) {
        float[] v = vectors.get(text);
        if (v == null) {
            v = encoder().embed(text);
            vectors.put(text, v);
        }
        return v;
    }
}
