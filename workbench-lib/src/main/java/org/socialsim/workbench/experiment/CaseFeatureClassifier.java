package org.socialsim.workbench.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.PostVectors;
import org.socialsim.workbench.experiment.internal.CaseFeatures;
import org.socialsim.workbench.experiment.internal.Pca;
import org.socialsim.workbench.experiment.internal.Standardizer;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.text.Encoder;
import smile.classification.LogisticRegression;

/**
 * The offline default of the action-prediction notebooks: a trained classifier that reads exactly what a prompt of
 * the same configuration shows (the post, the feature groups switched on, the k shots), so every ablation and shot
 * curve runs with no LLM. It is NOT an LLM and never claims to be one.
 *
 * <p>Inputs ({@link CaseFeatures}): the post's sentence embedding and, with PROFILE, the profile description's,
 * each reduced by principal components fitted on the training cases (32 and 16 components); counts; rates; and shot
 * summaries (action shares, similarity-weighted actions, the action of the most similar past post). Model:
 * standardized features into a multinomial logistic regression (Smile), its L2 penalty chosen on the validation cases
 * among 0.1, 1 and 10.
 *
 * <p>The seed draws the training sample: each fit uses a bootstrap resample of the training cases (as many cases,
 * drawn with replacement with that seed), so rows of several seeds show how much the numbers depend on which training
 * cases the model saw, while each row's bootstrap interval shows the uncertainty from the test cases. The same seed
 * gives the same model and the same predictions.
 *
 * <pre>{@code
 * PredictorFactory offline = CaseFeatureClassifier.factory(Encoders.miniLm());
 * ActionPredictor p = offline.fit(train, validation, 1);
 * }</pre>
 */
public final class CaseFeatureClassifier implements ActionPredictor {
    /** What this model is, for tables and notebooks. */
    public static final String NAME = "case-feature classifier (MiniLM + logistic regression; offline stand-in, not an LLM)";
    private static final int POST_COMPONENTS = 32;
    private static final int PROFILE_COMPONENTS = 16;
    private static final double[] LAMBDAS = {0.1, 1, 10};

    private final PostVectors cache;
    private final CaseFeatures layout;
    private final Pca postPca;
    private final Pca profilePca;
    private final Standardizer scaler;
    private final LogisticRegression model;
    private final Action constant;

    private CaseFeatureClassifier(PostVectors cache, CaseFeatures layout, Pca postPca, Pca profilePca,
                                  Standardizer scaler, LogisticRegression model, Action constant) {
        this.cache = cache;
        this.layout = layout;
        this.postPca = postPca;
        this.profilePca = profilePca;
        this.scaler = scaler;
        this.model = model;
        this.constant = constant;
    }

    /** A factory that fits one classifier per sweep cell; each text is embedded once and shared by all fits. */
    public static PredictorFactory factory(Encoder encoder) {
        return factory(PostVectors.of(encoder));
    }

    /**
     * A factory whose fits read text vectors from {@code vectors}: give it the extractor's vectors
     * ({@code FeatureExtractor.withVectors}) and similar-shot retrieval and this model embed each text once.
     */
    public static PredictorFactory factory(PostVectors vectors) {
        return fitting(() -> vectors);
    }

    /** The same, with the encoder obtained only when the first classifier is fitted (e.g. {@code Encoders::miniLm}). */
    public static PredictorFactory factory(Supplier<Encoder> encoder) {
        AtomicReference<PostVectors> made = new AtomicReference<>();
        return fitting(() -> made.updateAndGet(v -> v != null ? v : PostVectors.of(encoder.get())));
    }

    private static PredictorFactory fitting(Supplier<PostVectors> vectors) {
        Map<List<String>, Pca> pcas = new ConcurrentHashMap<>(); // the cells of a sweep share their training texts
        return (train, validation, seed) -> fit(vectors.get(), pcas, resample(train, seed), validation);
    }

