package org.socialsim.workbench.generation;

import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.metrics.Outcomes;

/**
 * One configuration of an alignment study: which actions were generated for (and how well they were predicted), what
 * was generated, and how closely it aligns with what users really wrote.
 *
 * @param configuration the configuration's name (e.g. "few-shot k=5 recent [rates]")
 * @param generator     the generator's name
 * @param actions       where the actions came from: the predictor's name, or {@link #TRUE_ACTIONS}
 * @param outcomes      predicted beside true actions; {@code null} when generating for the true actions
 * @param responses     the generated responses, in case order
 * @param scores        the alignment of every response
 */
public record AlignmentRun(String configuration, String generator, String actions, Outcomes outcomes,
                           List<GeneratedResponse> responses, AlignmentScores scores) {
    /** The {@link #actions} of a run that generates for the true actions (isolating generation from prediction). */
    public static final String TRUE_ACTIONS = "true actions (oracle)";

    public AlignmentRun {
        Objects.requireNonNull(configuration, "configuration");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(actions, "actions");
        responses = List.copyOf(responses);
        Objects.requireNonNull(scores, "scores");
        if (responses.size() != scores.size() || (outcomes != null && outcomes.size() != scores.size())) {
            throw new IllegalArgumentException(configuration + ": " + responses.size() + " responses, "
                    + scores.size() + " scored pairs" + (outcomes == null ? "" : ", " + outcomes.size() + " outcomes"));
        }
    }

    /** The same run under another configuration name. */
    public AlignmentRun renamed(String name) {
        AlignmentScores s = new AlignmentScores(name, scores.pairs(), scores.measures(), scores.values(),
                scores.unscored());
        return new AlignmentRun(name, generator, actions, outcomes, responses, s);
    }

    /** Whether the actions were predicted (and so have an accuracy). */
    public boolean predicted() {
        return outcomes != null;
    }

    /** How many responses could not be generated (unparsed prediction, unusable answer). */
    public int failedGenerations() {
        return (int) responses.stream().filter(r -> !r.ok()).count();
    }
}
