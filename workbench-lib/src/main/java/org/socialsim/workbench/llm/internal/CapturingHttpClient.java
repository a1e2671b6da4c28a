package org.socialsim.workbench.llm.internal;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP client under LangChain4j's models (java.net.http), which keeps what LangChain4j's stock client drops: the
 * Retry-After header of an error answer, carried on a {@link StatusException}. Streaming calls go to the stock client.
 */
public final class CapturingHttpClient implements HttpClient {
    private final java.net.http.HttpClient http;
    private final Duration readTimeout;
    private final Duration connectTimeout;
    private HttpClient streaming;

    private CapturingHttpClient(TimeoutsBuilder b) {
        java.net.http.HttpClient.Builder hb = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1);
        if (b.connectTimeout() != null) {
            hb.connectTimeout(b.connectTimeout());
        }
        this.http = hb.build();
        this.readTimeout = b.readTimeout();
        this.connectTimeout = b.connectTimeout();
    }

    /** A builder LangChain4j model builders accept ({@code httpClientBuilder(...)}). */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        java.net.http.HttpRequest.Builder rb = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(v -> rb.header(name, v));
            }
        });
        rb.method(request.method().name(), request.body() == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
        if (readTimeout != null) {
            rb.timeout(readTimeout);
        }
        try {
            HttpResponse<byte[]> r = http.send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            if (r.statusCode() < 200 || r.statusCode() >= 300) {
                throw new StatusException(r.statusCode(), body, retryAfter(r.headers().firstValue("Retry-After")));
            }
            // only the content type is passed on: LangChain4j's chat models read the body, and copying every header
            // into its case-insensitive map was a measurable part of the per-call cost
            return SuccessfulHttpResponse.builder().statusCode(r.statusCode())
                    .headers(r.headers().firstValue("Content-Type").map(v -> Map.of("Content-Type", List.of(v)))
                            .orElse(Map.of()))
                    .body(body).build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request.url(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        synchronized (this) {
            if (streaming == null) {
                streaming = HttpClientBuilderLoader.loadHttpClientBuilder().connectTimeout(connectTimeout)
                        .readTimeout(readTimeout).build();
            }
        }
        streaming.execute(request, parser, listener);
    }

    /** Reads Retry-After as seconds or an HTTP date; empty or unreadable gives null. */
    static Duration retryAfter(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return null;
        }
        String v = header.get().strip();
        try {
            double seconds = Double.parseDouble(v);
            return seconds < 0 ? null : Duration.ofMillis((long) (seconds * 1000));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v,
                        DateTimeFormatter.RFC_1123_DATE_TIME));
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    /** Builds the client with the timeouts LangChain4j sets. */
    public static final class Builder extends TimeoutsBuilder {
        @Override
        public CapturingHttpClient build() {
            return new CapturingHttpClient(this);
        }
    }
}