    /** A bootstrap resample of the cases: as many, drawn with replacement with the seed. */
    static List<LabeledCase> resample(List<LabeledCase> cases, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<LabeledCase> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            out.add(cases.get(rng.nextInt(cases.size())));
        }
        return out;
    }

    static CaseFeatureClassifier fit(PostVectors cache, Map<List<String>, Pca> pcas, List<LabeledCase> train,
                                     List<LabeledCase> validation) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException(NAME + " needs training cases (the split's train list is empty)");
        }
        List<EngagementCase> inputs = inputs(train);
        CaseFeatures layout = CaseFeatures.layoutOf(inputs);
        List<String> texts = new ArrayList<>(layout.texts(inputs));
        texts.addAll(layout.texts(inputs(validation)));
        cache.ensureTexts(texts);
        int[] y = labels(train);
        Action majority = majority(y);
        if (distinct(y) < 2 || train.size() < 4) {
            return new CaseFeatureClassifier(cache, layout, null, null, null, null, majority);
        }
        double[][][] blocks = blocks(layout, cache, inputs);
        Pca postPca = pcas.computeIfAbsent(key("post", CaseFeatures.postTexts(inputs)),
                k -> pca(blocks, 0, POST_COMPONENTS));
        Pca profilePca = !layout.profile() ? null : pcas.computeIfAbsent(key("profile",
                CaseFeatures.profileTexts(inputs)), k -> pca(blocks, 1, PROFILE_COMPONENTS));
        double[][] x = combine(blocks, postPca, profilePca);
        Standardizer scaler = Standardizer.fit(x);
        double[][] xs = scaler.transform(x);
        LogisticRegression best = null;
        double bestAccuracy = -1;
        double[][] vx = validation.isEmpty() ? null
                : scaler.transform(combine(blocks(layout, cache, inputs(validation)), postPca, profilePca));
        int[] vy = labels(validation);
        for (double lambda : validation.isEmpty() ? new double[] {1} : LAMBDAS) {
            LogisticRegression m = LogisticRegression.multinomial(xs, y, lambda, 1e-5, 500);
            double acc = vx == null ? 0 : accuracy(m, vx, vy);
            if (acc > bestAccuracy) {
                best = m;
                bestAccuracy = acc;
            }
        }
        return new CaseFeatureClassifier(cache, layout, postPca, profilePca, scaler, best, majority);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Prediction predict(EngagementCase c) {
        return predictAll(List.of(c)).get(0);
    }

    @Override
    public List<Prediction> predictAll(List<EngagementCase> cases) {
        List<Prediction> out = new ArrayList<>(cases.size());
        if (model == null) {
            cases.forEach(c -> out.add(Prediction.of(c.caseId(), constant)));
            return out;
        }
        cache.ensureTexts(layout.texts(cases));
        double[][] x = scaler.transform(combine(blocks(layout, cache, cases), postPca, profilePca));
        for (int i = 0; i < cases.size(); i++) {
            out.add(Prediction.of(cases.get(i).caseId(), Action.values()[model.predict(x[i])]));
        }
        return out;
    }

    private static List<EngagementCase> inputs(List<LabeledCase> cases) {
        return cases.stream().map(LabeledCase::input).toList();
    }

    private static int[] labels(List<LabeledCase> cases) {
        return cases.stream().mapToInt(c -> c.truth().ordinal()).toArray();
    }

    private static double[][][] blocks(CaseFeatures layout, PostVectors cache, List<EngagementCase> cases) {
        double[][][] rows = new double[cases.size()][][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = layout.of(cases.get(i), cache);
        }
        return rows;
    }

    /** What a principal-component fit depends on: the block and its texts, in training order. */
    private static List<String> key(String block, List<String> texts) {
        List<String> k = new ArrayList<>(texts.size() + 1);
        k.add(block);
        k.addAll(texts);
        return k;
    }

    private static Pca pca(double[][][] rows, int block, int components) {
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = rows[i][block];
        }
        return Pca.fit(x, components);
    }

    private static double[][] combine(double[][][] rows, Pca postPca, Pca profilePca) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] post = postPca.project(rows[i][0]);
            double[] profile = profilePca == null ? new double[0] : profilePca.project(rows[i][1]);
            double[] dense = rows[i][2];
            double[] x = new double[post.length + profile.length + dense.length];
            System.arraycopy(post, 0, x, 0, post.length);
            System.arraycopy(profile, 0, x, post.length, profile.length);
            System.arraycopy(dense, 0, x, post.length + profile.length, dense.length);
            out[i] = x;
        }
        return out;
    }

    private static double accuracy(LogisticRegression m, double[][] x, int[] y) {
        int right = 0;
        for (int i = 0; i < x.length; i++) {
            right += m.predict(x[i]) == y[i] ? 1 : 0;
        }
        return (double) right / x.length;
    }

    private static Action majority(int[] y) {
        int[] n = new int[Action.values().length];
        for (int v : y) {
            n[v]++;
        }
        int best = 0;
        for (int a = 1; a < n.length; a++) {
            best = n[a] > n[best] ? a : best;
        }
        return Action.values()[best];
    }

    private static int distinct(int[] y) {
        return (int) java.util.Arrays.stream(y).distinct().count();
    }
}
