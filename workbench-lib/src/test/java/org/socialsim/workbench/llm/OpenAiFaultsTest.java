package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/** The client against a real OpenAI-API server on loopback with injected faults. */
class OpenAiFaultsTest {
    @TempDir
    Path cache;
    LoopbackChatServer server;

    @BeforeEach
    void start() {
        server = LoopbackChatServer.start(req -> Reply.answer("quote"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static ChatPrompt prompt(String user) {
        return new ChatPrompt("You predict actions.", user, "action");
    }

    @Test
    void answersAndCachesThenServesFromCache() {
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            Completion first = c.complete(prompt("post 1"));
            Completion again = c.complete(prompt("post 1"));
            assertEquals("quote", first.text());
            assertFalse(first.fromCache());
            assertTrue(again.fromCache());
            assertEquals(first.inputTokens(), again.inputTokens());
            assertEquals(1, server.requestCount());
            assertEquals(1, c.usage().calls());
            assertEquals(1, c.usage().cacheHits());
            assertEquals("Bearer " + Loopback.KEY, server.requests().get(0).authorization());
        }
    }

    @Test
    void retriesRateLimitHonouringRetryAfter() {
        server.enqueue(Reply.rateLimited("1"));
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            Completion done = c.complete(prompt("post"));
            assertEquals("quote", done.text());
            List<LoopbackChatServer.Request> r = server.requests();
            assertEquals(2, r.size());
            long gapMillis = (r.get(1).arrivedNanos() - r.get(0).arrivedNanos()) / 1_000_000;
            assertTrue(gapMillis >= 950, "second attempt came " + gapMillis + " ms after the 429, Retry-After was 1 s");
            assertEquals(1, c.usage().retries());
        }
    }

    @Test
    void retriesServerErrorsWithGrowingBackoffAndCachesOnlyTheSuccess() throws IOException {
        server.enqueue(Reply.error(500, "boom"), Reply.error(503, "busy"), Reply.error(502, "bad gateway"));
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            assertEquals("quote", c.complete(prompt("post")).text());
            List<LoopbackChatServer.Request> r = server.requests();
            assertEquals(4, r.size());
            long g1 = r.get(1).arrivedNanos() - r.get(0).arrivedNanos();
            long g3 = r.get(3).arrivedNanos() - r.get(2).arrivedNanos();
            assertTrue(g1 >= 16_000_000, "first backoff >= 80% of 20 ms, was " + g1 / 1e6 + " ms");
            assertTrue(g3 >= 64_000_000, "third backoff >= 80% of 80 ms, was " + g3 / 1e6 + " ms");
            assertEquals(3, c.usage().retries());
        }
        assertEquals(1, cacheLines(), "only the successful answer is cached");
    }

    @Test
    void givesUpAfterMaxAttemptsAndCachesNothing() throws IOException {
        server.enqueue(Reply.error(500, "a"), Reply.error(500, "b"), Reply.error(500, "c"), Reply.error(500, "d"));
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            LlmCallException e = assertThrows(LlmCallException.class, () -> c.complete(prompt("post")));
            assertEquals(LlmCallException.Kind.SERVER_ERROR, e.kind());
            assertEquals(4, e.attempts());
            assertEquals(500, e.statusCode());
            assertTrue(e.getMessage().contains("after 4 attempts"), e.getMessage());
            assertEquals(1, c.usage().failures());
        }
        assertEquals(0, cacheLines(), "errors are never cached");
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            assertEquals("quote", c.complete(prompt("post")).text());
            assertEquals(5, server.requestCount(), "after a failure the prompt is asked again, not served stale");
        }
    }

    @Test
    void authenticationFailureIsNotRetriedAndDoesNotEchoTheKey() {
        server.enqueue(Reply.error(401, "Incorrect API key provided: " + Loopback.KEY));
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            LlmCallException e = assertThrows(LlmCallException.class, () -> c.complete(prompt("post")));
            assertEquals(LlmCallException.Kind.AUTHENTICATION, e.kind());
            assertFalse(e.retriable());
            assertEquals(1, server.requestCount());
            assertFalse(fullText(e).contains(Loopback.KEY), "key leaked: " + fullText(e));
            assertFalse(fullText(e).contains("0123456789abcdef"), "key fragment leaked: " + fullText(e));
            assertTrue(e.getMessage().contains("401") && e.getMessage().contains("API key"), e.getMessage());
        }
    }

    @Test
    void badRequestIsNotRetried() {
        server.enqueue(Reply.error(400, "max_tokens is too large"));
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            LlmCallException e = assertThrows(LlmCallException.class, () -> c.complete(prompt("post")));
            assertEquals(LlmCallException.Kind.INVALID_REQUEST, e.kind());
            assertTrue(e.getMessage().contains("max_tokens is too large"), e.getMessage());
            assertEquals(1, server.requestCount());
        }
    }

    @Test
    void malformedAndTruncatedBodiesAreRetried() {
        server.enqueue(Reply.rawBody("{\"id\":\"x\",\"choices\":[{\"message\":{\"content\":\"quo"),
                Reply.rawBody("this is not json"), Reply.rawBody("{}"));
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            assertEquals("quote", c.complete(prompt("post")).text());
            assertEquals(4, server.requestCount());
            assertEquals(3, c.usage().retries());
        }
    }

    @Test
    void slowAnswerTimesOutAndIsRetried() {
        server.enqueue(Reply.answer("late").after(Duration.ofMillis(2000)));
        try (LlmClient c = Loopback.openAi(server, cache).timeout(Duration.ofMillis(500)).build()) {
            assertEquals("quote", c.complete(prompt("post")).text(), "the slow answer was abandoned");
            assertTrue(server.requestCount() >= 2, "retried after the timeout");
            assertTrue(c.usage().retries() >= 1);
        }
    }

    @Test
    void timeoutsExhaustedSayTimeout() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Reply.answer("late").after(Duration.ofMillis(800)));
        }
        try (LlmClient c = Loopback.openAi(server, cache).timeout(Duration.ofMillis(150)).build()) {
            LlmCallException e = assertThrows(LlmCallException.class, () -> c.complete(prompt("post")));
            assertEquals(LlmCallException.Kind.TIMEOUT, e.kind());
            assertEquals(4, e.attempts());
        }
    }

    @Test
    void cacheFilesHoldNoKey() throws IOException {
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            c.completeAll(List.of(prompt("a"), prompt("b"), prompt("c")));
        }
        try (Stream<Path> files = Files.list(cache)) {
            for (Path f : files.toList()) {
                String s = Files.readString(f);
                assertFalse(s.contains(Loopback.KEY), "key in " + f);
                assertFalse(s.contains("Bearer"), "authorization in " + f);
            }
        }
        assertEquals(3, cacheLines());
    }

    private long cacheLines() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            long n = 0;
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).toList()) {
                n += Files.readAllLines(f).size();
            }
            return n;
        }
    }

    static String fullText(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c).append('\n');
        }
        return b.toString();
    }
}
