package org.socialsim.workbench.data.rewrite;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.PostVectors;
import org.socialsim.workbench.data.internal.Sorted;
import org.socialsim.workbench.text.Encoder;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Finds rewrites as the action-guided paper does: an original post of user u is a rewrite of a source post when the
 * source was posted by someone else within {@link Options#window} before it (a post u could have seen), their
 * encoder cosine is at least {@link Options#threshold}, and they share keywords ({@link Options#keywords}). The
 * best-scoring source wins. Candidates are the original posts of the users under study (authors with engagements;
 * see {@link Candidates}); possible sources are the earlier posts in circulation by other authors (see
 * {@link Sources}). Texts are embedded once, in batches, through {@link PostVectors}.
 *
 * <pre>{@code
 * RewriteDetector detector = RewriteDetector.create(Encoders.miniLm());
 * EngagementDataset withRewrites = detector.withRewrites(imported);
 * Table sensitivity = detector.sensitivity(imported, 0.6, 0.7, 0.8, 0.9);
 * }</pre>
 */
public final class RewriteDetector {

    /**
     * The detection rule.
     *
     * @param threshold  the least cosine between a rewrite and its source, in [-1, 1]
     * @param window     how long before the rewrite the source may have been posted
     * @param keywords   the keyword condition
     * @param candidates whose original posts may be rewrites
     * @param sources    which earlier posts may be rewritten
     */
    public record Options(double threshold, Duration window, KeywordRule keywords, Candidates candidates,
                          Sources sources) {
        /** Defaults: cosine 0.65, 3 days, two shared content words, users under study, circulating posts. */
        public static final Options DEFAULTS = new Options(0.65, Duration.ofDays(3), KeywordRule.sharedWords(2),
                Candidates.ENGAGING_USERS, Sources.CIRCULATING);

        public Options {
            if (!(threshold >= -1 && threshold <= 1)) {
                throw new IllegalArgumentException("threshold must be in [-1, 1], was " + threshold);
            }
            Objects.requireNonNull(window, "window");
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive, was " + window);
            }
            Objects.requireNonNull(keywords, "keywords");
            Objects.requireNonNull(candidates, "candidates");
            Objects.requireNonNull(sources, "sources");
        }

        public Options withThreshold(double t) {
            return new Options(t, window, keywords, candidates, sources);
        }

        public Options withWindow(Duration w) {
            return new Options(threshold, w, keywords, candidates, sources);
        }

        public Options withKeywords(KeywordRule k) {
            return new Options(threshold, window, k, candidates, sources);
        }

        public Options withCandidates(Candidates c) {
            return new Options(threshold, window, keywords, c, sources);
        }

        public Options withSources(Sources s) {
            return new Options(threshold, window, keywords, candidates, s);
        }
    }

    /** Which earlier original posts may be the source of a rewrite. */
    public enum Sources {
        /**
         * Posts in circulation: posts that some engagement of the dataset retweets or quotes, and every post of an
         * author someone engaged with (the accounts users read). Users' own unshared posts are not sources, so two
         * users writing the same everyday line are not taken for a rewrite.
         */
        CIRCULATING,
        /** Every original post of another author. */
        ANY_ORIGINAL
    }

    /** Whose original posts are examined. */
    public enum Candidates {
        /**
         * Authors with at least one engagement (retweet, quote or rewrite) in the dataset: the users under study,
         * not the accounts whose posts they share.
         */
        ENGAGING_USERS,
        /** Every author. */
        ALL_AUTHORS
    }

    private final PostVectors vectors;
    private final Options options;

    private RewriteDetector(PostVectors vectors, Options options) {
        this.vectors = Objects.requireNonNull(vectors, "vectors");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** A detector with the default options. */
    public static RewriteDetector create(Encoder encoder) {
        return new RewriteDetector(PostVectors.of(encoder), Options.DEFAULTS);
    }

    /** A detector sharing a vector cache (e.g. with a feature extractor). */
    public static RewriteDetector create(PostVectors vectors, Options options) {
        return new RewriteDetector(vectors, options);
    }

    /** The same detector (and cache) with other options. */
    public RewriteDetector with(Options other) {
        return new RewriteDetector(vectors, other);
    }

    public Options options() {
        return options;
    }

    /** The vector cache (to share with a feature extractor). */
    public PostVectors vectors() {
        return vectors;
    }

    /** The rewrites in a dataset, in post order. */
    public List<RewriteMatch> detect(EngagementDataset ds) {
        Scores s = Scores.compute(ds, vectors, options);
        List<RewriteMatch> out = new ArrayList<>();
        for (int i = 0; i < s.candidates.size(); i++) {
            if (s.bestRuled[i] != null && s.cosRuled[i] >= options.threshold()) {
                out.add(new RewriteMatch(s.candidates.get(i), s.bestRuled[i], s.cosRuled[i]));
            }
        }
        return out;
    }

    /**
     * The dataset with a rewrite engagement for every match (id "rw-" + post id, at the post's time, with the post's
     * text as response) and the matched posts pointing at their sources.
     */
    public EngagementDataset withRewrites(EngagementDataset ds) {
        Map<String, RewriteMatch> byPost = new HashMap<>();
        for (RewriteMatch m : detect(ds)) {
            byPost.put(m.post().id(), m);
        }
        List<Post> posts = new ArrayList<>(ds.postList().size());
        for (Post p : ds.postList()) {
            RewriteMatch m = byPost.get(p.id());
            posts.add(m == null ? p : new Post(p.id(), p.authorId(), p.text(), p.createdAt(), m.source().id()));
        }
        List<Engagement> engagements = new ArrayList<>(ds.engagementList());
        for (RewriteMatch m : byPost.values().stream().sorted((a, b) -> a.post().createdAt()
                .compareTo(b.post().createdAt())).toList()) {
            engagements.add(new Engagement("rw-" + m.post().id(), m.post().authorId(), m.source().id(),
                    Action.REWRITE, m.post().text(), m.post().createdAt()));
        }
        return EngagementDataset.of(ds.name(), ds.userList(), posts, engagements);
    }

    /** Rewrites found per threshold, with this keyword rule and with none: one row per threshold. */
    public Table sensitivity(EngagementDataset ds, double... thresholds) {
        Scores s = Scores.compute(ds, vectors, options);
        Table t = Table.create("rewrite sensitivity (" + options.keywords().describe() + ", window "
                + options.window() + ")", DoubleColumn.create("threshold"), IntColumn.create("found"),
                IntColumn.create("found_without_keyword_rule"));
        for (double th : thresholds) {
            t.doubleColumn(0).append(th);
            t.intColumn(1).append(s.count(th, true));
            t.intColumn(2).append(s.count(th, false));
        }
        return t;
    }

    /**
     * Detection quality against known rewrites: the dataset's rewrite engagements are hidden (see
     * {@link #withoutRewrites}), detection runs on what is left, and each threshold gets the number found, how many
     * were true rewrites (precision), how many true rewrites were found (recall), and how many of those were matched
     * to their true source.
     */
    public Table evaluate(EngagementDataset labeled, double... thresholds) {
        Map<String, String> truth = rewritePosts(labeled);
        Scores s = Scores.compute(withoutRewrites(labeled), vectors, options);
        Table t = Table.create("rewrite detection vs truth (" + options.keywords().describe() + ", window "
                + options.window() + ")", DoubleColumn.create("threshold"), IntColumn.create("found"),
                IntColumn.create("true_positives"), IntColumn.create("right_source"), DoubleColumn.create("precision"),
                DoubleColumn.create("recall"), IntColumn.create("true_rewrites"));
        for (double th : thresholds) {
            int found = 0;
            int tp = 0;
            int right = 0;
            for (int i = 0; i < s.candidates.size(); i++) {
                if (s.bestRuled[i] != null && s.cosRuled[i] >= th) {
                    found++;
                    String trueSource = truth.get(s.candidates.get(i).id());
                    if (trueSource != null) {
                        tp++;
                        right += trueSource.equals(s.bestRuled[i].id()) ? 1 : 0;
                    }
                }
            }
            t.doubleColumn("threshold").append(th);
            t.intColumn("found").append(found);
            t.intColumn("true_positives").append(tp);
            t.intColumn("right_source").append(right);
            t.doubleColumn("precision").append(found == 0 ? Double.NaN : (double) tp / found);
            t.doubleColumn("recall").append(truth.isEmpty() ? Double.NaN : (double) tp / truth.size());
            t.intColumn("true_rewrites").append(truth.size());
        }
        return t;
    }

    /**
     * An {@link #evaluate} table in long form for a line chart: one row per (threshold, measure) with measure
     * "precision" or "recall" and its value.
     */
    public static Table precisionRecall(Table evaluation) {
        Table t = Table.create("precision and recall by threshold", DoubleColumn.create("threshold"),
                tech.tablesaw.api.StringColumn.create("measure"), DoubleColumn.create("value"));
        for (String measure : new String[] {"precision", "recall"}) {
            for (int i = 0; i < evaluation.rowCount(); i++) {
                t.doubleColumn(0).append(evaluation.doubleColumn("threshold").get(i));
                t.stringColumn(1).append(measure);
                t.doubleColumn(2).append(evaluation.doubleColumn(measure).get(i));
            }
        }
        return t;
    }

    /**
     * The dataset as an importer would see it before detection: rewrite engagements removed and the posts that
     * carried them turned back into original posts (no source).
     */
    public static EngagementDataset withoutRewrites(EngagementDataset labeled) {
        Map<String, String> truth = rewritePosts(labeled);
        List<Post> posts = new ArrayList<>(labeled.postList().size());
        for (Post p : labeled.postList()) {
            posts.add(truth.containsKey(p.id()) ? new Post(p.id(), p.authorId(), p.text(), p.createdAt(), null) : p);
        }
        List<Engagement> engagements = labeled.engagementList().stream()
                .filter(e -> e.action() != Action.REWRITE).toList();
        return EngagementDataset.of(labeled.name() + " without rewrites", labeled.userList(), posts, engagements);
    }

    /** Post id -> source post id of the posts that carry a rewrite engagement (same author, source and text). */
    static Map<String, String> rewritePosts(EngagementDataset ds) {
        Set<String> keys = new HashSet<>();
        for (Engagement e : ds.engagementList()) {
            if (e.action() == Action.REWRITE) {
                keys.add(e.userId() + '\u0000' + e.sourcePostId() + '\u0000' + e.responseText());
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Post p : ds.postList()) {
            if (p.hasSource() && keys.contains(p.authorId() + '\u0000' + p.sourcePostId() + '\u0000' + p.text())) {
                out.put(p.id(), p.sourcePostId());
            }
        }
        return out;
    }

    /** Each candidate's best source: with the keyword rule, and by cosine alone. */
    private static final class Scores {
        final List<Post> candidates = new ArrayList<>();
        Post[] bestRuled;
        double[] cosRuled;
        double[] cosAny;

        static Scores compute(EngagementDataset ds, PostVectors vectors, Options options) {
            Scores s = new Scores();
            Set<String> engaging = new HashSet<>();
            ds.engagementList().forEach(e -> engaging.add(e.userId()));
            Set<String> engaged = new HashSet<>();
            Set<String> read = new HashSet<>();
            ds.engagementList().forEach(e -> {
                engaged.add(e.sourcePostId());
                read.add(ds.post(e.sourcePostId()).authorId());
            });
            List<Post> sources = new ArrayList<>();
            for (Post p : ds.postList()) {
                if (!p.hasSource()) {
                    if (options.sources() == Sources.ANY_ORIGINAL || engaged.contains(p.id())
                            || read.contains(p.authorId())) {
                        sources.add(p);
                    }
                    if (options.candidates() == Candidates.ALL_AUTHORS || engaging.contains(p.authorId())) {
                        s.candidates.add(p);
                    }
                }
            }
            sources.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
            List<Post> embed = new ArrayList<>(s.candidates);
            embed.addAll(sources);
            vectors.ensure(embed);
            List<Set<String>> sourceWords = new ArrayList<>(sources.size());
            long[] times = new long[sources.size()];
            for (int j = 0; j < sources.size(); j++) {
                sourceWords.add(KeywordRule.words(sources.get(j).text()));
                times[j] = sources.get(j).createdAt().getEpochSecond();
            }
            int n = s.candidates.size();
            s.bestRuled = new Post[n];
            s.cosRuled = new double[n];
            s.cosAny = new double[n];
            long window = options.window().toSeconds();
            for (int i = 0; i < n; i++) {
                Post c = s.candidates.get(i);
                float[] v = vectors.vector(c);
                Set<String> words = KeywordRule.words(c.text());
                long t = c.createdAt().getEpochSecond();
                s.cosRuled[i] = Double.NEGATIVE_INFINITY;
                s.cosAny[i] = Double.NEGATIVE_INFINITY;
                for (int j = Sorted.lowerBound(times, t - window); j < times.length && sources.get(j).createdAt()
                        .isBefore(c.createdAt()); j++) {
                    Post src = sources.get(j);
                    if (src.authorId().equals(c.authorId())) {
                        continue;
                    }
                    double cos = PostVectors.dot(v, vectors.vector(src));
                    s.cosAny[i] = Math.max(s.cosAny[i], cos);
                    if (cos > s.cosRuled[i] && options.keywords().matches(words, sourceWords.get(j))) {
                        s.cosRuled[i] = cos;
                        s.bestRuled[i] = src;
                    }
                }
            }
            return s;
        }

        int count(double threshold, boolean ruled) {
            int k = 0;
            for (int i = 0; i < candidates.size(); i++) {
                if ((ruled ? cosRuled[i] : cosAny[i]) >= threshold) {
                    k++;
                }
            }
            return k;
        }
    }
}
