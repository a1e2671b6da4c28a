package org.socialsim.workbench.llm;

import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.socialsim.workbench.llm.internal.ChatModels;
import org.socialsim.workbench.llm.internal.ModelCaller;
import org.socialsim.workbench.llm.internal.RateLimiter;
import org.socialsim.workbench.llm.internal.ResilientClient;
import org.socialsim.workbench.llm.internal.Secrets;
import org.socialsim.workbench.llm.internal.UsageMeter;

/**
 * Where LLM clients come from. One spec string picks the model ({@link ModelSpec}); the client answers through
 * LangChain4j behind a response cache, a rate limit, retries and a budget.
 *
 * <pre>{@code
 * Optional<LlmClient> llm = Llm.fromEnvironment();            // empty when WORKBENCH_LLM is unset
 * LlmClient c = Llm.builder("openai:gpt-4o-mini?temperature=0").concurrency(8).budget(Budget.calls(500)).build();
 * }</pre>
 *
 * Environment variables read by {@link #fromEnvironment()}: {@code WORKBENCH_LLM} (the spec),
 * {@code WORKBENCH_LLM_REPLAY} (a cache folder to replay from, no model called), {@code WORKBENCH_LLM_CACHE} (cache
 * folder), {@code WORKBENCH_LLM_CONCURRENCY}, {@code WORKBENCH_LLM_RPM}, {@code WORKBENCH_LLM_TPM},
 * {@code WORKBENCH_LLM_MAX_CALLS}, {@code WORKBENCH_LLM_MAX_TOKENS}; keys: {@code OPENAI_API_KEY} (openai),
 * {@code WORKBENCH_LLM_API_KEY} (openai-compatible endpoints).
 */
public final class Llm {
    /** The model spec variable. */
    public static final String ENV = "WORKBENCH_LLM";
    /** The replay cache folder variable. */
    public static final String REPLAY_ENV = "WORKBENCH_LLM_REPLAY";

    private Llm() {
    }

    /** A client for the model in {@code WORKBENCH_LLM} (or the replay cache in {@code WORKBENCH_LLM_REPLAY}). */
    public static Optional<LlmClient> fromEnvironment() {
        return environmentBuilder(System.getenv()).map(Builder::build);
    }

    /** Like {@link #fromEnvironment()} with an explicit environment (for tests and embedding). */
    public static Optional<LlmClient> fromEnvironment(Map<String, String> env) {
        return environmentBuilder(env).map(Builder::build);
    }

    /**
     * A builder set up from the environment, for callers that add options (e.g. {@link Builder#constrainTo}); empty
     * when neither {@code WORKBENCH_LLM} nor {@code WORKBENCH_LLM_REPLAY} is set.
     */
    public static Optional<Builder> environmentBuilder(Map<String, String> env) {
        String spec = blankToNull(env.get(ENV));
        String replay = blankToNull(env.get(REPLAY_ENV));
        if (spec == null && replay == null) {
            return Optional.empty();
        }
        Builder b;
        if (replay != null) {
            b = spec != null ? builder(spec).replayFrom(Path.of(replay)) : replay(Path.of(replay));
        } else {
            b = builder(spec);
        }
        b.environment(env);
        String v;
        if ((v = blankToNull(env.get(ResponseCache.CACHE_ENV))) != null) {
            b.cache(Path.of(v));
        }
        if ((v = blankToNull(env.get("WORKBENCH_LLM_CONCURRENCY"))) != null) {
            b.concurrency(number(v, "WORKBENCH_LLM_CONCURRENCY").intValue());
        }
        double rpm = (v = blankToNull(env.get("WORKBENCH_LLM_RPM"))) != null ? number(v, "WORKBENCH_LLM_RPM") : 0;
        double tpm = (v = blankToNull(env.get("WORKBENCH_LLM_TPM"))) != null ? number(v, "WORKBENCH_LLM_TPM") : 0;
        b.rateLimit(new RateLimit(rpm, tpm));
        long calls = (v = blankToNull(env.get("WORKBENCH_LLM_MAX_CALLS"))) != null
                ? number(v, "WORKBENCH_LLM_MAX_CALLS").longValue() : Long.MAX_VALUE;
        long tokens = (v = blankToNull(env.get("WORKBENCH_LLM_MAX_TOKENS"))) != null
                ? number(v, "WORKBENCH_LLM_MAX_TOKENS").longValue() : Long.MAX_VALUE;
        b.budget(new Budget(calls, tokens));
        return Optional.of(b);
    }

    /** A builder for a spec string such as {@code ollama:llama3.1:8b?temperature=0.2}. */
    public static Builder builder(String spec) {
        return new Builder(ModelSpec.parse(spec));
    }

    /** A builder for a spec. */
    public static Builder builder(ModelSpec spec) {
        return new Builder(spec);
    }

    /** A client for a spec string with the default settings (cache on, 4 calls at a time, default retries). */
    public static LlmClient connect(String spec) {
        return builder(spec).build();
    }

