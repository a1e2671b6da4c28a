package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/** Concurrency bound, ordering, rate limits and budgets, against the loopback server. */
class ClientLimitsTest {
    @TempDir
    Path cache;
    LoopbackChatServer server;

    @BeforeEach
    void start() {
        server = LoopbackChatServer.start(req -> Reply.answer("echo " + req.user()).after(Duration.ofMillis(60)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<ChatPrompt> prompts(int n) {
        return IntStream.range(0, n).mapToObj(i -> new ChatPrompt("s", "p" + i, "test")).toList();
    }

    @Test
    void completeAllKeepsOrderAndBoundsConcurrency() {
        try (LlmClient c = Loopback.openAi(server, cache).concurrency(3).build()) {
            List<Completion> out = c.completeAll(prompts(15));
            for (int i = 0; i < 15; i++) {
                assertEquals("echo p" + i, out.get(i).text());
            }
            assertTrue(server.maxInFlight() <= 3, "in flight at once: " + server.maxInFlight());
            assertTrue(server.maxInFlight() >= 2, "calls did overlap: " + server.maxInFlight());
        }
    }

    @Test
    void duplicatePromptsInABatchAreAskedOnce() {
        List<ChatPrompt> ps = List.of(new ChatPrompt("s", "same", ""), new ChatPrompt("s", "other", ""),
                new ChatPrompt("s", "same", ""));
        try (LlmClient c = Loopback.openAi(server, cache).concurrency(2).build()) {
            List<Completion> out = c.completeAll(ps);
            assertEquals("echo same", out.get(2).text());
            assertEquals(2, server.requestCount());
        }
    }

    @Test
    void requestRateLimitSpacesCalls() {
        try (LlmClient c = Loopback.openAi(server, cache).concurrency(6).rateLimit(RateLimit.requestsPerMinute(600))
                .build()) {
            long t0 = System.nanoTime();
            c.completeAll(prompts(6));
            long elapsed = System.nanoTime() - t0;
            assertTrue(elapsed >= 500_000_000L, "6 calls at 10/s need >= 0.5 s, took " + elapsed / 1e6 + " ms");
        }
        List<LoopbackChatServer.Request> r = server.requests();
        long span = r.get(5).arrivedNanos() - r.get(0).arrivedNanos();
        assertTrue(span >= 400_000_000L, "arrivals of 6 calls at 10/s span about 0.5 s, spanned " + span / 1e6 + " ms");
    }

    @Test
    void tokenRateLimitSpacesCallsByTheirTokens() {
        try (LlmClient c = Loopback.openAi(server, cache).concurrency(1).maxTokens(20)
                .rateLimit(new RateLimit(0, 6000)).build()) {
            long t0 = System.nanoTime();
            List<Completion> out = c.completeAll(prompts(4));
            double elapsedMillis = (System.nanoTime() - t0) / 1e6;
            double needMillis = 0;
            for (int i = 0; i < 3; i++) {
                needMillis += (out.get(i).inputTokens() + out.get(i).outputTokens()) * 10.0;
            }
            assertTrue(needMillis > 300, "the calls used tokens: " + needMillis);
            assertTrue(elapsedMillis >= needMillis, "at 100 tokens/s the 4th call waits for the tokens of the first "
                    + "3 (" + needMillis + " ms); took " + elapsedMillis + " ms");
        }
    }

    @Test
    void callBudgetStopsCleanlyAndARerunResumes() {
        List<ChatPrompt> ps = prompts(10);
        try (LlmClient c = Loopback.openAi(server, cache).concurrency(2).budget(Budget.calls(3)).build()) {
            BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> c.completeAll(ps));
            assertEquals(3, e.answered());
            assertEquals(10, e.completions().size());
            assertEquals(3, e.usage().calls());
            assertEquals(3, server.requestCount());
            assertTrue(e.getMessage().contains("at most 3 calls"), e.getMessage());
            for (int i = 0; i < 10; i++) {
                Completion done = e.completions().get(i);
                if (done != null) {
                    assertEquals("echo p" + i, done.text());
                }
            }
        }
        try (LlmClient c = Loopback.openAi(server, cache).concurrency(2).build()) {
            List<Completion> all = c.completeAll(ps);
            assertEquals(10, all.size());
            assertEquals(10, server.requestCount(), "the re-run asked only the 7 missing prompts");
            assertEquals(3, c.usage().cacheHits());
        }
    }

    @Test
    void tokenBudgetStopsBeforeTheNextCall() {
        try (LlmClient c = Loopback.openAi(server, cache).concurrency(1).budget(Budget.tokens(25)).build()) {
            BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> c.completeAll(prompts(5)));
            long used = e.usage().inputTokens() + e.usage().outputTokens();
            assertTrue(used >= 25, "stopped only once the cap was reached, used " + used);
            assertTrue(e.answered() >= 1 && e.answered() < 5, "answered " + e.answered());
            assertEquals(e.answered(), server.requestCount());
        }
    }

    @Test
    void singleCallOverBudgetThrowsTyped() {
        try (LlmClient c = Loopback.openAi(server, cache).budget(Budget.calls(1)).build()) {
            assertNotNull(c.complete(new ChatPrompt("s", "one", "")));
            assertNotNull(c.complete(new ChatPrompt("s", "one", "")), "a cache hit costs nothing");
            BudgetExceededException e = assertThrows(BudgetExceededException.class,
                    () -> c.complete(new ChatPrompt("s", "two", "")));
            assertNull(e.completions().get(0));
        }
    }

    @Test
    void failureInABatchNamesThePromptAndKeepsFinishedAnswersCached() {
        server.enqueue(Reply.error(400, "bad prompt"));
        try (LlmClient c = Loopback.openAi(server, cache).concurrency(1).build()) {
            LlmException e = assertThrows(LlmException.class, () -> c.completeAll(prompts(3)));
            assertTrue(e.getMessage().startsWith("prompt 1 of 3"), e.getMessage());
        }
    }

    @Test
    void usageSplitsPurposesAndSourcesAndPricesCalls() {
        try (LlmClient c = Loopback.openAi(server, cache).build()) {
            c.complete(new ChatPrompt("s", "a", "action"));
            c.complete(new ChatPrompt("s", "a", "action"));
            c.complete(new ChatPrompt("s", "b", "judge"));
            Usage u = c.usage();
            assertEquals(2, u.calls());
            assertEquals(1, u.cacheHits());
            assertEquals(3, u.lines().size());
            double expected = (u.inputTokens() * 0.15 + u.outputTokens() * 0.60) / 1e6;
            assertEquals(expected, u.cost(), 1e-12);
            assertTrue(u.savedCost() > 0);
            assertEquals(3, u.table().rowCount());
            assertEquals(List.of("model", "purpose", "source", "requests", "input_tokens", "output_tokens",
                    "reasoning_tokens", "reasoning_estimated", "cost_usd"), u.table().columnNames());
        }
    }
}
