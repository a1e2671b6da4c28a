package org.socialsim.workbench.llm.internal;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/** The timeouts LangChain4j sets on an {@link HttpClientBuilder}; subclasses say what they build with them. */
public abstract class TimeoutsBuilder implements HttpClientBuilder {
    private Duration connectTimeout;
    private Duration readTimeout;

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public TimeoutsBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public TimeoutsBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }
}
