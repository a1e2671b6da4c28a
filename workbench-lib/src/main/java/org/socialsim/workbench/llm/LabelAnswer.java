package org.socialsim.workbench.llm;

import java.util.Objects;

/**
 * A label read from a model's answer, or why none could be.
 *
 * @param value        the label, or null when unparsed
 * @param method       how it was found
 * @param reason       why it is unparsed (or how it was found), for reports
 * @param answer       the answer that was read (the first answer; reasoning removed)
 * @param repaired     whether a repair prompt was sent because the first answer was unparsed
 * @param repairAnswer the answer to the repair prompt ("" when none was sent)
 * @param <T>          the label type
 */
public record LabelAnswer<T>(T value, Method method, String reason, String answer, boolean repaired,
                             String repairAnswer) {

    /** How a label was found. */
    public enum Method {
        /** A field of a JSON object (also inside a fenced code block). */
        JSON,
        /** After an answer marker such as "Answer:" or "Final answer is". */
        MARKER,
        /** The only label the text mentions without negating it. */
        ONLY_MENTION,
        /** The answer's first sentence is just the label ("Quote. Because ..."). */
        LEADING,
        /** Not found. */
        NONE
    }

    public LabelAnswer {
        Objects.requireNonNull(method, "method");
        reason = reason == null ? "" : reason;
        answer = answer == null ? "" : answer;
        repairAnswer = repairAnswer == null ? "" : repairAnswer;
        if ((value == null) != (method == Method.NONE)) {
            throw new IllegalArgumentException("a label answer has a value exactly when its method is not NONE");
        }
    }

    /** Whether a label was found. */
    public boolean parsed() {
        return value != null;
    }

    /** The same result marked as coming from a repair prompt. */
    LabelAnswer<T> afterRepair(String firstAnswer, String firstReason) {
        String why = parsed() ? "repaired (first answer: " + firstReason + "); " + reason
                : "unparsed after one repair (first answer: " + firstReason + "); " + reason;
        return new LabelAnswer<>(value, method, why, firstAnswer, true, answer);
    }
}
