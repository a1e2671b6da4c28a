package org.socialsim.workbench.baseline;

import java.util.ArrayList;
import java.util.List;
import org.socialsim.workbench.baseline.internal.LambdaSearch;
import org.socialsim.workbench.baseline.internal.TfidfVectorizer;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.PredictorFactory;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;
import smile.classification.SparseLogisticRegression;
import smile.data.SparseDataset;
import smile.util.SparseArray;

/**
 * TF-IDF over the post and the user's visible feature text ({@link CaseText}), each with its own vocabulary, and an
 * L2-regularised multinomial logistic regression (Smile 2.6.0, LGPL-3.0) whose strength is chosen on the validation
 * cases. Deterministic: the seed is unused.
 */
public final class TfidfLogisticBaseline implements ActionPredictor {
    private final TfidfVectorizer vectorizer;
    private final LambdaSearch.Fitted<SparseLogisticRegression> model;

    /**
     * Settings.
     *
     * @param maxFeatures     vocabulary size cap over both fields
     * @param minDocFrequency a term must occur in at least this many training cases
     * @param bigrams         whether adjacent-word pairs are terms too
     * @param lambdas         regularisation strengths tried (the best on validation is kept)
     * @param maxIterations   L-BFGS iterations
     */
    public record Options(int maxFeatures, int minDocFrequency, boolean bigrams, List<Double> lambdas,
                          int maxIterations) {
        public Options {
            lambdas = List.copyOf(lambdas);
            if (maxFeatures <= 0 || minDocFrequency <= 0 || maxIterations <= 0 || lambdas.isEmpty()) {
                throw new IllegalArgumentException("TF-IDF options must be positive with at least one lambda: "
                        + maxFeatures + ", " + minDocFrequency + ", " + lambdas + ", " + maxIterations);
            }
        }

        /** 20,000 unigram and bigram features seen at least twice; lambda from {0.1, 1, 10}; 500 iterations. */
        public static Options defaults() {
            return new Options(20_000, 2, true, List.of(0.1, 1.0, 10.0), 500);
        }
    }

    private TfidfLogisticBaseline(TfidfVectorizer vectorizer, LambdaSearch.Fitted<SparseLogisticRegression> model) {
        this.vectorizer = vectorizer;
        this.model = model;
    }

    /** Fits with {@link Options#defaults()} (matches {@link PredictorFactory}). */
    public static TfidfLogisticBaseline fit(List<LabeledCase> train, List<LabeledCase> validation, long seed) {
        return fit(train, validation, Options.defaults());
    }

    /** A factory with other options. */
    public static PredictorFactory factory(Options options) {
        return (train, validation, seed) -> fit(train, validation, options);
    }

    /** Fits the vectorizer and the regression on {@code train}, choosing lambda on {@code validation}. */
    public static TfidfLogisticBaseline fit(List<LabeledCase> train, List<LabeledCase> validation, Options options) {
        ClassCounts.forClassifier(train, "TF-IDF + logistic regression");
        List<String[]> docs = new ArrayList<>(train.size());
        for (LabeledCase c : train) {
            docs.add(fields(c.input()));
        }
        TfidfVectorizer vectorizer = TfidfVectorizer.fit(docs, options.maxFeatures(), options.minDocFrequency(),
                options.bigrams());
        List<SparseArray> rows = new ArrayList<>(docs.size());
        for (String[] d : docs) {
            rows.add(vectorizer.transform(d));
        }
        SparseDataset x = SparseDataset.of(rows, Math.max(1, vectorizer.size()));
        int[] y = Labels.of(train);
        List<SparseArray> validationRows = new ArrayList<>(validation.size());
        for (LabeledCase c : validation) {
            validationRows.add(vectorizer.transform(fields(c.input())));
        }
        int[] validationY = Labels.of(validation);
        return new TfidfLogisticBaseline(vectorizer, LambdaSearch.pick(options.lambdas(),
                lambda -> SparseLogisticRegression.fit(x, y, lambda, 1e-5, options.maxIterations()),
                m -> Labels.accuracy(validationY, i -> m.predict(validationRows.get(i))), !validation.isEmpty()));
    }

    private static String[] fields(EngagementCase c) {
        return new String[] {CaseText.post(c), CaseText.user(c)};
    }

    /** The regularisation strength chosen on validation. */
    public double lambda() {
        return model.lambda();
    }

    /** Accuracy on the validation cases at the chosen strength (NaN without validation cases). */
    public double validationAccuracy() {
        return model.validationAccuracy();
    }

    /** Vocabulary size. */
    public int features() {
        return vectorizer.size();
    }

    @Override
    public String name() {
        return "tf-idf + logistic regression";
    }

    @Override
    public Prediction predict(EngagementCase c) {
        return Prediction.of(c.caseId(), Action.values()[model.model().predict(vectorizer.transform(fields(c)))]);
    }
}
