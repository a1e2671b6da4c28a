package org.socialsim.workbench.generation;

/**
 * A generator's answer that cannot serve as a response (empty, a refusal, only a label). Batch generation catches it
 * and records the case as a failed, counted response; it never ends a run.
 */
public class UnusableResponseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String rawAnswer;

    public UnusableResponseException(String message, String rawAnswer) {
        super(message);
        this.rawAnswer = rawAnswer == null ? "" : rawAnswer;
    }

    /** The answer as the model gave it. */
    public String rawAnswer() {
        return rawAnswer;
    }
}
