package org.socialsim.workbench.baseline;

import java.util.ArrayList;
import java.util.List;
import org.socialsim.workbench.baseline.internal.LambdaSearch;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.PredictorFactory;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.text.Encoder;
import org.socialsim.workbench.text.Encoders;
import smile.classification.LogisticRegression;

/**
 * Frozen BERT: the encoder is not trained; a classifier head (L2-regularised multinomial logistic regression,
 * Smile 2.6.0, strength chosen on validation) reads the concatenated sentence embeddings of the post and of the
 * user's visible feature text ({@link CaseText}). Deterministic: the seed is unused.
 */
public final class FrozenBertBaseline implements ActionPredictor {
    /** Regularisation strengths tried. */
    public static final List<Double> LAMBDAS = List.of(0.01, 0.1, 1.0, 10.0);

    private final Encoder encoder;
    private final LambdaSearch.Fitted<LogisticRegression> head;

    private FrozenBertBaseline(Encoder encoder, LambdaSearch.Fitted<LogisticRegression> head) {
        this.encoder = encoder;
        this.head = head;
    }

    /** Fits a head over all-MiniLM-L6-v2 embeddings (matches {@link PredictorFactory}). */
    public static FrozenBertBaseline fit(List<LabeledCase> train, List<LabeledCase> validation, long seed) {
        return fit(train, validation, Encoders.miniLm());
    }

    /** A factory over another encoder (e.g. bge-small through {@link Encoders#of}). */
    public static PredictorFactory factory(Encoder encoder) {
        return (train, validation, seed) -> fit(train, validation, encoder);
    }

    /** Fits the head on {@code train}'s embeddings, choosing its strength on {@code validation}. */
    public static FrozenBertBaseline fit(List<LabeledCase> train, List<LabeledCase> validation, Encoder encoder) {
        ClassCounts.forClassifier(train, "a frozen-BERT head");
        double[][] x = features(encoder, inputs(train));
        int[] y = Labels.of(train);
        double[][] validationX = features(encoder, inputs(validation));
        int[] validationY = Labels.of(validation);
        return new FrozenBertBaseline(encoder, LambdaSearch.pick(LAMBDAS,
                lambda -> LogisticRegression.fit(x, y, lambda, 1e-5, 500),
                m -> Labels.accuracy(validationY, i -> m.predict(validationX[i])), !validation.isEmpty()));
    }

    /** The head's regularisation strength chosen on validation. */
    public double lambda() {
        return head.lambda();
    }

    /** Accuracy on the validation cases at the chosen strength (NaN without validation cases). */
    public double validationAccuracy() {
        return head.validationAccuracy();
    }

    @Override
    public String name() {
        return "frozen BERT (" + encoder.name() + ") + logistic head";
    }

    @Override
    public Prediction predict(EngagementCase c) {
        return predictAll(List.of(c)).get(0);
    }

    @Override
    public List<Prediction> predictAll(List<EngagementCase> cases) {
        double[][] x = features(encoder, cases);
        List<Prediction> out = new ArrayList<>(cases.size());
        for (int i = 0; i < x.length; i++) {
            out.add(Prediction.of(cases.get(i).caseId(), Action.values()[head.model().predict(x[i])]));
        }
        return out;
    }

    private static List<EngagementCase> inputs(List<LabeledCase> cases) {
        List<EngagementCase> out = new ArrayList<>(cases.size());
        for (LabeledCase c : cases) {
            out.add(c.input());
        }
        return out;
    }

    /** [post embedding, user-text embedding] per case, both texts embedded in one batch. */
    private static double[][] features(Encoder encoder, List<EngagementCase> cases) {
        List<String> texts = new ArrayList<>(2 * cases.size());
        for (EngagementCase c : cases) {
            texts.add(CaseText.post(c));
        }
        for (EngagementCase c : cases) {
            texts.add(CaseText.user(c));
        }
        List<float[]> vectors = encoder.embedAll(texts);
        int d = encoder.dimension();
        double[][] x = new double[cases.size()][2 * d];
        for (int i = 0; i < cases.size(); i++) {
            float[] post = vectors.get(i);
            float[] user = vectors.get(cases.size() + i);
            for (int j = 0; j < d; j++) {
                x[i][j] = post[j];
                x[i][d + j] = user[j];
            }
        }
        return x;
    }
}
