package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Cell;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.SweepResult;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.metrics.Outcomes;
import org.socialsim.workbench.prompt.PromptConfig;

/**
 * The paper's generation experiment: for each configuration, show every case as the configuration allows, take the
 * action (predicted by that configuration's predictor, or the true one), generate the response, and score it against
 * what the user really wrote.
 *
 * <pre>{@code
 * AlignmentStudy study = AlignmentStudy.of(generator, Alignment.create(Encoders.miniLm()));
 * List<AlignmentRun> runs = study.runAll(sweepResult, cases.test());   // each sweep row's actions and view
 * AlignmentRun oracle = study.runWithTrueActions(PromptConfig.zeroShot(), cases.test());
 * Table t = AlignmentSummary.table(runs, Bootstrap.of(7));
 * }</pre>
 */
public final class AlignmentStudy {
    private final ResponseGenerator generator;
    private final Alignment alignment;

    private AlignmentStudy(ResponseGenerator generator, Alignment alignment) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.alignment = Objects.requireNonNull(alignment, "alignment");
    }

    /** A study that generates with {@code generator} and scores with {@code alignment}. */
    public static AlignmentStudy of(ResponseGenerator generator, Alignment alignment) {
        return new AlignmentStudy(generator, alignment);
    }

    /** The generator. */
    public ResponseGenerator generator() {
        return generator;
    }

    /** The alignment measures. */
    public Alignment alignment() {
        return alignment;
    }

    /**
     * Runs one configuration with predicted actions: the predictor and the generator both see {@code view} of each
     * case; an unparsed prediction leaves its response failed (counted).
     */
    public AlignmentRun run(String configuration, UnaryOperator<EngagementCase> view, List<LabeledCase> cases,
                            ActionPredictor predictor) {
        List<EngagementCase> visible = visible(view, cases);
        Outcomes outcomes = Outcomes.of(cases, predictor.predictAll(visible));
        return generate(configuration, visible, cases, outcomes.predicted(), predictor.name(), outcomes);
    }

    /**
     * Runs one configuration with actions predicted elsewhere (matched to the cases by id; every case needs one):
     * the generator sees the configuration's view of each case.
     */
    public AlignmentRun run(PromptConfig config, List<LabeledCase> cases, List<Prediction> predictions,
                            String predictor) {
        Outcomes outcomes = Outcomes.of(cases, predictions);
        return generate(config.label(), visible(config::restrict, cases), cases, outcomes.predicted(), predictor,
                outcomes);
    }

    /**
     * Runs every row of an action-prediction sweep: each row's configuration and predicted actions on the sweep's
     * test cases ({@code test}, as given to the sweep), in row order. Rows of several models are named
     * "model / configuration".
     */
    public List<AlignmentRun> runAll(SweepResult sweep, List<LabeledCase> test) {
        boolean severalModels = sweep.cells().stream().map(Cell::model).distinct().count() > 1;
        List<AlignmentRun> out = new ArrayList<>();
        for (int row = 0; row < sweep.cells().size(); row++) {
            Cell cell = sweep.cells().get(row);
            AlignmentRun r = run(cell.config(), test, sweep.predictions(row), cell.model());
            out.add(severalModels ? r.renamed(cell.model() + " / " + r.configuration()) : r);
        }
        return out;
    }

    /** Runs one prompt configuration generating for the true actions. */
    public AlignmentRun runWithTrueActions(PromptConfig config, List<LabeledCase> cases) {
        return runWithTrueActions(config.label(), config::restrict, cases);
    }

    /** Runs one configuration generating for the true actions: alignment without prediction errors. */
    public AlignmentRun runWithTrueActions(String configuration, UnaryOperator<EngagementCase> view,
                                           List<LabeledCase> cases) {
        List<Action> truth = cases.stream().map(LabeledCase::truth).toList();
        return generate(configuration, visible(view, cases), cases, truth, AlignmentRun.TRUE_ACTIONS, null);
    }

    private AlignmentRun generate(String configuration, List<EngagementCase> visible, List<LabeledCase> cases,
                                  List<Action> actions, String actionSource, Outcomes outcomes) {
        List<GeneratedResponse> responses = generator.generateAll(visible, actions);
        AlignmentScores scores = alignment.score(configuration, ResponsePair.match(cases, responses));
        return new AlignmentRun(configuration, generator.name(), actionSource, outcomes, responses, scores);
    }

    private static List<EngagementCase> visible(UnaryOperator<EngagementCase> view, List<LabeledCase> cases) {
        List<EngagementCase> out = new ArrayList<>(cases.size());
        for (LabeledCase c : cases) {
            out.add(Objects.requireNonNull(view.apply(c.input()), "view of case " + c.caseId()));
        }
        return out;
    }
}
