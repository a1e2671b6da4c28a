package org.socialsim.workbench.llm;

/**
 * A replay-only client was asked a prompt its cache does not hold. Replay never calls a model, so the notebook cannot
 * be reproduced from this cache as it stands.
 */
public class ReplayMissException extends LlmException {
    private static final long serialVersionUID = 1L;

    private final String promptHash;
    private final String purpose;

    public ReplayMissException(String promptHash, String purpose, String model, String cacheDir) {
        super("replay cache " + cacheDir + " has no answer for prompt " + promptHash
                + (purpose.isEmpty() ? "" : " (purpose '" + purpose + "')") + " from " + model
                + "; replay serves only recorded answers: run once with the live model (unset WORKBENCH_LLM_REPLAY) "
                + "to record it, or check that the model spec and prompts match the recorded run");
        this.promptHash = promptHash;
        this.purpose = purpose;
    }

    /** The cache key (SHA-256 of model, parameters and prompt) that was missing. */
    public String promptHash() {
        return promptHash;
    }

    /** The prompt's purpose tag. */
    public String purpose() {
        return purpose;
    }
}
