package org.socialsim.workbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.socialsim.workbench.llm.CacheEntry;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.Llm;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.llm.ResponseCache;

/**
 * Replay of a recorded sweep from the response cache: how many prompts per second a replay-only client answers
 * (goal: at least 50,000/s for a 100,000-prompt sweep). The reference, measured in the same run, is the floor any
 * cache lookup pays: hashing the same prompts into keys (SHA-256) and nothing else.
 *
 * <p>Usage: {@code environment/bench.sh llmreplay [prompts=100000] [rounds=5]}
 */
public final class LlmReplayBench {
    private LlmReplayBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ModelSpec spec = ModelSpec.parse("openai:gpt-4o-mini?temperature=0&seed=1&max_tokens=16");
        List<ChatPrompt> prompts = sweepPrompts(n);
        Path dir = Files.createTempDirectory("llm-replay-bench");
        try {
            long t0 = System.nanoTime();
            try (ResponseCache cache = ResponseCache.open(dir)) {
                String[] answers = {"{\"action\": \"retweet\"}", "{\"action\": \"quote\"}", "{\"action\": \"rewrite\"}"};
                for (int i = 0; i < n; i++) {
                    String key = ResponseCache.keyOf(spec, "", prompts.get(i));
                    cache.put(new CacheEntry(key, spec.toString(), "action", answers[i % 3], "", 420, 8, 0, false,
                            Instant.EPOCH.toString()));
                }
            }
            double recordSec = (System.nanoTime() - t0) / 1e9;
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf(Locale.ROOT, "recorded %,d answers into the cache in %.2f s (%.1f MB on disk)%n", n,
                    recordSec, bytes / 1e6);

            double bestReplay = 0;
            double bestHash = 0;
            double bestLoad = Double.MAX_VALUE;
            for (int r = 1; r <= rounds; r++) {
                long h0 = System.nanoTime();
                long sink = 0;
                for (ChatPrompt p : prompts) {
                    sink += ResponseCache.keyOf(spec, "", p).charAt(7);
                }
                double hashRate = n / ((System.nanoTime() - h0) / 1e9);

                long l0 = System.nanoTime();
                try (LlmClient replay = Llm.builder(spec).replayFrom(dir).progress(false).build()) {
                    double loadSec = (System.nanoTime() - l0) / 1e9;
                    long q0 = System.nanoTime();
                    List<Completion> out = replay.completeAll(prompts);
                    double replayRate = n / ((System.nanoTime() - q0) / 1e9);
                    if (out.size() != n || !out.get(n - 1).fromCache() || replay.usage().cacheHits() != n) {
                        throw new IllegalStateException("replay did not serve every prompt from the cache");
                    }
                    sink += out.get(0).text().length();
                    System.out.printf(Locale.ROOT, "round %d: cache open %.2f s (%,.0f records/s); replay %,.0f "
                                    + "prompts/s; key hashing alone %,.0f prompts/s (checksum %d)%n", r, loadSec,
                            n / loadSec, replayRate, hashRate, sink);
                    bestReplay = Math.max(bestReplay, replayRate);
                    bestLoad = Math.min(bestLoad, loadSec);
                }
                bestHash = Math.max(bestHash, hashRate);
            }
            System.out.printf(Locale.ROOT, "%nRESULT replay of %,d prompts: %,.0f prompts/s (goal >= 50,000: %s); "
                            + "ratio to key hashing alone in the same run: %.2f; cache open %.2f s%n", n, bestReplay,
                    bestReplay >= 50_000 ? "met" : "NOT met", bestReplay / bestHash, bestLoad);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Prompts shaped like the action-prediction sweep: a fixed system message, a user message of ~1,500 chars. */
    static List<ChatPrompt> sweepPrompts(int n) {
        String system = "You are simulating a social-media user. Given the user's profile, history and a post, "
                + "answer with the action the user takes: retweet, quote or rewrite. Answer as JSON "
                + "{\"action\": \"retweet|quote|rewrite\"}.";
        String filler = "The user often shares news about climate policy and local politics, writes short comments "
                + "with emoji, and rarely rewrites posts in their own words. ";
        List<ChatPrompt> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String user = "User #" + (i % 4000) + " profile: followers " + (i * 37 % 9000) + ", posts " + (i % 700)
                    + ".\nHistory: " + filler.repeat(6) + "\nPost " + i + ": \"Breaking: new measures announced "
                    + "today (item " + i + ")\"\nWhat does the user do?";
            out.add(new ChatPrompt(system, user, "action"));
        }
        return out;
    }
}
