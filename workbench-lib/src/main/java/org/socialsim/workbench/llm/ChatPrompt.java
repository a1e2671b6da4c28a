package org.socialsim.workbench.llm;

import java.util.Objects;

/**
 * One request to a chat model: a system message and a user message, plus an optional label of what it is for
 * (e.g. "action", "judge:stance") used only for reporting.
 *
 * @param system the system message (may be empty)
 * @param user   the user message
 * @param purpose a short tag for usage reports; never part of the cache key
 */
public record ChatPrompt(String system, String user, String purpose) {
    public ChatPrompt {
        system = system == null ? "" : system;
        Objects.requireNonNull(user, "user message");
        purpose = purpose == null ? "" : purpose;
    }

    public static ChatPrompt of(String system, String user) {
        return new ChatPrompt(system, user, "");
    }
}
