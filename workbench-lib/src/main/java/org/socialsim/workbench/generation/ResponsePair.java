package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.LabeledCase;

/**
 * A generated response beside what the user really wrote.
 *
 * @param caseId       the case
 * @param truth        the action the user really took
 * @param generatedFor the action the response was generated for (the predicted one, or the truth in an oracle run);
 *                     null when no action was predicted
 * @param generated    the generated text, or {@code null} when generation failed (then every measure is missing)
 * @param reference    what the user really wrote: the comment of a quote, the text of a rewrite, the post itself for
 *                     a retweet
 */
public record ResponsePair(String caseId, Action truth, Action generatedFor, String generated, String reference) {
    public ResponsePair {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(truth, "case " + caseId + ": truth");
        Objects.requireNonNull(reference, "case " + caseId + ": reference text");
    }

    /** A pair from a labeled case and the response generated for it (their case ids must agree). */
    public static ResponsePair of(LabeledCase c, GeneratedResponse r) {
        if (!c.caseId().equals(r.caseId())) {
            throw new IllegalArgumentException("response for case " + r.caseId() + " paired with case " + c.caseId());
        }
        return new ResponsePair(c.caseId(), c.truth(), r.action(), r.text(), reference(c));
    }

    /** Pairs cases and responses position by position (as {@link ResponseGenerator#generateAll} returns them). */
    public static List<ResponsePair> match(List<LabeledCase> cases, List<GeneratedResponse> responses) {
        if (cases.size() != responses.size()) {
            throw new IllegalArgumentException(cases.size() + " cases but " + responses.size() + " responses");
        }
        List<ResponsePair> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            out.add(of(cases.get(i), responses.get(i)));
        }
        return out;
    }

    /**
     * What the user really wrote: the response text, or the source post's text for a retweet.
     *
     * @throws IllegalArgumentException naming the case when a quote or rewrite has no response text
     */
    public static String reference(LabeledCase c) {
        if (c.truth() == Action.RETWEET) {
            return c.input().post().text();
        }
        if (c.responseText() == null) {
            throw new IllegalArgumentException("case " + c.caseId() + ": the true " + c.truth().label()
                    + " has no response text, so there is nothing to align a generated response with");
        }
        return c.responseText();
    }

    /** Whether a generated text exists. */
    public boolean hasGenerated() {
        return generated != null;
    }
}
