package org.socialsim.workbench.bench;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.util.List;
import java.util.Map;
import org.socialsim.workbench.llm.internal.TimeoutsBuilder;

/**
 * An HTTP client for LangChain4j models that answers every request with one fixed body from memory, with no network:
 * what a model call costs in LangChain4j itself (building the request, writing and reading JSON). For
 * {@link LlmOverheadBench} only.
 */
final class CannedHttpClient implements HttpClient {
    private final String body;

    private CannedHttpClient(String body) {
        this.body = body;
    }

    /** A builder whose clients answer {@code body} (a chat-completions response) to every request. */
    static HttpClientBuilder answering(String body) {
        return new TimeoutsBuilder() {
            @Override
            public HttpClient build() {
                return new CannedHttpClient(body);
            }
        };
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        if (request.body() == null || request.body().isEmpty()) {
            throw new IllegalStateException("LangChain4j sent no request body");
        }
        return SuccessfulHttpResponse.builder().statusCode(200)
                .headers(Map.of("Content-Type", List.of("application/json"))).body(body).build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        throw new UnsupportedOperationException("no streaming in the benchmark");
    }
}
