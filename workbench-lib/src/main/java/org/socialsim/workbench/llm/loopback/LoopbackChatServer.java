package org.socialsim.workbench.llm.loopback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server bound to 127.0.0.1 (never another address) speaking OpenAI's {@code POST /v1/chat/completions}
 * and Ollama's {@code POST /api/chat}. Scripted replies queued with {@link #enqueue} are sent first, in order; then
 * the default responder answers. It records every request (with its arrival time), counts requests in flight and the
 * most seen at once. Close it when done.
 *
 * <pre>{@code
 * try (LoopbackChatServer s = LoopbackChatServer.start(req -> Reply.answer("quote"))) {
 *     s.enqueue(Reply.rateLimited("1"), Reply.error(500, "boom"));
 *     LlmClient c = Llm.builder("openai-compatible:" + s.openAiBaseUrl() + "|test-model").build();
 * }
 * }</pre>
 */
public final class LoopbackChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs: ~40 ms per answer
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Function<Request, Reply> responder;
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    /**
     * One request as the server saw it.
     *
     * @param api           "openai" or "ollama"
     * @param model         the model name asked for
     * @param system        the system message ("" if none)
     * @param user          the last user message
     * @param authorization the Authorization header ("" if none)
     * @param body          the raw request body
     * @param arrivedNanos  System.nanoTime() at arrival
     */
    public record Request(String api, String model, String system, String user, String authorization, String body,
                          long arrivedNanos) {
    }

    private LoopbackChatServer(Function<Request, Reply> responder, int threads) throws IOException {
        this.responder = Objects.requireNonNull(responder, "responder");
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "loopback-llm");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", ex -> handle(ex, "openai"));
        server.createContext("/api/chat", ex -> handle(ex, "ollama"));
        server.start();
    }

    /** Starts a server on a free loopback port with 64 handler threads. */
    public static LoopbackChatServer start(Function<Request, Reply> responder) {
        return start(responder, 64);
    }

    /** Starts a server on a free loopback port with the given number of handler threads. */
    public static LoopbackChatServer start(Function<Request, Reply> responder, int threads) {
        try {
            return new LoopbackChatServer(responder, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback chat server on 127.0.0.1", e);
        }
    }

    /** Queues replies sent before the default responder answers, one per request, in order. */
    public void enqueue(Reply... replies) {
        script.addAll(List.of(replies));
    }

    /** The OpenAI-style base URL, e.g. {@code http://127.0.0.1:40123/v1}. */
    public String openAiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The Ollama-style base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String ollamaBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** How many requests arrived. */
    public int requestCount() {
        return requests.size();
    }

    /** The most requests that were being handled at the same time. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange ex, String api) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try (ex) {
            String body;
            try (InputStream in = ex.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Request req = parse(api, body, ex.getRequestHeaders().getFirst("Authorization"));
            requests.add(req);
            Reply reply = script.poll();
            if (reply == null) {
                reply = responder.apply(req);
            }
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            String out = reply.rawBody() != null ? reply.rawBody()
                    : api.equals("openai") ? openAiAnswer(req, reply) : ollamaAnswer(req, reply);
            byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            if (reply.retryAfter() != null) {
                ex.getResponseHeaders().add("Retry-After", reply.retryAfter());
            }
            ex.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // the client went away (e.g. it timed out); nothing to answer
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static Request parse(String api, String body, String auth) {
        String model = "";
        String system = "";
        String user = "";
        try {
            JsonNode n = JSON.readTree(body);
            model = n.path("model").asText("");
            for (JsonNode m : n.path("messages")) {
                String role = m.path("role").asText();
                JsonNode c = m.path("content");
                String text = c.isTextual() ? c.asText() : c.isArray() ? c.path(0).path("text").asText("") : "";
                if (role.equals("system")) {
                    system = text;
                } else if (role.equals("user")) {
                    user = text;
                }
            }
        } catch (IOException | RuntimeException e) {
            user = "";
        }
        return new Request(api, model, system, user, auth == null ? "" : auth, body, System.nanoTime());
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String openAiAnswer(Request req, Reply r) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-loopback").put("object", "chat.completion").put("created", 0).put("model", req.model());
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        ObjectNode msg = choice.putObject("message");
        msg.put("role", "assistant").put("content", r.text());
        if (!r.reasoning().isEmpty()) {
            msg.put("reasoning_content", r.reasoning());
        }
        int prompt = words(req.system()) + words(req.user()) + 8;
        int completion = words(r.text()) + words(r.reasoning()) + 1;
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", prompt).put("completion_tokens", completion).put("total_tokens", prompt + completion);
        if (r.reasoningTokens() >= 0) {
            usage.putObject("completion_tokens_details").put("reasoning_tokens", r.reasoningTokens());
        }
        return JSON.writeValueAsString(root);
    }

    private static String ollamaAnswer(Request req, Reply r) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", req.model()).put("created_at", "2025-01-01T00:00:00Z");
        ObjectNode msg = root.putObject("message");
        msg.put("role", "assistant").put("content", r.text());
        if (!r.reasoning().isEmpty()) {
            msg.put("thinking", r.reasoning());
        }
        root.put("done", true).put("done_reason", "stop");
        root.put("prompt_eval_count", words(req.system()) + words(req.user()) + 8);
        root.put("eval_count", words(r.text()) + words(r.reasoning()) + 1);
        return JSON.writeValueAsString(root);
    }

    /** Stops the server at once and ends its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
