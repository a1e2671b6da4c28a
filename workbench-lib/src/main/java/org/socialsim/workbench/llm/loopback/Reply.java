package org.socialsim.workbench.llm.loopback;

import java.time.Duration;
import java.util.Objects;

/**
 * What the loopback server sends for one request: an answer, an HTTP error, or a raw body, optionally after a delay.
 *
 * @param status         HTTP status
 * @param text           the answer's content (for answers)
 * @param reasoning      a separate reasoning field ({@code reasoning_content} / Ollama {@code thinking}), or ""
 * @param reasoningTokens provider-reported reasoning tokens, or -1 for none reported
 * @param rawBody        a body sent as is (errors, malformed JSON), or null for a well-formed answer
 * @param retryAfter     Retry-After header value, or null
 * @param delay          wait before answering
 */
public record Reply(int status, String text, String reasoning, int reasoningTokens, String rawBody, String retryAfter,
                    Duration delay) {
    public Reply {
        Objects.requireNonNull(delay, "delay");
        reasoning = reasoning == null ? "" : reasoning;
    }

    /** A well-formed answer. */
    public static Reply answer(String text) {
        return new Reply(200, text, "", -1, null, null, Duration.ZERO);
    }

    /** A well-formed answer with a reasoning field and provider-reported reasoning tokens (-1: none reported). */
    public static Reply answerWithReasoning(String text, String reasoning, int reasoningTokens) {
        return new Reply(200, text, reasoning, reasoningTokens, null, null, Duration.ZERO);
    }

    /** An HTTP error with an OpenAI-style error body. */
    public static Reply error(int status, String message) {
        String body = "{\"error\":{\"message\":\"" + message.replace("\"", "'") + "\",\"type\":\"test\"}}";
        return new Reply(status, "", "", -1, body, null, Duration.ZERO);
    }

    /** HTTP 429 with a Retry-After header in seconds. */
    public static Reply rateLimited(String retryAfterSeconds) {
        return new Reply(429, "", "", -1, "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\"}}",
                retryAfterSeconds, Duration.ZERO);
    }

    /** A 200 answer whose body is sent as given (e.g. truncated or malformed JSON). */
    public static Reply rawBody(String body) {
        return new Reply(200, "", "", -1, body, null, Duration.ZERO);
    }

    /** This reply after a delay (a slow answer; longer than the client's timeout, it becomes a timeout). */
    public Reply after(Duration wait) {
        return new Reply(status, text, reasoning, reasoningTokens, rawBody, retryAfter, wait);
    }
}
