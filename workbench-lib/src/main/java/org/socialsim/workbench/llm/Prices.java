package org.socialsim.workbench.llm;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What tokens cost, per model, in US dollars per million tokens. The defaults are OpenAI list prices (standard tier,
 * as published in mid-2025: check them and override with {@link #with} or {@link #load} when they change). Local
 * engines (ollama, gguf) cost nothing; a model with no price (e.g. an openai-compatible endpoint) gets cost NaN,
 * shown as empty in usage tables, rather than a made-up number.
 *
 * @param perMillion model name (or "provider:model") to price; a model matches its own name or the longest name it
 *                   starts with (gpt-4o-mini-2024-07-18 takes gpt-4o-mini's price)
 */
public record Prices(Map<String, Price> perMillion) {

    /** Dollars per million input (prompt) and output (answer, reasoning included) tokens. */
    public record Price(double input, double output) {
        public Price {
            if (input < 0 || output < 0) {
                throw new IllegalArgumentException("prices must be >= 0, were " + input + ", " + output);
            }
        }
    }

    public Prices {
        perMillion = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(perMillion, "perMillion")));
    }

    /** OpenAI list prices (USD per 1M tokens, standard tier, mid-2025). */
    public static Prices defaults() {
        Map<String, Price> m = new LinkedHashMap<>();
        m.put("gpt-4o-mini", new Price(0.15, 0.60));
        m.put("gpt-4o", new Price(2.50, 10.00));
        m.put("gpt-4.1", new Price(2.00, 8.00));
        m.put("gpt-4.1-mini", new Price(0.40, 1.60));
        m.put("gpt-4.1-nano", new Price(0.10, 0.40));
        m.put("o3-mini", new Price(1.10, 4.40));
        m.put("o4-mini", new Price(1.10, 4.40));
        m.put("o3", new Price(2.00, 8.00));
        m.put("gpt-3.5-turbo", new Price(0.50, 1.50));
        return new Prices(m);
    }

    /** No prices at all (every remote model's cost is NaN). */
    public static Prices none() {
        return new Prices(Map.of());
    }

    /** Reads a JSON object {@code {"model": {"input": 0.15, "output": 0.6}, ...}}. */
    public static Prices load(Path file) {
        try {
            Map<String, Price> m = new ObjectMapper().readValue(file.toFile(), new TypeReference<Map<String, Price>>() {
            });
            return new Prices(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prices from " + file + " (expected {\"model\": {\"input\": "
                    + "dollars per 1M tokens, \"output\": ...}}): " + e.getMessage(), e);
        }
    }

    /** These prices plus (or replacing) one model's. */
    public Prices with(String model, double inputPerMillion, double outputPerMillion) {
        Map<String, Price> m = new LinkedHashMap<>(perMillion);
        m.put(model, new Price(inputPerMillion, outputPerMillion));
        return new Prices(m);
    }

    /** The cost in dollars of the given tokens on {@code spec}'s model; 0 for local engines, NaN when unpriced. */
    public double cost(ModelSpec spec, long inputTokens, long outputTokens) {
        Price p = priceOf(spec);
        if (p == null) {
            boolean local = spec.provider().equals("gguf") || spec.provider().equals("ollama");
            return local ? 0.0 : Double.NaN;
        }
        return (inputTokens * p.input() + outputTokens * p.output()) / 1_000_000.0;
    }

    /** The price that applies to {@code spec}, or null. */
    public Price priceOf(ModelSpec spec) {
        Price exact = perMillion.get(spec.provider() + ":" + spec.model());
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (String name : perMillion.keySet()) {
            if (spec.model().startsWith(name) && (best == null || name.length() > best.length())) {
                best = name;
            }
        }
        return best == null ? null : perMillion.get(best);
    }
}
