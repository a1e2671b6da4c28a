package org.socialsim.workbench.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.PredictorFactory;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.generation.ResponseGenerator;
import org.socialsim.workbench.progress.Progress;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The action-guided paper's open question: a classifier picks the action, a response generator (an LLM when one is
 * configured) writes the text for that action. As an {@link ActionPredictor} it predicts exactly what its classifier
 * predicts, so it ranks beside the pure LLM in sweeps; {@link #respondAll} adds the responses. A case whose action
 * could not be predicted, or whose generation failed, keeps a row with no text and a note saying why: nothing is
 * dropped.
 */
public final class HybridPipeline implements ActionPredictor {
    private final ActionPredictor classifier;
    private final ResponseGenerator generator;

    private HybridPipeline(ActionPredictor classifier, ResponseGenerator generator) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /**
     * One case's outcome.
     *
     * @param caseId the case
     * @param action the classifier's action, or null if it gave none
     * @param text   the generated response, or null if there is none
     * @param note   why text or action is missing; empty when both are there
     */
    public record Response(String caseId, Action action, String text, String note) {
        public Response {
            Objects.requireNonNull(caseId, "caseId");
            note = note == null ? "" : note;
        }

        /** Whether both the action and the text are there. */
        public boolean complete() {
            return action != null && text != null;
        }
    }

    /** Hands {@code classifier}'s actions to {@code generator}. */
    public static HybridPipeline of(ActionPredictor classifier, ResponseGenerator generator) {
        return new HybridPipeline(classifier, generator);
    }

    /** A factory that trains the classifier per cell and pairs it with the generator. */
    public static PredictorFactory factory(PredictorFactory classifier, ResponseGenerator generator) {
        return (train, validation, seed) -> of(classifier.fit(train, validation, seed), generator);
    }

    /** The classifier that picks actions. */
    public ActionPredictor classifier() {
        return classifier;
    }

    /** The generator that writes responses. */
    public ResponseGenerator generator() {
        return generator;
    }

    @Override
    public String name() {
        return classifier.name() + " -> " + generator.name();
    }

    @Override
    public Prediction predict(EngagementCase c) {
        return classifier.predict(c);
    }

    @Override
    public List<Prediction> predictAll(List<EngagementCase> cases) {
        return classifier.predictAll(cases);
    }

    /** Predicts the action and writes the response for one case. */
    public Response respond(EngagementCase c) {
        return respond(c, classifier.predict(c));
    }

    /** Predicts all actions (batched by the classifier), then writes each response, with progress. */
    public List<Response> respondAll(List<EngagementCase> cases) {
        List<Prediction> predictions = classifier.predictAll(cases);
        List<Response> out = new ArrayList<>(cases.size());
        try (Progress progress = Progress.start("hybrid: " + generator.name(), cases.size())) {
            for (int i = 0; i < cases.size(); i++) {
                out.add(respond(cases.get(i), predictions.get(i)));
                progress.step();
            }
        }
        return out;
    }

    private Response respond(EngagementCase c, Prediction p) {
        if (!p.parsed()) {
            return new Response(c.caseId(), null, null, "no action: " + p.note());
        }
        try {
            String text = generator.generate(c, p.action());
            return text == null ? new Response(c.caseId(), p.action(), null, generator.name() + " returned nothing")
                    : new Response(c.caseId(), p.action(), text, "");
        } catch (RuntimeException e) {
            return new Response(c.caseId(), p.action(), null, generator.name() + " failed: " + e.getMessage());
        }
    }

    /** Responses as a table: case_id, action, response, note. */
    public static Table toTable(List<Response> responses) {
        StringColumn id = StringColumn.create("case_id");
        StringColumn action = StringColumn.create("action");
        StringColumn text = StringColumn.create("response");
        StringColumn note = StringColumn.create("note");
        for (Response r : responses) {
            id.append(r.caseId());
            action.append(r.action() == null ? "" : r.action().label());
            text.append(r.text() == null ? "" : r.text());
            note.append(r.note());
        }
        return Table.create("hybrid responses", id, action, text, note);
    }
}
