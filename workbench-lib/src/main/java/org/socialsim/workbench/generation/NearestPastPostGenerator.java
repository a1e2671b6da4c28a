package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.Shot;
import org.socialsim.workbench.generation.internal.GenerationSupport;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.text.Encoder;

/**
 * An offline stand-in that is retrieval, not an LLM: for a quote or a rewrite it returns the text the user wrote in
 * the past (among the case's shots) that is most similar, by encoder cosine, to the current post; for a retweet, the
 * post itself. With no past text among the shots it echoes the post and says so in the response's note. It reads
 * only the shots the configuration shows, so more shots can only give it more to choose from.
 */
public final class NearestPastPostGenerator implements ResponseGenerator {
    /** The name shown in tables. */
    public static final String NAME = "nearest past post (retrieval, not an LLM)";
    static final String FALLBACK_NOTE = "no past post among the shots: echoed the source";

    private final Encoder encoder;

    private NearestPastPostGenerator(Encoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    /** Retrieval with the given encoder (normally {@code Encoders.miniLm()}). */
    public static NearestPastPostGenerator create(Encoder encoder) {
        return new NearestPastPostGenerator(encoder);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String generate(EngagementCase c, Action action) {
        return pick(c, action, encoder::embed);
    }

    /** Embeds every distinct text once for the whole batch, then picks per case. */
    @Override
    public List<GeneratedResponse> generateAll(List<EngagementCase> cases, List<Action> actions) {
        GenerationSupport.requireSameSize(cases, actions);
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (EngagementCase c : cases) {
            distinct.add(c.post().text());
            pastTexts(c).forEach(distinct::add);
        }
        Map<String, float[]> vectors = new HashMap<>();
        List<String> texts = new ArrayList<>(distinct);
        int batch = 256;
        try (Progress progress = Progress.start("embed for " + NAME, texts.size())) {
            for (int from = 0; from < texts.size(); from += batch) {
                List<String> part = texts.subList(from, Math.min(texts.size(), from + batch));
                List<float[]> v = encoder.embedAll(part);
                for (int i = 0; i < part.size(); i++) {
                    vectors.put(part.get(i), v.get(i));
                }
                progress.stepBy(part.size());
            }
        }
        List<GeneratedResponse> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            EngagementCase c = cases.get(i);
            Action a = actions.get(i);
            if (a == null) {
                out.add(GenerationSupport.noAction(c));
                continue;
            }
            String text = pick(c, a, vectors::get);
            boolean fellBack = a != Action.RETWEET && pastTexts(c).isEmpty();
            out.add(new GeneratedResponse(c.caseId(), a, text, "", fellBack ? FALLBACK_NOTE : ""));
        }
        return out;
    }

    private static String pick(EngagementCase c, Action action, java.util.function.Function<String, float[]> embed) {
        List<String> past = pastTexts(c);
        if (action == Action.RETWEET || past.isEmpty()) {
            return c.post().text();
        }
        float[] post = embed.apply(c.post().text());
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (String t : past) {
            double s = Encoder.cosine(post, embed.apply(t));
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
