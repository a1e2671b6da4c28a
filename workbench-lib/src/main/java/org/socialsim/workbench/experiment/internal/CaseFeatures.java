package org.socialsim.workbench.experiment.internal;

import java.util.ArrayList;
import java.util.List;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.PostVectors;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.Shot;

/**
 * The numeric inputs the offline classifier reads from a case: exactly what a prompt of the same configuration shows.
 * Blocks, in order: the post's embedding; the profile description's embedding (PROFILE); log follower, following
 * and post counts (COUNTS); past action shares, log history size and a no-history flag (RATES); and, when the layout
 * has shots, the action shares among the shots, log shot count, the shots' actions weighted by the similarity of
 * their post to this one, and the action of the most similar shot.
 *
 * @param profile whether the PROFILE block is present
 * @param counts  whether the COUNTS block is present
 * @param rates   whether the RATES block is present
 * @param shots   whether the shots block is present
 */
public record CaseFeatures(boolean profile, boolean counts, boolean rates, boolean shots) {
    private static final int K = Action.values().length;

    /** The layout of a cell, from its (restricted) training cases: all share the same groups. */
    public static CaseFeatures layoutOf(List<EngagementCase> cases) {
        EngagementCase first = cases.get(0);
        boolean anyShots = cases.stream().anyMatch(c -> !c.shots().isEmpty());
        return new CaseFeatures(first.has(FeatureGroup.PROFILE), first.has(FeatureGroup.COUNTS),
                first.has(FeatureGroup.RATES), anyShots);
    }

    /** The texts to embed for these cases. */
    public List<String> texts(List<EngagementCase> cases) {
        List<String> out = new ArrayList<>();
        for (EngagementCase c : cases) {
            out.add(text(c.post().text()));
            if (profile && c.has(FeatureGroup.PROFILE)) {
                out.add(text(c.user().description()));
            }
            if (shots) {
                for (Shot s : c.shots()) {
                    out.add(text(s.source().text()));
                }
            }
        }
        return out;
    }

    /** The post texts the post block embeds, one per case. */
    public static List<String> postTexts(List<EngagementCase> cases) {
        return cases.stream().map(c -> text(c.post().text())).toList();
    }

    /** The profile descriptions the profile block embeds, one per case. */
    public static List<String> profileTexts(List<EngagementCase> cases) {
        return cases.stream().map(c -> text(c.user().description())).toList();
    }

    /** Text-embedding part (post, and profile when on; unit vectors) and the dense part, for one case. */
    public double[][] of(EngagementCase c, PostVectors cache) {
        float[] post = cache.vector(text(c.post().text()));
        float[] bio = profile && c.has(FeatureGroup.PROFILE) ? cache.vector(text(c.user().description())) : null;
        List<Double> dense = new ArrayList<>();
        if (counts) {
            boolean on = c.has(FeatureGroup.COUNTS);
            dense.add(on ? Math.log1p(c.user().followers()) : 0);
            dense.add(on ? Math.log1p(c.user().following()) : 0);
            dense.add(on ? Math.log1p(c.user().postCount()) : 0);
        }
        if (rates) {
            for (Action a : Action.values()) {
                dense.add(c.rates().rate(a));
            }
            dense.add(Math.log1p(c.rates().total()));
            dense.add(c.rates().total() == 0 ? 1.0 : 0.0);
        }
        if (shots) {
            addShots(c, post, cache, dense);
        }
        double[] d = new double[dense.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = dense.get(i);
        }
        return new double[][] {toDouble(post), bio == null ? new double[0] : toDouble(bio), d};
    }

    private static void addShots(EngagementCase c, float[] post, PostVectors cache, List<Double> dense) {
        double[] share = new double[K];
        double[] weighted = new double[K];
        double[] nearest = new double[K];
        double best = Double.NEGATIVE_INFINITY;
        double weightSum = 0;
        for (Shot s : c.shots()) {
            int a = s.action().ordinal();
            share[a] += 1.0 / c.shots().size();
            double sim = PostVectors.dot(post, cache.vector(text(s.source().text())));
            double w = Math.max(0, sim);
            weighted[a] += w;
            weightSum += w;
            if (sim > best) {
                best = sim;
                java.util.Arrays.fill(nearest, 0);
                nearest[a] = 1;
            }
        }
        for (int a = 0; a < K; a++) {
            dense.add(share[a]);
        }
        dense.add(Math.log1p(c.shots().size()));
        for (int a = 0; a < K; a++) {
            dense.add(weightSum == 0 ? 0 : weighted[a] / weightSum);
        }
        for (int a = 0; a < K; a++) {
            dense.add(nearest[a]);
        }
    }

    /** What is embedded for a text: an empty profile or post becomes "(empty)", as the prompts show it. */
    static String text(String s) {
        return s == null || s.isBlank() ? "(empty)" : s;
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }
}
