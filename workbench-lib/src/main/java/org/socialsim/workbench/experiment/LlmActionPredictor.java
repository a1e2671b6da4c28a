package org.socialsim.workbench.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.experiment.internal.ActionAnswerParser;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.prompt.PromptConfig;
import org.socialsim.workbench.prompt.PromptRenderer;

/**
 * Predicts actions by asking a chat model: renders the case with a prompt configuration, sends it through an
 * {@link LlmClient} (cache, limits, retries and budget live there), and reads the action from the answer (JSON
 * {@code {"action": ...}} or a single action word). An answer that cannot be read is kept as an unparsed prediction
 * with its reason (scored as wrong), optionally after one repair request that shows the model its answer and asks
 * again for the JSON.
 *
 * <pre>{@code
 * ActionPredictor p = LlmActionPredictor.of(client, PromptConfig.zeroShot()).withRepair(true);
 * Prediction x = p.predict(someCase);
 * }</pre>
 */
public final class LlmActionPredictor implements MeteredPredictor {
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
        Completion first = client.complete(prompt(c));
        return finish(c, first, CallUsage.of(first));
    }

    /** Sends all first prompts through {@link LlmClient#completeAll} (its concurrency), then any repairs. */
    @Override
    public List<Prediction> predictAll(List<EngagementCase> cases) {
        List<ChatPrompt> prompts = new ArrayList<>(cases.size());
        for (EngagementCase c : cases) {
            prompts.add(prompt(c));
        }
        List<Completion> answers = client.completeAll(prompts);
        List<Prediction> out = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            out.add(finish(cases.get(i), answers.get(i), CallUsage.of(answers.get(i))).prediction());
        }
        return out;
    }

    private Metered finish(EngagementCase c, Completion answer, CallUsage usage) {
        ActionAnswerParser.Parsed parsed = ActionAnswerParser.parse(answer.text());
        if (parsed.ok()) {
            return new Metered(new Prediction(c.caseId(), parsed.action(), answer.text(), ""), usage);
        }
        if (!repair) {
            return new Metered(Prediction.unparsed(c.caseId(), answer.text(), parsed.why()), usage);
        }
        Completion second = client.complete(repairPrompt(prompt(c), answer.text()));
        CallUsage both = usage.plus(CallUsage.of(second));
        ActionAnswerParser.Parsed again = ActionAnswerParser.parse(second.text());
        String raw = answer.text() + "\n--- repair ---\n" + second.text();
        if (again.ok()) {
            return new Metered(new Prediction(c.caseId(), again.action(), raw, "repaired (" + parsed.why() + ")"), both);
        }
        return new Metered(Prediction.unparsed(c.caseId(), raw, again.why() + " (after one repair; first: "
                + parsed.why() + ")"), both);
    }

    /** The follow-up prompt that shows the model its unreadable answer and asks again for the JSON. */
    static ChatPrompt repairPrompt(ChatPrompt original, String badAnswer) {
        return new ChatPrompt(original.system(), original.user() + "\n\nYour previous answer was:\n" + badAnswer
                + "\n\nIt could not be read. Answer again with exactly one JSON object and nothing else, for example "
                + "{\"action\": \"retweet\"}.", original.purpose() + ":repair");
    }
}
