package org.socialsim.workbench.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.llm.LlmClient;

/**
 * A simulation's configuration as a value that converts to and from JSON: seed, threads, feed mix, memory and the
 * policies by kind and parameters. {@link #build} puts it on a graph. Kinds and their parameters:
 * {@code independent-cascade} (p, persistence, post_share), {@code linear-threshold} (weight, 0 = 1/following),
 * {@code emotion-contagion} (beta, decay), {@code deffuant} (epsilon, mu, feed_only), {@code hegselmann-krause}
 * (epsilon, feed_only), {@code llm} (budget, memories_shown, decay; topic in {@link PolicySpec#text}; needs a client).
 *
 * @param seed           run seed
 * @param threads        threads (results do not depend on it)
 * @param feedMix        the initial feed mix
 * @param memoryCapacity memory pool size per agent (0 = no memory)
 * @param influence      memory ranking weights
 * @param policies       the policies, stepped in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimulationSpec(long seed, int threads, FeedMix feedMix, int memoryCapacity, InfluenceWeights influence,
                             List<PolicySpec> policies) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public SimulationSpec {
        feedMix = feedMix == null ? FeedMix.followeesOnly() : feedMix;
        influence = influence == null ? InfluenceWeights.defaults() : influence;
        policies = List.copyOf(Objects.requireNonNull(policies, "policies"));
        if (threads < 1 || memoryCapacity < 0) {
            throw new IllegalArgumentException("threads must be >= 1 and memoryCapacity >= 0, got " + threads + ", "
                    + memoryCapacity);
        }
    }

    /**
     * One policy by kind, with numeric parameters and an optional text (the LLM policy's topic).
     *
     * @param kind   e.g. "independent-cascade"
     * @param params numeric parameters by name
     * @param text   free text, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PolicySpec(String kind, Map<String, Double> params, String text) {
        public PolicySpec {
            Objects.requireNonNull(kind, "kind");
            params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        }

        public static PolicySpec of(String kind, Map<String, Double> params) {
            return new PolicySpec(kind, params, null);
        }

        double get(String name, double fallback) {
            Double v = params.get(name);
            return v == null ? fallback : v;
        }

        /** The policy this describes; {@code client} is needed only for "llm". */
        public Policy toPolicy(LlmClient client) {
            return switch (kind) {
                case "independent-cascade" -> IndependentCascade.of(get("p", 0.05))
                        .withPersistence(get("persistence", 0)).withPostShare(get("post_share", 0));
                case "linear-threshold" -> get("weight", 0) > 0 ? LinearThreshold.withWeight(get("weight", 0))
                        : LinearThreshold.of();
                case "emotion-contagion" -> EmotionContagion.of(get("beta", 0.3), get("decay", 0.1));
                case "deffuant" -> {
                    Deffuant d = Deffuant.of(get("epsilon", 0.5), get("mu", 0.3));
                    yield get("feed_only", 0) != 0 ? d.fromFeedOnly() : d;
                }
                case "hegselmann-krause" -> {
                    HegselmannKrause h = HegselmannKrause.of(get("epsilon", 0.3));
                    yield get("feed_only", 0) != 0 ? h.fromFeedOnly() : h;
                }
                case "llm" -> {
                    if (client == null) {
                        throw new IllegalArgumentException("policy 'llm' needs an LLM client (set WORKBENCH_LLM)");
                    }
                    yield LlmPolicy.of(client, text == null ? "" : text, (long) get("budget", 1000))
                            .with((int) get("memories_shown", 5), get("decay", 0.1));
                }
                default -> throw new IllegalArgumentException("unknown policy kind '" + kind + "'; known: "
                        + "independent-cascade, linear-threshold, emotion-contagion, deffuant, hegselmann-krause, llm");
            };
        }
    }

    /** The configuration as JSON. */
    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write simulation spec as JSON: " + e.getMessage(), e);
        }
    }

    /** Reads a configuration written by {@link #toJson}. */
    public static SimulationSpec fromJson(String json) {
        try {
            return JSON.readValue(json, SimulationSpec.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a simulation spec: " + e.getOriginalMessage(), e);
        }
    }

    /** A simulation of this configuration on a graph (client only for an "llm" policy, else null). */
    public Simulation build(SocialGraph graph, LlmClient client) {
        List<Policy> built = new ArrayList<>();
        for (PolicySpec p : policies) {
            built.add(p.toPolicy(client));
        }
        Simulation.Builder b = Simulation.on(graph).policies(built.toArray(Policy[]::new)).seed(seed).threads(threads)
                .feedMix(feedMix);
        if (memoryCapacity > 0) {
            b.memory(memoryCapacity, influence, Relevance.none());
        }
        return b.build();
    }
}
