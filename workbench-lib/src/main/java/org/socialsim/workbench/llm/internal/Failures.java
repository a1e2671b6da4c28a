package org.socialsim.workbench.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.socialsim.workbench.llm.LlmCallException;
import org.socialsim.workbench.llm.LlmCallException.Kind;

/**
 * Turns whatever a LangChain4j model threw into a typed {@link LlmCallException}: HTTP status classes, timeouts,
 * connection failures and malformed answers, with a message that says what is wrong and never shows a key.
 */
public final class Failures {
    private static final int BODY_EXCERPT = 400;

    private Failures() {
    }

    /** Classifies one failed attempt against {@code endpoint} (a description, e.g. "openai:gpt-4o-mini"). */
    public static LlmCallException classify(Throwable error, String endpoint, Secrets secrets) {
        HttpException http = find(error, HttpException.class);
        if (http != null) {
            Duration retryAfter = http instanceof StatusException s ? s.retryAfter() : null;
            int code = http.statusCode();
            Kind kind = kindOf(code);
            String body = excerpt(secrets.scrub(http.getMessage()));
            String advice = switch (kind) {
                case AUTHENTICATION -> "; check the API key in the environment (OPENAI_API_KEY or WORKBENCH_LLM_API_KEY;"
                        + " the key is not shown)";
                case MODEL_NOT_FOUND -> "; check the model name and base URL of the spec";
                case INVALID_REQUEST -> "; the request was refused as it is and is not retried";
                default -> "";
            };
            return new LlmCallException(kind, code, retryAfter, 1, "HTTP " + code + " (" + kind.label() + "): " + body
                    + advice, sanitized(error, secrets));
        }
        if (find(error, TimeoutException.class) != null || find(error, HttpTimeoutException.class) != null
                || find(error, java.net.SocketTimeoutException.class) != null) {
            return failure(Kind.TIMEOUT, "no answer in time", error, secrets);
        }
        if (find(error, JsonProcessingException.class) != null) {
            return failure(Kind.MALFORMED_RESPONSE, "the body is not valid JSON (truncated or malformed)", error,
                    secrets);
        }
        if (find(error, UnresolvedModelServerException.class) != null || find(error, IOException.class) != null) {
            return failure(Kind.CONNECTION, "cannot reach " + endpoint, error, secrets);
        }
        if (find(error, RateLimitException.class) != null) {
            return failure(Kind.RATE_LIMITED, "rate limited", error, secrets);
        }
        if (find(error, InternalServerException.class) != null || find(error, RetriableException.class) != null) {
            return failure(Kind.MALFORMED_RESPONSE, "the answer is not a usable chat completion", error, secrets);
        }
        if (find(error, AuthenticationException.class) != null) {
            return failure(Kind.AUTHENTICATION, "authentication failed", error, secrets);
        }
        if (find(error, ModelNotFoundException.class) != null) {
            return failure(Kind.MODEL_NOT_FOUND, "no such model", error, secrets);
        }
        if (find(error, InvalidRequestException.class) != null) {
            return failure(Kind.INVALID_REQUEST, "the request was refused", error, secrets);
        }
        if (error instanceof NullPointerException || error instanceof IndexOutOfBoundsException
                || error instanceof ClassCastException) {
            return failure(Kind.MALFORMED_RESPONSE, "the JSON is not a chat completion", error, secrets);
        }
        return failure(Kind.OTHER, "the call failed", error, secrets);
    }

    private static LlmCallException failure(Kind kind, String what, Throwable error, Secrets secrets) {
        String detail = secrets.scrub(rootMessage(error));
        return new LlmCallException(kind, 0, null, 1,
                what + " (" + kind.label() + (detail.isEmpty() ? "" : ": " + excerpt(detail)) + ")",
                sanitized(error, secrets));
    }

    private static Kind kindOf(int code) {
        if (code == 429) {
            return Kind.RATE_LIMITED;
        }
        if (code == 408) {
            return Kind.TIMEOUT;
        }
        if (code >= 500) {
            return Kind.SERVER_ERROR;
        }
        if (code == 401 || code == 403) {
            return Kind.AUTHENTICATION;
        }
        if (code == 404) {
            return Kind.MODEL_NOT_FOUND;
        }
        return code >= 400 ? Kind.INVALID_REQUEST : Kind.MALFORMED_RESPONSE;
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        String m = c.getMessage();
        return c.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    private static String excerpt(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= BODY_EXCERPT ? one : one.substring(0, BODY_EXCERPT) + "...";
    }

    /** A stand-in for the original error whose message is scrubbed, keeping its type name and stack trace. */
    private static Throwable sanitized(Throwable error, Secrets secrets) {
        RuntimeException copy = new RuntimeException(error.getClass().getName() + ": "
                + secrets.scrub(String.valueOf(error.getMessage())));
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }
}
