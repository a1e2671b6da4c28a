package org.socialsim.workbench.generation;

import java.util.Objects;
import org.socialsim.workbench.data.Action;

/**
 * What a generator wrote for one case, or why it wrote nothing usable.
 *
 * @param caseId    the case
 * @param action    the action the response was generated for (null when there was none, e.g. an unparsed prediction)
 * @param text      the response text, or {@code null} when the generator produced nothing usable (counted, and scored
 *                  as missing)
 * @param rawAnswer the model's raw answer before cleaning (empty for generators that are not models)
 * @param note      why the text is missing, or a remark such as a fallback taken; empty when none
 */
public record GeneratedResponse(String caseId, Action action, String text, String rawAnswer, String note) {
    public GeneratedResponse {
        Objects.requireNonNull(caseId, "caseId");
        rawAnswer = rawAnswer == null ? "" : rawAnswer;
        note = note == null ? "" : note;
        if (text == null && note.isEmpty()) {
            throw new IllegalArgumentException("case " + caseId + ": a missing response needs a note saying why");
        }
    }

    /** A usable response. */
    public static GeneratedResponse of(String caseId, Action action, String text) {
        return new GeneratedResponse(caseId, action, Objects.requireNonNull(text, "text"), "", "");
    }

    /** No usable response, with the raw answer (if any) and the reason. */
    public static GeneratedResponse failed(String caseId, Action action, String rawAnswer, String why) {
        return new GeneratedResponse(caseId, action, null, rawAnswer, why);
    }

    /** Whether there is a usable text. */
    public boolean ok() {
        return text != null;
    }
}
