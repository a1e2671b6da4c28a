package org.socialsim.workbench.data;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.text.Encoder;

/**
 * Unit-length encoder vectors of post texts, embedded in batches and cached by text, so rewrite detection and
 * similar-shot selection embed each distinct text once (cosine is then a dot product). Thread-safe.
 */
public final class PostVectors {
    private static final int BATCH = 256;

    private final Encoder encoder;
    private final Map<String, float[]> byText = new ConcurrentHashMap<>();

    private PostVectors(Encoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** An empty cache over an encoder. */
    public static PostVectors of(Encoder encoder) {
        return new PostVectors(encoder);
    }

    /** The encoder. */
    public Encoder encoder() {
        return encoder;
    }

    /** Number of distinct texts embedded so far. */
    public int size() {
        return byText.size();
    }

    /** Embeds, in batches with a progress bar, every text of these posts not yet cached. */
    public void ensure(Collection<Post> posts) {
        List<String> texts = new ArrayList<>();
        for (Post p : posts) {
            texts.add(p.text());
        }
        ensureTexts(texts);
    }

    /** Embeds every text not yet cached. */
    public void ensureTexts(Collection<String> texts) {
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
        missing.removeIf(byText::containsKey);
        if (missing.isEmpty()) {
            return;
        }
        try (Progress progress = Progress.start("embedding posts (" + encoder.name() + ")", missing.size())) {
            for (int from = 0; from < missing.size(); from += BATCH) {
                List<String> batch = missing.subList(from, Math.min(missing.size(), from + BATCH));
                List<float[]> vectors = encoder.embedAll(batch);
                for (int i = 0; i < batch.size(); i++) {
                    byText.put(batch.get(i), unit(vectors.get(i)));
                }
                progress.stepBy(batch.size());
            }
        }
    }

    /** The unit vector of a post's text (embedded now if not cached). */
    public float[] vector(Post post) {
        return vector(post.text());
    }

    /** The unit vector of a text (embedded now if not cached). */
    public float[] vector(String text) {
        float[] v = byText.get(text);
        if (v == null) {
            v = unit(encoder.embed(text));
            byText.put(text, v);
        }
        return v;
    }

    /** Dot product of two vectors of equal length (the cosine of unit vectors). */
    public static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] unit(float[] v) {
        double n = Math.sqrt(dot(v, v));
        float[] u = new float[v.length];
        if (n > 0) {
            for (int i = 0; i < v.length; i++) {
                u[i] = (float) (v[i] / n);
            }
        }
        return u;
    }
}
