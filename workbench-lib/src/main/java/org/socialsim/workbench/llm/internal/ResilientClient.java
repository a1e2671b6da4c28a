package org.socialsim.workbench.llm.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.socialsim.workbench.llm.Budget;
import org.socialsim.workbench.llm.BudgetExceededException;
import org.socialsim.workbench.llm.CacheEntry;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.LlmException;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.llm.Prices;
import org.socialsim.workbench.llm.ReplayMissException;
import org.socialsim.workbench.llm.ResponseCache;
import org.socialsim.workbench.llm.Usage;
import org.socialsim.workbench.llm.Usage.Source;
import org.socialsim.workbench.progress.Progress;

/**
 * The {@link LlmClient} behind {@code Llm}: the response cache (or replay from it), a budget, and a {@link ModelCaller}
 * for misses; batches run with bounded concurrency, in order, with a progress bar.
 */
public final class ResilientClient implements LlmClient {
    private static final int PARALLEL_LOOKUPS = 2048;
    private final ModelSpec spec;
    private final String constraint;
    private final ResponseCache cache;
    private final boolean replay;
    private final ModelCaller caller;
    private final Budget budget;
    private final int concurrency;
    private final Prices prices;
    private final boolean progress;
    private final UsageMeter meter;
    private final AutoCloseable resources;
    private ExecutorService pool;
    private boolean closed;

    /** Everything a client needs; {@code caller} is null for replay, {@code cache} null when caching is off. */
    public record Parts(ModelSpec spec, String constraint, ResponseCache cache, boolean replay, ModelCaller caller,
                        Budget budget, int concurrency, Prices prices, boolean progress, UsageMeter meter,
                        AutoCloseable resources) {
    }

    public ResilientClient(Parts p) {
        this.spec = p.spec();
        this.constraint = p.constraint() == null ? "" : p.constraint();
        this.cache = p.cache();
        this.replay = p.replay();
        this.caller = p.caller();
        this.budget = p.budget();
        this.concurrency = p.concurrency();
        this.prices = p.prices();
        this.progress = p.progress();
        this.meter = p.meter();
        this.resources = p.resources();
        if (replay && cache == null) {
            throw new IllegalArgumentException("replay needs a cache");
        }
        if (!replay && caller == null) {
            throw new IllegalArgumentException("a live client needs a model");
        }
    }

    @Override
    public ModelSpec spec() {
        return spec;
    }

    @Override
    public Usage usage() {
        return meter.snapshot(spec, prices);
    }

    @Override
    public int concurrency() {
        return concurrency;
    }

    @Override
    public Prices prices() {
        return prices;
    }

    /** The cache key of a prompt for this client. */
    public String keyOf(ChatPrompt prompt) {
        return ResponseCache.keyOf(spec, constraint, prompt);
    }

    @Override
    public Completion complete(ChatPrompt prompt) {
        String key = keyOf(prompt);
        Completion hit = lookup(key, prompt);
        if (hit != null) {
            return hit;
        }
        try {
            return callAndStore(prompt, key);
        } catch (BudgetExceededException e) {
            throw new BudgetExceededException(budget, usage(), Arrays.asList(new Completion[1]));
        }
    }

    private Completion lookup(String key, ChatPrompt prompt) {
        return cache == null ? null : served(cache.find(key).orElse(null), key, prompt);
    }

    /** The cached answer as a completion (counted as a hit), or null after counting a miss; replay throws on a miss. */
    private Completion served(CacheEntry hit, String key, ChatPrompt prompt) {
        CacheEntry c = hit;
        if (c == null && replay) {
            c = cache.findFresh(key).orElse(null);
        }
        if (c != null) {
            meter.answered(prompt.purpose(), Source.CACHE, c.inputTokens(), c.outputTokens(), c.reasoningTokens(),
                    c.reasoningEstimated());
            return c.toCompletion();
        }
        meter.miss();
        if (replay) {
            meter.failure();
            throw new ReplayMissException(key, prompt.purpose(), spec.toString(), cache.dir().toString());
        }
        return null;
    }

