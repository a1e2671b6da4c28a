package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.socialsim.workbench.text.Encoder;

/**
 * How relevant a message is to a user: S3's cosine similarity between the user's attributes and the message. The
 * encoder version embeds each distinct text once and keeps the vectors (cosines are cheap).
 */
@FunctionalInterface
public interface Relevance {

    /** Relevance of a content to an agent, in [-1, 1] (0 when unknown). */
    double score(int agent, Content content);

    /** No relevance term (every message 0). */
    static Relevance none() {
        return (agent, content) -> 0;
    }

    /**
     * Cosine between {@link Profiles#attributes} and the content's text, through {@code encoder} (e.g.
     * {@code Encoders.miniLm()}); 0 when either text is empty. Profile texts are embedded at once, in batches.
     */
    static Relevance encoder(Encoder encoder, Profiles profiles) {
        return new Cached(encoder, profiles);
    }

    /** The encoder relevance with its vector cache. */
    final class Cached implements Relevance {
        private static final int BATCH = 256;
        private final Encoder encoder;
        private final Profiles profiles;
        private final Map<String, float[]> vectors = new ConcurrentHashMap<>();

        Cached(Encoder encoder, Profiles profiles) {
            this.encoder = Objects.requireNonNull(encoder, "encoder");
            this.profiles = Objects.requireNonNull(profiles, "profiles");
            LinkedHashSet<String> distinct = new LinkedHashSet<>();
            for (int u = 0; u < profiles.size(); u++) {
                String a = profiles.attributes(u);
                if (!a.isBlank()) {
                    distinct.add(a);
                }
            }
            List<String> all = new ArrayList<>(distinct);
            for (int i = 0; i < all.size(); i += BATCH) {
                List<String> batch = all.subList(i, Math.min(all.size(), i + BATCH));
                List<float[]> vs = encoder.embedAll(batch);
                for (int k = 0; k < batch.size(); k++) {
                    vectors.put(batch.get(k), vs.get(k));
                }
            }
        }

        /** How many distinct texts have been embedded. */
        public int embedded() {
            return vectors.size();
        }

        @Override
        public double score(int agent, Content content) {
            if (agent >= profiles.size()) {
                return 0;
            }
            String a = profiles.attributes(agent);
            String m = content.text();
            if (a.isBlank() || m.isBlank()) {
                return 0;
            }
            return Encoder.cosine(vector(a), vector(m));
        }

        private float[] vector(String text) {
            return vectors.computeIfAbsent(text, encoder::embed);
        }
    }
}
