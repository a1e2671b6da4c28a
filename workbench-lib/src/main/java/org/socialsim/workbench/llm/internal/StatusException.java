package org.socialsim.workbench.llm.internal;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/** An HTTP error answer with the server's Retry-After, which LangChain4j's own HttpException does not keep. */
public final class StatusException extends HttpException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public StatusException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