    private Completion callAndStore(ChatPrompt prompt, String key) {
        synchronized (meter) {
            if (meter.liveCalls() >= budget.maxCalls() || meter.liveTokens() >= budget.maxTokens()) {
                throw new BudgetExceededException(budget, usage(), List.of());
            }
            meter.callStarted();
        }
        ModelCaller.Answer a;
        try {
            a = caller.call(prompt, key);
        } catch (LlmException e) {
            meter.failure();
            throw e;
        }
        meter.answered(prompt.purpose(), Source.MODEL, a.inputTokens(), a.outputTokens(), a.reasoningTokens(),
                a.reasoningEstimated());
        if (cache != null) {
            cache.put(new CacheEntry(key, spec.toString(), prompt.purpose(), a.text(), a.reasoning(), a.inputTokens(),
                    a.outputTokens(), a.reasoningTokens(), a.reasoningEstimated(), Instant.now().toString()));
        }
        return new Completion(a.text(), a.reasoning(), a.inputTokens(), a.outputTokens(), a.reasoningTokens(), false);
    }

    @Override
    public List<Completion> completeAll(List<ChatPrompt> prompts) {
        int n = prompts.size();
        Completion[] out = new Completion[n];
        Map<String, List<Integer>> misses = new LinkedHashMap<>();
        try (Progress bar = progress && n > 1 ? Progress.start("LLM " + spec.label(), n)
                : org.socialsim.workbench.progress.ProgressSinks.silent().open("", n)) {
            String[] keys = new String[n];
            CacheEntry[] hits = new CacheEntry[n];
            IntStream range = IntStream.range(0, n);
            (n >= PARALLEL_LOOKUPS ? range.parallel() : range).forEach(i -> {
                keys[i] = keyOf(prompts.get(i));
                hits[i] = cache == null ? null : cache.find(keys[i]).orElse(null);
            });
            for (int i = 0; i < n; i++) {
                List<Integer> waiting = misses.get(keys[i]);
                if (waiting != null) {
                    waiting.add(i);
                    continue;
                }
                out[i] = cache == null ? null : served(hits[i], keys[i], prompts.get(i));
                if (out[i] == null) {
                    misses.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
                }
            }
            bar.stepBy(n - misses.values().stream().mapToInt(List::size).sum());
            if (!misses.isEmpty()) {
                runMisses(prompts, new ArrayList<>(misses.entrySet()), out, bar);
            }
        }
        return Arrays.asList(out);
    }

    private void runMisses(List<ChatPrompt> prompts, List<Map.Entry<String, List<Integer>>> todo, Completion[] out,
                           Progress bar) {
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int j = next.getAndIncrement(); j < todo.size() && !stop.get(); j = next.getAndIncrement()) {
                Map.Entry<String, List<Integer>> t = todo.get(j);
                int first = t.getValue().get(0);
                try {
                    Completion c = callAndStore(prompts.get(first), t.getKey());
                    for (int i : t.getValue()) {
                        out[i] = c;
                    }
                    bar.stepBy(t.getValue().size());
                    if (progress) {
                        bar.message("calls " + meter.liveCalls() + ", cache hits " + meter.cacheHits() + ", retries "
                                + meter.retries());
                    }
                } catch (RuntimeException e) {
                    stop.set(true);
                    RuntimeException tagged = e instanceof BudgetExceededException || !(e instanceof LlmException)
                            ? e : new LlmException("prompt " + (first + 1) + " of " + prompts.size() + ": "
                            + e.getMessage(), e);
                    failure.compareAndSet(null, tagged);
                }
            }
        };
        int workers = Math.min(concurrency, todo.size());
        if (workers <= 1) {
            worker.run();
        } else {
            List<Future<?>> running = new ArrayList<>();
            ExecutorService p = pool();
            for (int w = 0; w < workers; w++) {
                running.add(p.submit(worker));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (InterruptedException e) {
                    stop.set(true);
                    Thread.currentThread().interrupt();
                    throw new LlmException("interrupted while " + spec.label() + " answered a batch", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    failure.compareAndSet(null, new LlmException("worker failed: " + e.getCause(), e.getCause()));
                }
            }
        }
        RuntimeException f = failure.get();
        if (f instanceof BudgetExceededException) {
            throw new BudgetExceededException(budget, usage(), Arrays.asList(out));
        }
        if (f != null) {
            throw f;
        }
    }

    private synchronized ExecutorService pool() {
        if (pool == null) {
            AtomicInteger count = new AtomicInteger();
            pool = Executors.newFixedThreadPool(concurrency, r -> {
                Thread t = new Thread(r, "llm-" + spec.provider() + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        return pool;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (pool != null) {
                pool.shutdownNow();
                pool = null;
            }
        }
        if (cache != null) {
            cache.close();
        }
        if (resources != null) {
            try {
                resources.close();
            } catch (Exception e) {
                throw new LlmException("cannot release " + spec.label() + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "LlmClient[" + spec + (replay ? ", replay from " + cache.dir() : cache == null ? ", no cache"
                : ", cache " + cache.dir()) + "]";
    }
}
