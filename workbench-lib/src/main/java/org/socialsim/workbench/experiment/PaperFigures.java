package org.socialsim.workbench.experiment;

import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Figures REPORTED BY THE PAPER (arXiv 2502.12073, "Can LLMs Simulate Social Media Engagement?"), as given in the
 * project's copy of its text ({@code shared/papers/action-guided-engagement-2502.12073.md}), so a plot can show them
 * beside a run. Only what that text states, each with where it says it; nothing here was measured by the workbench,
 * and the paper's data (X, COVID-19 vaccination, 3,990 balanced engagements) is not the data of a workbench run.
 * Accuracies are fractions (0.5714 = 57.14%).
 */
public final class PaperFigures {
    private PaperFigures() {
    }

    /**
     * One reported figure.
     *
     * @param id      a short key, e.g. "bert-finetuned-accuracy"
     * @param finding what the paper reports, in words
     * @param model   the model it is about ("LLMs" when the text does not name one)
     * @param setting the configuration (prompt, shots, features)
     * @param value   the number (NaN for a finding reported in words only)
     * @param unit    what the number is
     * @param section where the paper's text says it
     */
    public record Figure(String id, String finding, String model, String setting, double value, String unit,
                         String section) {
        public Figure {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(section, "section");
        }
    }

    /** Accuracy of fully fine-tuned BERT on action prediction: 57.14%. */
    public static final Figure BERT_FINETUNED = new Figure("bert-finetuned-accuracy",
            "fine-tuned BERT is the best action predictor", "BERT (fully fine-tuned)", "action prediction",
            0.5714, "accuracy", "Open Question 1 (basis: results and Limitations)");
    /** Accuracy drop when the historical rates are removed from the user information: 8.90 points. */
    public static final Figure RATES_ABLATION = new Figure("rates-ablation-drop",
            "removing the historical rates costs the most accuracy of any user-feature group", "LLMs",
            "zero-shot with user information, leave rates out", 0.0890, "accuracy drop (points / 100)",
            "Section 4 ablation: Table 3 and Appendix A.3.1");
    /** GPT-4o-mini accuracy with one shot: 19.61%. */
    public static final Figure ONE_SHOT_DIP = new Figure("one-shot-accuracy-gpt-4o-mini",
            "few-shot prompting first lowers accuracy: the 1-shot dip", "GPT-4o-mini", "few-shot, k = 1",
            0.1961, "accuracy", "Section 4.2, Figure 3 (quoted in Open Question 4)");
    /** About five shots are needed before few-shot accuracy recovers. */
    public static final Figure RECOVERY_SHOTS = new Figure("recovery-shots",
            "accuracy recovers only with about 5 or more examples", "LLMs", "few-shot, k >= 5", 5,
            "shots", "Section 4.2 and Key Results");
    /** Zero-shot LLMs predominantly predict "quote". */
    public static final Figure QUOTE_BIAS = new Figure("zero-shot-quote-bias",
            "zero-shot LLMs predominantly predict quote (a strong bias toward it)", "GPT-4o-mini, o1-mini, DeepSeek-R1",
            "zero-shot", Double.NaN, "(reported in words)", "Section 4.1");
    /** The size of the paper's balanced dataset. */
    public static final Figure DATASET_SIZE = new Figure("dataset-size",
            "balanced engagements across retweet, quote and rewrite", "-", "X, COVID-19 vaccination, 2020-09-28 to 11-04",
            3990, "engagements", "Method Summary");

    /** Every figure, in the order above. */
    public static List<Figure> all() {
        return List.of(BERT_FINETUNED, RATES_ABLATION, ONE_SHOT_DIP, RECOVERY_SHOTS, QUOTE_BIAS, DATASET_SIZE);
    }

    /**
     * The reported reference points of a shot curve, in the columns of a sweep table ({@code model, shots, accuracy,
     * accuracy_low, accuracy_high}; low = high = the reported value, which comes with no interval): fine-tuned BERT's
     * accuracy at every given k (it sees no shots: a level line), and GPT-4o-mini's 1-shot accuracy. Model names end
     * in "(reported by the paper)".
     */
    public static Table shotCurveReference(int... shots) {
        StringColumn model = StringColumn.create("model");
        IntColumn k = IntColumn.create("shots");
        DoubleColumn acc = DoubleColumn.create("accuracy");
        for (int s : shots) {
            model.append("fine-tuned BERT (reported by the paper)");
            k.append(s);
            acc.append(BERT_FINETUNED.value());
        }
        model.append("GPT-4o-mini (reported by the paper)");
        k.append(1);
        acc.append(ONE_SHOT_DIP.value());
        return Table.create("shot-curve reference, reported by the paper", model, k, acc,
                acc.copy().setName("accuracy_low"), acc.copy().setName("accuracy_high"));
    }

    /** The figures as a table whose every row says "reported by the paper". */
    public static Table table() {
        StringColumn id = StringColumn.create("id");
        StringColumn finding = StringColumn.create("finding");
        StringColumn model = StringColumn.create("model");
        StringColumn setting = StringColumn.create("setting");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn unit = StringColumn.create("unit");
        StringColumn source = StringColumn.create("source");
        for (Figure f : all()) {
            id.append(f.id());
            finding.append(f.finding());
            model.append(f.model());
            setting.append(f.setting());
            if (Double.isNaN(f.value())) {
                value.appendMissing();
            } else {
                value.append(f.value());
            }
            unit.append(f.unit());
            source.append("reported by the paper (arXiv 2502.12073), " + f.section());
        }
        return Table.create("reported by the paper (arXiv 2502.12073), not measured here", id, finding, model,
                setting, value, unit, source);
    }
}
