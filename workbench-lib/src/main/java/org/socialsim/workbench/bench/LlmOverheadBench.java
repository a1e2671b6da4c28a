package org.socialsim.workbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Llm;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.llm.internal.CapturingHttpClient;
import org.socialsim.workbench.llm.internal.ChatModels;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/**
 * The workbench client's cost per call against a bare HTTP call (java.net.http, the same JSON request body, the body
 * read as a string) to the same loopback OpenAI-API server, both at concurrency 16, measured in the same run in
 * alternating rounds (goal: ratio at most 1.10). The client path includes LangChain4j request building and response
 * parsing, the cache lookup, the rate-limit and budget checks, and (in the "client + cache" row) writing every answer
 * to the response cache. Rows are shown with the server answering at once and after a small delay that stands in for
 * the fastest real model latency. Two more rows split the difference: the workbench's HTTP adapter sending the request
 * LangChain4j sends, and LangChain4j's OpenAI chat model (made as the client makes it) called directly; a last row
 * measures LangChain4j with no network at all (answering from memory).
 *
 * <p>Usage: {@code environment/bench.sh llmoverhead [calls=3000] [rounds=5] [delaysMs=0,20]}
 */
public final class LlmOverheadBench {
    private static final int CONCURRENCY = 16;
    private static final ObjectMapper INDENTED = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LlmOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int[] delays = Arrays.stream((args.length > 2 ? args[2] : "0,20").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        System.out.printf(Locale.ROOT, "%d calls per measurement, concurrency %d, best of %d alternating rounds%n",
                calls, CONCURRENCY, rounds);
        double bareCpu = Double.NaN;
        for (int delay : delays) {
            double cpu = run(calls, rounds, delay);
            if (delay == 0) {
                bareCpu = cpu;
            }
        }
        langChain4jAlone(calls, bareCpu);
    }

