package org.socialsim.workbench.llm.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.llm.Prices;
import org.socialsim.workbench.llm.Usage;
import org.socialsim.workbench.llm.Usage.Source;

/** Thread-safe counters behind {@link Usage}: one set per purpose and source, plus misses, retries and failures. */
public final class UsageMeter {
    /** Counters per source, then per purpose (no key built per call). */
    private final Map<Source, Map<String, Counters>> lines = new EnumMap<>(Source.class);
    private final LongAdder misses = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder liveCalls = new LongAdder();
    private final LongAdder liveTokens = new LongAdder();

    public UsageMeter() {
        for (Source s : Source.values()) {
            lines.put(s, new ConcurrentHashMap<>());
        }
    }

    private static final class Counters {
        final String purpose;
        final Source source;
        final LongAdder requests = new LongAdder();
        final LongAdder input = new LongAdder();
        final LongAdder output = new LongAdder();
        final LongAdder reasoning = new LongAdder();
        final LongAdder estimated = new LongAdder();

        Counters(String purpose, Source source) {
            this.purpose = purpose;
            this.source = source;
        }
    }

    /** Counts one answer. */
    public void answered(String purpose, Source source, long input, long output, long reasoning, boolean estimated) {
        Counters c = lines.get(source).computeIfAbsent(purpose, k -> new Counters(purpose, source));
        c.requests.increment();
        c.input.add(input);
        c.output.add(output);
        c.reasoning.add(reasoning);
        if (estimated) {
            c.estimated.add(reasoning);
        }
        if (source == Source.MODEL) {
            liveTokens.add(input + output);
        }
    }

    public void miss() {
        misses.increment();
    }

    public void retry() {
        retries.increment();
    }

    public void failure() {
        failures.increment();
    }

    /** Counts a live call being started (for the call budget). */
    public void callStarted() {
        liveCalls.increment();
    }

    public long liveCalls() {
        return liveCalls.sum();
    }

    public long liveTokens() {
        return liveTokens.sum();
    }

    public long cacheHits() {
        return lines.get(Source.CACHE).values().stream().mapToLong(c -> c.requests.sum()).sum();
    }

    public long retries() {
        return retries.sum();
    }

    /** A snapshot priced with {@code prices}. */
    public Usage snapshot(ModelSpec spec, Prices prices) {
        List<Usage.Line> out = new ArrayList<>();
        lines.values().stream().flatMap(m -> m.values().stream())
                .sorted((a, b) -> a.purpose.equals(b.purpose) ? a.source.compareTo(b.source)
                        : a.purpose.compareTo(b.purpose))
                .forEach(c -> out.add(new Usage.Line(c.purpose, c.source, c.requests.sum(), c.input.sum(),
                        c.output.sum(), c.reasoning.sum(), c.estimated.sum(),
                        prices.cost(spec, c.input.sum(), c.output.sum()))));
        return new Usage(spec.toString(), out, misses.sum(), retries.sum(), failures.sum());
    }
}
