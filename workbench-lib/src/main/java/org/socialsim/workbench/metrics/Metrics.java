package org.socialsim.workbench.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.features.LabeledCase;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Action-prediction metrics of one set of outcomes: accuracy, macro-F1, per-action precision/recall/F1, the
 * confusion matrix and the predicted-label distribution with its bias index. Unparsed answers are counted
 * ({@link #unparsed()}) and scored as wrong. Confidence intervals come from a {@link Bootstrap}.
 *
 * <pre>{@code
 * Metrics m = Metrics.of(testCases, predictor.predictAll(inputs));
 * Interval acc = m.accuracyInterval(Bootstrap.of(7));   // 0.512 [0.481, 0.544]
 * }</pre>
 *
 * @param outcomes     what was predicted against what was true
 * @param confusion    truth x prediction counts (with an unparsed column)
 * @param byClass      precision, recall and F1 per action, in {@link Action} order
 * @param distribution predicted against true label shares, with bias indices
 * @param accuracy     right predictions / all cases
 * @param macroF1      unweighted mean of the per-action F1 over all three actions
 */
public record Metrics(Outcomes outcomes, ConfusionMatrix confusion, List<ClassScore> byClass,
                      LabelDistribution distribution, double accuracy, double macroF1) {
    public Metrics {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(confusion, "confusion");
        byClass = List.copyOf(byClass);
        Objects.requireNonNull(distribution, "distribution");
    }

    /** Scores outcomes. */
    public static Metrics of(Outcomes o) {
        if (o.size() == 0) {
            throw new IllegalArgumentException("cannot score zero cases");
        }
        ConfusionMatrix m = ConfusionMatrix.of(o);
        List<ClassScore> byClass = new ArrayList<>();
        for (Action a : Action.values()) {
            byClass.add(ClassScore.of(m, a));
        }
        return new Metrics(o, m, byClass, LabelDistribution.of(m), (double) m.correct() / m.total(), macroF1(m));
    }

    /** Scores predictions against labeled cases, matched by case id (see {@link Outcomes#of(List, List)}). */
    public static Metrics of(List<LabeledCase> cases, List<Prediction> predictions) {
        return of(Outcomes.of(cases, predictions));
    }

    /** Macro-F1 of a confusion matrix: the mean F1 over all three actions. */
    public static double macroF1(ConfusionMatrix m) {
        double s = 0;
        for (Action a : Action.values()) {
            s += ClassScore.of(m, a).f1();
        }
        return s / Action.values().length;
    }

    /** Number of cases. */
    public int n() {
        return outcomes.size();
    }

    /** Number of unparsed answers (scored as wrong). */
    public int unparsed() {
        return confusion.predictedTotal(null);
    }

    /** The scores of one action. */
    public ClassScore of(Action a) {
        return byClass.get(a.ordinal());
    }

    /** Bootstrap interval of accuracy. */
    public Interval accuracyInterval(Bootstrap b) {
        return b.accuracy(outcomes);
    }

    /** Bootstrap interval of macro-F1. */
    public Interval macroF1Interval(Bootstrap b) {
        return b.macroF1(outcomes);
    }

    /** Accuracy and macro-F1 with their intervals, and the counts. */
    public Summary summarize(Bootstrap b) {
        return new Summary(n(), unparsed(), accuracyInterval(b), macroF1Interval(b));
    }

    /** One row per action: precision, recall, F1, support, predicted count, bias index. */
    public Table byClassTable() {
        StringColumn action = StringColumn.create("action");
        DoubleColumn precision = DoubleColumn.create("precision");
        DoubleColumn recall = DoubleColumn.create("recall");
        DoubleColumn f1 = DoubleColumn.create("f1");
        IntColumn support = IntColumn.create("support");
        IntColumn predicted = IntColumn.create("predicted");
        DoubleColumn bias = DoubleColumn.create("bias_index");
        for (ClassScore s : byClass) {
            action.append(s.action().label());
            precision.append(s.precision());
            recall.append(s.recall());
            f1.append(s.f1());
            support.append(s.support());
            predicted.append(s.predicted());
            bias.append(distribution.bias(s.action()));
        }
        return Table.create("per-action scores", action, precision, recall, f1, support, predicted, bias);
    }

    /** One summary row per named set of metrics, with bootstrap intervals, in the map's iteration order. */
    public static Table compare(Map<String, Metrics> byName, Bootstrap b) {
        Table t = Summary.emptyTable("metrics", "name");
        byName.forEach((name, m) -> {
            t.stringColumn("name").append(name);
            m.summarize(b).appendTo(t);
        });
        return t;
    }
}
