package org.socialsim.workbench.generation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.features.Shot;
import org.socialsim.workbench.text.Encoder;

/** Hand-built users, posts and cases, and a deterministic encoder, for the generation tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2020-10-01T12:00:00Z");

    private Fixtures() {
    }

    static User user() {
        return new User("u1", "vaxfan", "Dana Vax", "Nurse. Science first.", 1200, 300, 4500,
                T0.minusSeconds(100_000_000));
    }

    static Post post(String id, String text) {
        return new Post(id, "author9", text, T0.minusSeconds(3600), null);
    }

    static Shot shot(Action action, String source, String response) {
        return new Shot(post("s-" + Math.abs(source.hashCode()), source), action, response, T0.minusSeconds(86_400));
    }

    /** A case with every group and the given shots. */
    static EngagementCase caseOf(String id, String postText, List<Shot> shots) {
        return new EngagementCase(id, user(), post("p-" + id, postText), T0, new ActionRates(6, 3, 1), shots,
                EnumSet.allOf(FeatureGroup.class));
    }

    static LabeledCase labeled(String id, String postText, Action truth, String response, List<Shot> shots) {
        return new LabeledCase(caseOf(id, postText, shots), truth, response);
    }

    static ResponsePair pair(String id, String generated, String reference) {
        return new ResponsePair(id, Action.QUOTE, Action.QUOTE, generated, reference);
    }

    /**
     * An encoder with hand-set vectors for known texts and a letter-count vector for any other text; counts the texts
     * it embeds.
     */
    static final class TableEncoder implements Encoder {
        final Map<String, float[]> known;
        final AtomicInteger embedded = new AtomicInteger();

        TableEncoder(Map<String, float[]> known) {
            this.known = known;
        }

        @Override
        public String name() {
            return "table-encoder";
        }

        @Override
        public int dimension() {
            return 26;
        }

        @Override
        public float[] embed(String text) {
            embedded.incrementAndGet();
            float[] k = known.get(text);
            if (k != null) {
                return k;
            }
            float[] v = new float[26];
            for (char ch : text.toLowerCase().toCharArray()) {
                if (ch >= 'a' && ch <= 'z') {
                    v[ch - 'a']++;
                }
            }
            return v;
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            List<float[]> out = new ArrayList<>();
            texts.forEach(t -> out.add(embed(t)));
            return out;
        }
    }

    static float[] vec(float... v) {
        return v;
    }
}
