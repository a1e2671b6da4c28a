package org.socialsim.workbench.llm;

/** A chat call that failed for good: retries exhausted, budget spent, a replay cache miss, or a bad configuration. */
public class LlmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LlmException(String message) {
        super(message);
    }

    public LlmException(String message, Throwable cause) {
        super(message, cause);
    }
}
