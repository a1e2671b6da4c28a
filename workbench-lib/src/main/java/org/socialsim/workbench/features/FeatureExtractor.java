package org.socialsim.workbench.features;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.PostVectors;
import org.socialsim.workbench.features.internal.UserHistories;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.text.Encoder;
import org.socialsim.workbench.text.Encoders;

/**
 * Leak-free user features: for an engagement at time t, the user's action rates and past examples come only from
 * the history dataset's engagements of that user strictly before t (never the engagement itself, never a later
 * one, never one at the same instant). Cases are extracted once with every {@link FeatureGroup} and the largest k,
 * then {@link EngagementCase#restrict restricted} per sweep cell.
 *
 * <pre>{@code
 * FeatureExtractor fx = FeatureExtractor.over(ds).withShots(10, ShotSelection.SIMILAR);
 * List<LabeledCase> train = fx.labeled(split.train());
 * }</pre>
 *
 * <p>{@link ShotSelection#RECENT} takes the k latest past engagements (latest first); {@link ShotSelection#SIMILAR}
 * the k whose source post is closest to the current post by encoder cosine (closest first, ties to the later one).
 * Profile and counts are the user record as collected. Thread-safe once built.
 */
public final class FeatureExtractor {
    /** The default number of past examples kept per case. */
    public static final int DEFAULT_MAX_SHOTS = 10;

    private final EngagementDataset history;
    private final UserHistories histories;
    private final int maxShots;
    private final ShotSelection selection;
    private volatile PostVectors vectors; // MiniLM, made when SIMILAR first needs it, unless an encoder was given

    private FeatureExtractor(EngagementDataset history, UserHistories histories, int maxShots,
                             ShotSelection selection, PostVectors vectors) {
        this.history = history;
        this.histories = histories;
        this.maxShots = maxShots;
        this.selection = selection;
        this.vectors = vectors;
    }

    /** Features from a dataset's engagements as history: {@value #DEFAULT_MAX_SHOTS} most recent shots. */
    public static FeatureExtractor over(EngagementDataset history) {
        return new FeatureExtractor(Objects.requireNonNull(history, "history"), UserHistories.of(history),
                DEFAULT_MAX_SHOTS, ShotSelection.RECENT, null);
    }

    /** The same history with another number of shots and selection (SIMILAR uses MiniLM unless told otherwise). */
    public FeatureExtractor withShots(int maxShots, ShotSelection selection) {
        if (maxShots < 0) {
            throw new IllegalArgumentException("maxShots must be >= 0, was " + maxShots);
        }
        return new FeatureExtractor(history, histories, maxShots, Objects.requireNonNull(selection, "selection"),
                vectors);
    }

    /** The same extractor embedding posts with another encoder (for SIMILAR shots). */
    public FeatureExtractor withEncoder(Encoder encoder) {
        return withVectors(PostVectors.of(encoder));
    }

    /** The same extractor sharing a vector cache (e.g. the one rewrite detection filled). */
    public FeatureExtractor withVectors(PostVectors cache) {
        return new FeatureExtractor(history, histories, maxShots, selection, Objects.requireNonNull(cache, "cache"));
    }

    /** The history dataset. */
    public EngagementDataset history() {
        return history;
    }

    /** The largest number of shots per case. */
    public int maxShots() {
        return maxShots;
    }

    /** How shots are chosen. */
    public ShotSelection selection() {
        return selection;
    }

    /** A user's action counts strictly before a time. */
    public ActionRates rates(String userId, java.time.Instant before) {
        UserHistories.History h = histories.of(userId);
        return h.rates(h.countBefore(before));
    }

    /** The case of one engagement of the history dataset. */
    public EngagementCase extract(Engagement e) {
        return extract(e, history);
    }

    /** The cases of every engagement of a dataset (e.g. a split part), in order. */
    public List<EngagementCase> extractAll(EngagementDataset sample) {
        List<EngagementCase> out = new ArrayList<>(sample.size());
        each(sample, (e, c) -> out.add(c));
        return out;
    }

    /** The labeled cases (case, true action, true response text) of every engagement of a dataset, in order. */
    public List<LabeledCase> labeled(EngagementDataset sample) {
        List<LabeledCase> out = new ArrayList<>(sample.size());
        each(sample, (e, c) -> out.add(new LabeledCase(c, e.action(), e.responseText())));
        return out;
    }

    private interface CaseSink {
        void accept(Engagement e, EngagementCase c);
    }

    private void each(EngagementDataset sample, CaseSink sink) {
        if (selection == ShotSelection.SIMILAR && maxShots > 0) {
            embedFor(sample);
        }
        try (Progress progress = Progress.start("extracting features", sample.size())) {
            int done = 0;
            for (Engagement e : sample.engagementList()) {
                sink.accept(e, extract(e, sample));
                if (++done % 4096 == 0) {
                    progress.stepBy(4096);
                }
            }
            progress.stepBy(done % 4096);
        }
    }

    /** Batch-embeds the case posts and the history posts the cases' users engaged with. */
    private void embedFor(EngagementDataset sample) {
        Set<Post> posts = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        for (Engagement e : sample.engagementList()) {
            posts.add(sample.post(e.sourcePostId()));
            users.add(e.userId());
        }
        for (Engagement e : history.engagementList()) {
            if (users.contains(e.userId())) {
                posts.add(history.post(e.sourcePostId()));
            }
        }
        vectors().ensure(posts);
    }

    private PostVectors vectors() {
        PostVectors v = vectors;
        if (v == null) {
            synchronized (this) {
                if (vectors == null) {
                    vectors = PostVectors.of(Encoders.miniLm());
                }
                v = vectors;
            }
        }
        return v;
    }

    private EngagementCase extract(Engagement e, EngagementDataset where) {
        Post post = where.post(e.sourcePostId());
        UserHistories.History h = histories.of(e.userId());
        int n = h.countBefore(e.time());
        List<Shot> shots = selection == ShotSelection.RECENT || maxShots == 0 ? recent(h, n) : similar(h, n, post);
        return new EngagementCase(e.id(), where.user(e.userId()), post, e.time(), h.rates(n), shots,
                EnumSet.allOf(FeatureGroup.class));
    }

    private List<Shot> recent(UserHistories.History h, int n) {
        int k = Math.min(maxShots, n);
        List<Shot> shots = new ArrayList<>(k);
        for (int i = n - 1; i >= n - k; i--) {
            shots.add(h.shot(i));
        }
        return shots;
    }

    private List<Shot> similar(UserHistories.History h, int n, Post post) {
        int k = Math.min(maxShots, n);
        if (k == 0) {
            return List.of();
        }
        PostVectors vectors = vectors();
        float[] target = vectors.vector(post);
        double[] score = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            score[i] = PostVectors.dot(target, vectors.vector(h.shot(i).source()));
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a])
                : Integer.compare(b, a));
        List<Shot> shots = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            shots.add(h.shot(order[i]));
        }
        return shots;
    }
}
