package org.socialsim.workbench.baseline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.PaperFigures;
import org.socialsim.workbench.experiment.PredictorFactory;
import org.socialsim.workbench.generation.ResponseGenerator;
import tech.tablesaw.api.Table;

/**
 * The baselines an LLM must beat, each as a {@link PredictorFactory} so the sweep engine trains and ablates them like
 * an LLM configuration: {@code Baselines.fineTunedBert().fit(train, validation, seed).predictAll(cases)}.
 * Text baselines read the post and the case's visible feature groups as text ({@link CaseText}).
 */
public final class Baselines {
    private Baselines() {
    }

    /** The training majority action. */
    public static PredictorFactory majority() {
        return MajorityBaseline::fit;
    }

    /** The user's most frequent past action (rates, else shown past engagements, else the majority). */
    public static PredictorFactory historyPrior() {
        return HistoryPriorBaseline::fit;
    }

    /** TF-IDF over post and user text + logistic regression (Smile 2.6.0, LGPL-3.0). */
    public static PredictorFactory tfidfLogistic() {
        return TfidfLogisticBaseline::fit;
    }

    /** Frozen all-MiniLM-L6-v2 embeddings of post and user text + a logistic-regression head. */
    public static PredictorFactory frozenBert() {
        return FrozenBertBaseline::fit;
    }

    /** all-MiniLM-L6-v2 fine-tuned end to end, sized by {@code WORKBENCH_SIZE} (see {@link FineTuneOptions}). */
    public static PredictorFactory fineTunedBert() {
        return FineTunedBert::fit;
    }

    /** all-MiniLM-L6-v2 fine-tuned end to end with the given options. */
    public static PredictorFactory fineTunedBert(FineTuneOptions options) {
        return FineTunedBert.factory(options);
    }

    /** A classifier's actions handed to a response generator. */
    public static HybridPipeline hybrid(ActionPredictor classifier, ResponseGenerator generator) {
        return HybridPipeline.of(classifier, generator);
    }

    /**
     * Accuracy with its interval per model from a sweep table ({@code model, accuracy, accuracy_low,
     * accuracy_high}), with the paper's fully fine-tuned BERT appended as a last row named "fine-tuned BERT
     * (paper)" (57.14%, reported by the paper without an interval: low = high; not measured here).
     */
    public static Table besidePaper(Table sweep) {
        Table t = sweep.selectColumns("model", "accuracy", "accuracy_low", "accuracy_high").copy();
        t.setName("action accuracy, 95% bootstrap intervals; last row reported by the paper, not measured here");
        double paper = PaperFigures.BERT_FINETUNED.value();
        t.stringColumn("model").append("fine-tuned BERT (paper)");
        t.doubleColumn("accuracy").append(paper);
        t.doubleColumn("accuracy_low").append(paper);
        t.doubleColumn("accuracy_high").append(paper);
        return t;
    }

    /** Every action baseline by name, cheapest first: majority, history prior, TF-IDF, frozen and fine-tuned BERT. */
    public static Map<String, PredictorFactory> all() {
        Map<String, PredictorFactory> m = new LinkedHashMap<>();
        m.put("majority", majority());
        m.put("history prior", historyPrior());
        m.put("tf-idf + logistic regression", tfidfLogistic());
        m.put("frozen BERT", frozenBert());
        m.put("fine-tuned BERT", fineTunedBert());
        return m;
    }
}
