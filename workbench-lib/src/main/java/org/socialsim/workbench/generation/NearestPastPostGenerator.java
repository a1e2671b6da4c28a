package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.PostVectors;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.Shot;
import org.socialsim.workbench.generation.internal.GenerationSupport;
import org.socialsim.workbench.text.Encoder;

/**
 * An offline stand-in that is retrieval, not an LLM: for a quote or a rewrite it returns the text the user wrote in
 * the past (among the case's shots) that is most similar, by encoder cosine, to the current post; for a retweet, the
 * post itself. With no past text among the shots it echoes the post and says so in the response's note. It reads
 * only the shots the configuration shows, so more shots can only give it more to choose from. Vectors come from a
 * text-keyed {@link PostVectors} cache (shareable with the feature extractor and the meaning scorer).
 */
public final class NearestPastPostGenerator implements ResponseGenerator {
    /** The name shown in tables. */
    public static final String NAME = "nearest past post (retrieval, not an LLM)";
    static final String FALLBACK_NOTE = "no past post among the shots: echoed the source";

    private final PostVectors vectors;

    private NearestPastPostGenerator(PostVectors vectors) {
        this.vectors = Objects.requireNonNull(vectors, "vectors");
    }

    /** Retrieval with the given encoder (normally {@code Encoders.miniLm()}) and a cache of its own. */
    public static NearestPastPostGenerator create(Encoder encoder) {
        return create(PostVectors.of(encoder));
    }

    /** Retrieval with a shared vector cache. */
    public static NearestPastPostGenerator create(PostVectors vectors) {
        return new NearestPastPostGenerator(vectors);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String generate(EngagementCase c, Action action) {
        return pick(c, action);
    }

    /** Embeds every distinct text not yet cached, in batches, then picks per case. */
    @Override
    public List<GeneratedResponse> generateAll(List<EngagementCase> cases, List<Action> actions) {
        GenerationSupport.requireSameSize(cases, actions);
        List<String> texts = new ArrayList<>();
        for (EngagementCase c : cases) {
            texts.add(c.post().text());
            texts.addAll(pastTexts(c));
        }
        vectors.ensureTexts(texts); // every distinct text once, in batches, with a progress bar
        List<GeneratedResponse> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            EngagementCase c = cases.get(i);
            Action a = actions.get(i);
            if (a == null) {
                out.add(GenerationSupport.noAction(c));
                continue;
            }
            String text = pick(c, a);
            boolean fellBack = a != Action.RETWEET && pastTexts(c).isEmpty();
            out.add(new GeneratedResponse(c.caseId(), a, text, "", fellBack ? FALLBACK_NOTE : ""));
        }
        return out;
    }

    private String pick(EngagementCase c, Action action) {
        List<String> past = pastTexts(c);
        if (action == Action.RETWEET || past.isEmpty()) {
            return c.post().text();
        }
        float[] post = vectors.vector(c.post().text());
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String t : past) {
            double s = PostVectors.dot(post, vectors.vector(t));
            if (s > bestScore) {
                bestScore = s;
                best = t;
            }
        }
        return best;
    }

    /** The texts the user wrote in the shots (quotes' comments and rewrites), in shot order. */
    private static List<String> pastTexts(EngagementCase c) {
        List<String> out = new ArrayList<>();
        for (Shot s : c.shots()) {
            if (s.responseText() != null && !s.responseText().isBlank()) {
                out.add(s.responseText());
            }
        }
        return out;
    }
}
