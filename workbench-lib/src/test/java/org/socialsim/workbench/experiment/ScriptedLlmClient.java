package org.socialsim.workbench.experiment;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.LlmException;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.llm.Prices;

/** A fake chat model for tests: answers each prompt with a scripted function, counts calls, can fail after a budget. */
public final class ScriptedLlmClient implements LlmClient {
    private final Function<ChatPrompt, String> script;
    private final int budget;
    private final long delayMillis;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private Prices prices = Prices.defaults();
    private int concurrency = 1;

    public ScriptedLlmClient(Function<ChatPrompt, String> script, int budget, long delayMillis) {
        this.script = script;
        this.budget = budget;
        this.delayMillis = delayMillis;
    }

    public static ScriptedLlmClient answering(Function<ChatPrompt, String> script) {
        return new ScriptedLlmClient(script, Integer.MAX_VALUE, 0);
    }

    /** Answers with the most common past action shown in the prompt (rates line), else "quote". */
    public static String byRates(ChatPrompt p) {
        String u = p.user();
        int i = u.indexOf("% were retweets");
        if (i < 0) {
            return "{\"action\": \"quote\"}";
        }
        String line = u.substring(u.lastIndexOf("engagements, ", i) + 13, u.indexOf('\n', i) < 0 ? u.length()
                : u.indexOf('\n', i));
        String[] parts = line.replaceAll("[^0-9 ]", " ").trim().split("\\s+");
        int r = Integer.parseInt(parts[0]);
        int q = Integer.parseInt(parts[1]);
        int w = Integer.parseInt(parts[2]);
        String a = r >= q && r >= w ? "retweet" : q >= w ? "quote" : "rewrite";
        return "{\"action\": \"" + a + "\"}";
    }

    /** The same script, charging at these prices. */
    public ScriptedLlmClient pricedAt(Prices p) {
        this.prices = p;
        return this;
    }

    @Override
    public Prices prices() {
        return prices;
    }

    /** The same script, declaring this concurrency (what a sweep runs it with by default). */
    public ScriptedLlmClient runningAtOnce(int n) {
        this.concurrency = n;
        return this;
    }

    @Override
    public int concurrency() {
        return concurrency;
    }

    /** The most calls that were running at the same time. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int calls() {
        return calls.get();
    }

    @Override
    public ModelSpec spec() {
        return new ModelSpec("openai-compatible", "scripted", "http://127.0.0.1:1/v1", 0.0, 7, 16);
    }

    @Override
    public Completion complete(ChatPrompt prompt) {
        if (calls.incrementAndGet() > budget) {
            throw new LlmException("budget of " + budget + " calls spent");
        }
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmException("interrupted");
        } finally {
            inFlight.decrementAndGet();
        }
        String answer = script.apply(prompt);
        return new Completion(answer, "", prompt.user().length() / 4, answer.length() / 4, 0, false);
    }
}