    /**
     * A builder that replays the single model recorded in a cache folder, calling no model (no key needed).
     *
     * @throws LlmException when the folder holds answers of no model or of several (then name one with
     *                      {@code builder(spec).replayFrom(dir)})
     */
    public static Builder replay(Path cacheDir) {
        Set<String> models;
        try (ResponseCache c = ResponseCache.openReadOnly(cacheDir)) {
            models = c.models();
        }
        if (models.size() != 1) {
            throw new LlmException("replay cache " + cacheDir.toAbsolutePath() + " holds answers of "
                    + (models.isEmpty() ? "no model" : models.size() + " models " + models)
                    + "; set " + ENV + " to the one to replay");
        }
        return builder(models.iterator().next()).replayFrom(cacheDir);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Double number(String v, String name) {
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + "='" + v + "' is not a number", e);
        }
    }

    /** Options of a client; everything has a default. */
    public static final class Builder {
        private ModelSpec spec;
        private Map<String, String> env = System.getenv();
        private Path cacheDir;
        private boolean cacheOn = true;
        private Path replayDir;
        private int concurrency = 4;
        private RateLimit rateLimit = RateLimit.none();
        private RetryPolicy retry = RetryPolicy.defaults();
        private Duration timeout = Duration.ofSeconds(60);
        private Budget budget = Budget.unlimited();
        private Prices prices = Prices.defaults();
        private String grammar = "";
        private ChatModel chatModel;
        private boolean progress = true;
        private int contextSize = 4096;
        private int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

        private Builder(ModelSpec spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
        }

        /** Sampling temperature (recorded in the spec). */
        public Builder temperature(double t) {
            spec = spec.withTemperature(t);
            return this;
        }

        /** Sampling seed (recorded in the spec). */
        public Builder seed(Integer s) {
            spec = spec.withSeed(s);
            return this;
        }

        /** Answer token limit (recorded in the spec). */
        public Builder maxTokens(int n) {
            spec = spec.withMaxTokens(n);
            return this;
        }

        /** The environment keys and settings are read from (default: the process environment). */
        public Builder environment(Map<String, String> e) {
            this.env = Map.copyOf(Objects.requireNonNull(e, "environment"));
            return this;
        }

        /** The response cache folder (default {@link ResponseCache#defaultDir()}). */
        public Builder cache(Path dir) {
            this.cacheDir = dir;
            this.cacheOn = true;
            return this;
        }

        /** No response cache: every prompt is a live call. */
        public Builder noCache() {
            this.cacheOn = false;
            return this;
        }

        /** Serve only from this cache folder; a prompt it lacks fails with {@link ReplayMissException}. */
        public Builder replayFrom(Path dir) {
            this.replayDir = Objects.requireNonNull(dir, "dir");
            return this;
        }

        /** How many calls may run at once in {@link LlmClient#completeAll} (default 4). */
        public Builder concurrency(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1, was " + n);
            }
            this.concurrency = n;
            return this;
        }

        /** Requests and tokens per minute (default none). */
        public Builder rateLimit(RateLimit r) {
            this.rateLimit = Objects.requireNonNull(r, "rateLimit");
            return this;
        }

        /** The retry policy (default {@link RetryPolicy#defaults()}). */
        public Builder retry(RetryPolicy r) {
            this.retry = Objects.requireNonNull(r, "retry");
            return this;
        }

        /** How long one call may take before it counts as a (retriable) timeout (default 60 s). */
        public Builder timeout(Duration t) {
            this.timeout = Objects.requireNonNull(t, "timeout");
            return this;
        }

        /** A cap on live calls or tokens (default unlimited). */
        public Builder budget(Budget b) {
            this.budget = Objects.requireNonNull(b, "budget");
            return this;
        }

        /** The price table used for costs (default {@link Prices#defaults()}). */
        public Builder prices(Prices p) {
            this.prices = Objects.requireNonNull(p, "prices");
            return this;
        }

        /**
         * Restricts answers to one of {@code labels} where the engine can enforce it: for {@code gguf} models a GBNF
         * grammar; other providers ignore it (their prompts must ask for the label, and answers are parsed).
         */
        public Builder constrainTo(Collection<String> labels) {
            return grammar(LlamaCppChatModel.labelGrammar(labels));
        }

        /** A raw GBNF grammar for {@code gguf} models (ignored by other providers). */
        public Builder grammar(String gbnf) {
            this.grammar = gbnf == null ? "" : gbnf;
            return this;
        }

        /** Answers with this LangChain4j model instead of the one the spec names (the spec still keys the cache). */
        public Builder chatModel(ChatModel m) {
            this.chatModel = m;
            return this;
        }

        /** Whether batches show a progress bar (default true). */
        public Builder progress(boolean on) {
            this.progress = on;
            return this;
        }

        /** Context window and CPU threads for {@code gguf} models (default 4096 tokens, up to 4 threads). */
        public Builder engine(int contextTokens, int cpuThreads) {
            this.contextSize = contextTokens;
            this.threads = cpuThreads;
            return this;
        }

        /** The spec as configured so far. */
        public ModelSpec spec() {
            return spec;
        }

        /** Builds the client (loads a gguf model, opens the cache). */
        public LlmClient build() {
            String constraint = spec.provider().equals("gguf") ? grammar : "";
            UsageMeter meter = new UsageMeter();
            if (replayDir != null) {
                ResponseCache cache = ResponseCache.openReadOnly(replayDir);
                return new ResilientClient(new ResilientClient.Parts(spec, constraint, cache, true, null, budget,
                        concurrency, prices, progress, meter, null));
            }
            ChatModels.Made made = chatModel != null
                    ? new ChatModels.Made(chatModel, null, spec.label(), null)
                    : ChatModels.create(spec, constraint, timeout, env, contextSize, threads);
            ModelCaller caller = new ModelCaller(made.model(), made.endpoint(), retry, new RateLimiter(rateLimit),
                    spec.maxTokens(), Secrets.of(made.key()), meter);
            ResponseCache cache = cacheOn ? ResponseCache.open(cacheDir != null ? cacheDir : cacheDirFromEnv())
                    : null;
            return new ResilientClient(new ResilientClient.Parts(spec, constraint, cache, false, caller, budget,
                    concurrency, prices, progress, meter, made.resources()));
        }

        private Path cacheDirFromEnv() {
            String v = env.get(ResponseCache.CACHE_ENV);
            return v != null && !v.isBlank() ? Path.of(v.strip()) : ResponseCache.defaultDir();
        }
    }
}