    /**
     * LangChain4j's own share: the OpenAI chat model configured as the workbench configures it, answering from memory
     * (no network, no server), on every core. Its CPU per call set beside a bare HTTP call's shows how much of the
     * overhead budget (10% of the bare call) the mandated provider uses before the workbench adds anything.
     */
    private static void langChain4jAlone(int calls, double bareCpu) throws Exception {
        String body;
        try (LoopbackChatServer server = LoopbackChatServer.start(r -> Reply.answer("{\"action\": \"quote\"}"), 4)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            body = bareCall(http, server.openAiBaseUrl(), prompts(1, new AtomicInteger()).get(0));
        }
        ModelSpec spec = ModelSpec.parse("openai-compatible:http://127.0.0.1:9/v1|bench-model?max_tokens=16");
        ChatModel model = ChatModels.create(spec, "", Duration.ofSeconds(60), Map.of(), 0, 1,
                CannedHttpClient.answering(body)).model();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger unique = new AtomicInteger();
        double best = Double.MAX_VALUE;
        double cpuBest = Double.MAX_VALUE;
        try {
            for (int r = 0; r < 4; r++) {
                List<ChatPrompt> prompts = prompts(calls, unique);
                long c0 = cpuNanos();
                double wall = parallel(pool, threads, prompts, p -> modelCall(model, p));
                double cpu = (cpuNanos() - c0) / 1e3 / calls;
                if (r > 0) {
                    best = Math.min(best, wall);
                    cpuBest = Math.min(cpuBest, cpu);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf(Locale.ROOT, "RESULT LangChain4j alone (OpenAiChatModel answering from memory, no network, %d"
                + " threads): %.1f us CPU per call, %.1f us/call wall%n", threads, cpuBest, best);
        if (!Double.isNaN(bareCpu)) {
            System.out.printf(Locale.ROOT, "       = %.0f%% of a bare HTTP call's CPU (%.0f us, client and loopback"
                    + " server, delay 0 ms); the goal's budget for all client overhead is 10%% (%.0f us)%n",
                    100 * cpuBest / bareCpu, bareCpu, 0.10 * bareCpu);
        }
    }

    /** One way of making the calls of a round; returns microseconds per call. */
    @FunctionalInterface
    private interface Way {
        double run(List<ChatPrompt> prompts) throws Exception;
    }

    /**
     * One server delay: the ways of calling, alternated round by round, and their ratios to the bare call. Returns
     * the bare HTTP call's CPU per call (us, this JVM).
     */
    private static double run(int calls, int rounds, int delayMs) throws Exception {
        Duration delay = Duration.ofMillis(delayMs);
        try (LoopbackChatServer server = LoopbackChatServer.start(r -> Reply.answer("{\"action\": \"quote\"}")
                .after(delay), 32)) {
            String base = server.openAiBaseUrl();
            ModelSpec spec = ModelSpec.parse("openai-compatible:" + base + "|bench-model" + "?max_tokens=16");
            Path cacheDir = Files.createTempDirectory("llm-overhead-bench");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
            AtomicInteger unique = new AtomicInteger();
            // the model the workbench client calls, made the same way, to be called directly with no client around it
            ChatModel model = ChatModels.create(spec, "", Duration.ofSeconds(60), Map.of(), 0, 1).model();
            dev.langchain4j.http.client.HttpClient adapter = CapturingHttpClient.builder()
                    .connectTimeout(Duration.ofSeconds(60)).readTimeout(Duration.ofSeconds(60)).build();
            try (LlmClient noCache = Llm.builder(spec).environment(Map.of()).noCache().concurrency(CONCURRENCY)
                    .progress(false).build();
                 LlmClient withCache = Llm.builder(spec).environment(Map.of()).cache(cacheDir)
                         .concurrency(CONCURRENCY).progress(false).build()) {
                String[] names = {"bare HTTP", "HTTP adapter", "LangChain4j model", "client", "client + cache"};
                Way[] ways = {
                    ps -> parallel(pool, CONCURRENCY, ps, p -> bareCall(http, base, p)),
                    ps -> parallel(pool, CONCURRENCY, ps, p -> adapterCall(adapter, base, p)),
                    ps -> parallel(pool, CONCURRENCY, ps, p -> modelCall(model, p)),
                    ps -> clientRun(noCache, ps),
                    ps -> clientRun(withCache, ps)};
                double[] best = new double[ways.length];
                double[] cpu = new double[ways.length];
                Arrays.fill(best, Double.MAX_VALUE);
                for (int r = 0; r <= rounds; r++) {
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  delay %2d ms round %d:",
                            delayMs, r));
                    double bare = 0;
                    for (int k = 0; k < ways.length; k++) {
                        long c0 = cpuNanos();
                        double us = ways[k].run(prompts(calls, unique));
                        double cpuUs = (cpuNanos() - c0) / 1e3 / calls;
                        if (k == 0) {
                            bare = us;
                        }
                        if (r > 0) {
                            best[k] = Math.min(best[k], us);
                            cpu[k] += cpuUs / rounds;
                        }
                        line.append(String.format(Locale.ROOT, " %s %.1f us%s", names[k], us,
                                k == 0 ? "" : String.format(Locale.ROOT, " (x%.3f)", us / bare)));
                    }
                    if (r > 0) {
                        System.out.println(line);
                    }
                }
                System.out.printf(Locale.ROOT, "RESULT server delay %d ms (best round of each; goal for the client:"
                        + " ratio <= 1.10):%n", delayMs);
                for (int k = 0; k < ways.length; k++) {
                    System.out.printf(Locale.ROOT, "  %-18s %8.1f us/call  ratio %.3f   CPU %5.0f us/call (%+.0f)%n",
                            names[k], best[k], best[k] / best[0], cpu[k], cpu[k] - cpu[0]);
                }
                System.out.println("  (bare HTTP: java.net.http with a hand-written body; HTTP adapter: the"
                        + " workbench's LangChain4j HTTP client sending LangChain4j's request; LangChain4j model:"
                        + " OpenAiChatModel as the workbench makes it, called directly; CPU: this JVM, server"
                        + " included)");
                System.out.println();
                return cpu[0];
            } finally {
                pool.shutdownNow();
                deleteTree(cacheDir);
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static List<ChatPrompt> prompts(int n, AtomicInteger unique) {
        List<ChatPrompt> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ChatPrompt("You predict what a social-media user does.",
                    "User history: shares news, quotes opinions. Post " + unique.incrementAndGet()
                            + ": \"New measures announced today.\" Retweet, quote or rewrite?", "bench"));
        }
        return out;
    }

    /** Microseconds per call through the workbench client (completeAll at its concurrency). */
    private static double clientRun(LlmClient c, List<ChatPrompt> prompts) {
        long t0 = System.nanoTime();
        c.completeAll(prompts);
        return (System.nanoTime() - t0) / 1e3 / prompts.size();
    }

    /** One call whose answer must name the action. */
    @FunctionalInterface
    private interface Call {
        String answer(ChatPrompt p) throws Exception;
    }

    /** Microseconds per call with {@code workers} threads of {@code pool} pulling prompts from the same list. */
    private static double parallel(ExecutorService pool, int workers, List<ChatPrompt> prompts, Call call)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            fs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < prompts.size(); i = next.getAndIncrement()) {
                    String answer = call.answer(prompts.get(i));
                    if (!answer.contains("quote")) {
                        throw new IllegalStateException("bad answer " + answer);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        return (System.nanoTime() - t0) / 1e3 / prompts.size();
    }

    private static String bareCall(HttpClient http, String baseUrl, ChatPrompt p) throws Exception {
        String body = "{\"model\":\"bench-model\",\"messages\":[{\"role\":\"system\",\"content\":\"" + p.system()
                + "\"},{\"role\":\"user\",\"content\":\"" + p.user().replace("\"", "\\\"")
                + "\"}],\"temperature\":0.0,\"max_tokens\":16}";
        HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/chat/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("bad answer " + resp.statusCode());
        }
        return resp.body();
    }

    /** The request LangChain4j's OpenAI model sends (indented JSON, its headers), through the workbench's adapter. */
    private static String adapterCall(dev.langchain4j.http.client.HttpClient adapter, String baseUrl, ChatPrompt p)
            throws Exception {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("model", "bench-model");
        req.put("messages", List.of(Map.of("role", "system", "content", p.system()),
                Map.of("role", "user", "content", p.user())));
        req.put("temperature", 0.0);
        req.put("stream", false);
        req.put("max_tokens", 16);
        req.put("seed", 0);
        return adapter.execute(dev.langchain4j.http.client.HttpRequest.builder()
                .method(dev.langchain4j.http.client.HttpMethod.POST).url(baseUrl + "/chat/completions")
                .addHeader("Content-Type", "application/json").addHeader("Authorization", "Bearer none")
                .addHeader("User-Agent", "langchain4j-openai").body(INDENTED.writeValueAsString(req)).build()).body();
    }

    private static String modelCall(ChatModel model, ChatPrompt p) {
        return model.chat(ChatRequest.builder().messages(SystemMessage.from(p.system()), UserMessage.from(p.user()))
                .build()).aiMessage().text();
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
