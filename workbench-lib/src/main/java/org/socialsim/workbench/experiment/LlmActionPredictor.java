package org.socialsim.workbench.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.llm.AskedLabel;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LabelAnswer;
import org.socialsim.workbench.llm.LabelParser;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.prompt.PromptConfig;
import org.socialsim.workbench.prompt.PromptRenderer;

/**
 * Predicts actions by asking a chat model: renders the case with a prompt configuration, sends it through an
 * {@link LlmClient} (cache, limits, retries and budget live there), and reads the action from the answer with the
 * LLM layer's {@link LabelParser} ({@link #parser()}: JSON {@code {"action": ...}}, an answer marker, or the one
 * action named and not negated). An answer that cannot be read is kept as an unparsed prediction with its reason
 * (scored as wrong), optionally after one repair request that shows the model its answer and asks for the label
 * alone. Each prediction reports its calls, tokens and cost ({@link CallUsage}).
 *
 * <pre>{@code
 * ActionPredictor p = LlmActionPredictor.of(client, PromptConfig.zeroShot()).withRepair(true);
 * Prediction x = p.predict(someCase);
 * }</pre>
 */
public final class LlmActionPredictor implements MeteredPredictor {
    private static final LabelParser<Action> PARSER = actionParser();

    private final LlmClient client;
    private final PromptConfig config;
    private final PromptRenderer renderer;
    private final boolean repair;

    private LlmActionPredictor(LlmClient client, PromptConfig config, PromptRenderer renderer, boolean repair) {
        this.client = Objects.requireNonNull(client, "client");
        this.config = Objects.requireNonNull(config, "config");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.repair = repair;
    }

    /** A predictor with the shipped templates and no repair retry. */
    public static LlmActionPredictor of(LlmClient client, PromptConfig config) {
        return new LlmActionPredictor(client, config, PromptRenderer.standard(), false);
    }

    /**
     * How answers are read: the three action labels with their inflections, plus the spellings models use
     * ("re-tweet", "rewrote", "rewritten", "quote tweet").
     */
    public static LabelParser<Action> parser() {
        return PARSER;
    }

    /** The same predictor with other templates. */
    public LlmActionPredictor withRenderer(PromptRenderer r) {
        return new LlmActionPredictor(client, config, r, repair);
    }

    /** The same predictor, asking once more when an answer cannot be read (on) or not (off). */
    public LlmActionPredictor withRepair(boolean on) {
        return new LlmActionPredictor(client, config, renderer, on);
    }

    @Override
    public String name() {
        return client.spec().label() + " / " + config.label();
    }

    /** The configuration this predictor prompts with. */
    public PromptConfig config() {
        return config;
    }

    /** The exact prompt this predictor sends for a case. */
    public ChatPrompt prompt(EngagementCase c) {
        return renderer.render(config, c);
    }

    @Override
    public Metered predictMetered(EngagementCase c) {
        return metered(c, PARSER.askWithCalls(client, prompt(c), repair));
    }

    /** Sends all first prompts through {@link LlmClient#completeAll} (its concurrency), then any repairs. */
    @Override
    public List<Prediction> predictAll(List<EngagementCase> cases) {
        List<ChatPrompt> prompts = new ArrayList<>(cases.size());
        for (EngagementCase c : cases) {
            prompts.add(prompt(c));
        }
        List<AskedLabel<Action>> asked = PARSER.askAllWithCalls(client, prompts, repair);
        List<Prediction> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            out.add(metered(cases.get(i), asked.get(i)).prediction());
        }
        return out;
    }

    private Metered metered(EngagementCase c, AskedLabel<Action> asked) {
        LabelAnswer<Action> a = asked.answer();
        CallUsage usage = CallUsage.NONE;
        for (Completion done : asked.completions()) {
            usage = usage.plus(CallUsage.of(client, done));
        }
        String raw = a.repaired() ? a.answer() + "\n--- repair ---\n" + a.repairAnswer() : a.answer();
        return new Metered(new Prediction(c.caseId(), a.value(), raw, a.reason()), usage);
    }

    private static LabelParser<Action> actionParser() {
        LabelParser<Action> p = LabelParser.of(List.of(Action.values()), Action::label);
        for (String w : List.of("re-tweet", "re-tweets", "re-tweeted", "re-tweeting")) {
            p = p.alias(w, Action.RETWEET);
        }
        for (String w : List.of("rewrote", "rewritten", "re-write", "re-writes", "re-wrote", "re-writing",
                "re-written")) {
            p = p.alias(w, Action.REWRITE);
        }
        return p.alias("quote tweet", Action.QUOTE).alias("quote-tweet", Action.QUOTE);
    }
}
