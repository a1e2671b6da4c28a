package org.socialsim.workbench.llm;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a client used, split by purpose and by where answers came from: live model calls (billed) and cache hits
 * (free; their cost is what the cache saved). Reasoning tokens are part of the output tokens; where the provider did
 * not report them they are estimated (about 4 characters per token, or the reasoning's share of the reported output
 * tokens) and counted in {@code estimatedReasoningTokens} too.
 *
 * @param model       the model spec string
 * @param lines       one line per purpose and source
 * @param cacheMisses prompts not found in the cache (answered live, failed, or missing in replay)
 * @param retries     attempts repeated after a retriable failure
 * @param failures    prompts that failed for good
 */
public record Usage(String model, List<Line> lines, long cacheMisses, long retries, long failures) {

    /** Where answers came from. */
    public enum Source {
        /** Answered by the model now (billed). */
        MODEL,
        /** Served from the response cache (not billed). */
        CACHE
    }

    /** Usage of one purpose from one source. */
    public record Line(String purpose, Source source, long requests, long inputTokens, long outputTokens,
                       long reasoningTokens, long estimatedReasoningTokens, double costUsd) {
        public Line {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(source, "source");
        }
    }

    public Usage {
        Objects.requireNonNull(model, "model");
        lines = List.copyOf(lines);
    }

    /** Prompts served from the cache. */
    public long cacheHits() {
        return sum(Source.CACHE, Line::requests);
    }

    /** Live model calls that answered. */
    public long calls() {
        return sum(Source.MODEL, Line::requests);
    }

    /** Prompt tokens of live calls. */
    public long inputTokens() {
        return sum(Source.MODEL, Line::inputTokens);
    }

    /** Answer tokens (reasoning included) of live calls. */
    public long outputTokens() {
        return sum(Source.MODEL, Line::outputTokens);
    }

    /** Reasoning tokens of live calls (reported or estimated). */
    public long reasoningTokens() {
        return sum(Source.MODEL, Line::reasoningTokens);
    }

    /** Dollars spent on live calls (NaN when the model has no price). */
    public double cost() {
        return sumDouble(Source.MODEL, Line::costUsd);
    }

    /** Dollars the cache hits would have cost live (NaN when the model has no price). */
    public double savedCost() {
        return sumDouble(Source.CACHE, Line::costUsd);
    }

    private long sum(Source s, ToLongFunction<Line> f) {
        return lines.stream().filter(l -> l.source() == s).mapToLong(f).sum();
    }

    private double sumDouble(Source s, ToDoubleFunction<Line> f) {
        return lines.stream().filter(l -> l.source() == s).mapToDouble(f).sum();
    }

    /** One line of totals, e.g. for a progress message or a log. */
    public String summary() {
        return String.format(Locale.ROOT, "%s: %d calls, %d cache hits, %d retries, %d failures; tokens in %d, out %d "
                        + "(reasoning %d); cost $%.4f (cache saved $%.4f)", model, calls(), cacheHits(), retries,
                failures, inputTokens(), outputTokens(), reasoningTokens(), cost(), savedCost());
    }

    /** The lines as a table: model, purpose, source, requests, token counts and cost in dollars. */
    public Table table() {
        Table t = Table.create("LLM usage",
                StringColumn.create("model"), StringColumn.create("purpose"), StringColumn.create("source"),
                LongColumn.create("requests"), LongColumn.create("input_tokens"), LongColumn.create("output_tokens"),
                LongColumn.create("reasoning_tokens"), LongColumn.create("reasoning_estimated"),
                DoubleColumn.create("cost_usd"));
        for (Line l : lines) {
            t.stringColumn("model").append(model);
            t.stringColumn("purpose").append(l.purpose());
            t.stringColumn("source").append(l.source().name().toLowerCase(Locale.ROOT));
            t.longColumn("requests").append(l.requests());
            t.longColumn("input_tokens").append(l.inputTokens());
            t.longColumn("output_tokens").append(l.outputTokens());
            t.longColumn("reasoning_tokens").append(l.reasoningTokens());
            t.longColumn("reasoning_estimated").append(l.estimatedReasoningTokens());
            if (Double.isNaN(l.costUsd())) {
                t.doubleColumn("cost_usd").appendMissing();
            } else {
                t.doubleColumn("cost_usd").append(l.costUsd());
            }
        }
        return t;
    }
}
