package org.socialsim.workbench.llm;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A model call that failed, typed by what went wrong so the retry loop (and a reader) knows whether trying again can
 * help. The message never contains an API key.
 */
public class LlmCallException extends LlmException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, and whether it is worth retrying. */
    public enum Kind {
        /** HTTP 429: too many requests or tokens; retried, honouring Retry-After. */
        RATE_LIMITED(true),
        /** HTTP 5xx: the server failed; retried. */
        SERVER_ERROR(true),
        /** No answer within the timeout (or HTTP 408); retried. */
        TIMEOUT(true),
        /** The connection failed or was reset; retried. */
        CONNECTION(true),
        /** A 200 answer whose body is not a valid chat completion (truncated or malformed JSON); retried. */
        MALFORMED_RESPONSE(true),
        /** HTTP 401/403: the key is missing, wrong or not allowed; not retried. */
        AUTHENTICATION(false),
        /** HTTP 404: no such model or endpoint; not retried. */
        MODEL_NOT_FOUND(false),
        /** HTTP 400 and other 4xx: the request itself is wrong; not retried. */
        INVALID_REQUEST(false),
        /** Anything else (a bug, a local engine failure); not retried. */
        OTHER(false);

        private final boolean retriable;

        Kind(boolean retriable) {
            this.retriable = retriable;
        }

        /** Whether trying the same call again may succeed. */
        public boolean retriable() {
            return retriable;
        }

        /** A lower-case name for messages and tables. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    private final Kind kind;
    private final int statusCode;
    private final transient Duration retryAfter;
    private final int attempts;

    /**
     * @param kind       what went wrong
     * @param statusCode the HTTP status, or 0 when there was none
     * @param retryAfter the server's Retry-After, or null
     * @param attempts   how many attempts were made in all (1 = no retry)
     * @param message    the full message (already free of secrets)
     * @param cause      the underlying error (already free of secrets), or null
     */
    public LlmCallException(Kind kind, int statusCode, Duration retryAfter, int attempts, String message,
                            Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.statusCode = statusCode;
        this.retryAfter = retryAfter;
        this.attempts = attempts;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** Whether trying again may succeed. */
    public boolean retriable() {
        return kind.retriable();
    }

    /** The HTTP status code, or 0 when the failure had none (timeout, connection, local engine). */
    public int statusCode() {
        return statusCode;
    }

    /** The wait the server asked for (HTTP Retry-After), if it sent one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** How many attempts were made before giving up. */
    public int attempts() {
        return attempts;
    }

    /** The same failure after {@code n} attempts in all, with the message saying so. */
    public LlmCallException afterAttempts(int n, String context) {
        String msg = context + " failed after " + n + (n == 1 ? " attempt: " : " attempts: ") + getMessage();
        return new LlmCallException(kind, statusCode, retryAfter, n, msg, getCause());
    }
}
