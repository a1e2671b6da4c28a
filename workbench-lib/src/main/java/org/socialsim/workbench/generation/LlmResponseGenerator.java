package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.generation.internal.GenerationSupport;
import org.socialsim.workbench.generation.internal.ResponseCleaner;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.LlmException;

/**
 * Action-guided generation with a chat model: a retweet repeats the post (no call), a quote or a rewrite is asked for
 * with {@link GenerationPrompts} (the user's information and past engagements as the case exposes them). Calls go
 * through the one {@link LlmClient} (cache, rate limits, retries, budget); answers are cleaned, and an unusable
 * answer (empty, a refusal) becomes a counted failed response.
 */
public final class LlmResponseGenerator implements ResponseGenerator {
    private final LlmClient client;
    private final GenerationPrompts prompts;

    private LlmResponseGenerator(LlmClient client, GenerationPrompts prompts) {
        this.client = Objects.requireNonNull(client, "client");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
    }

    /** A generator with the shipped prompts. */
    public static LlmResponseGenerator create(LlmClient client) {
        return create(client, GenerationPrompts.defaults());
    }

    /** A generator with the given prompts. */
    public static LlmResponseGenerator create(LlmClient client, GenerationPrompts prompts) {
        return new LlmResponseGenerator(client, prompts);
    }

    /** "LLM " and the model spec, e.g. "LLM openai:gpt-4o-mini". */
    @Override
    public String name() {
        return "LLM " + client.spec().label();
    }

    /** The exact prompt sent for a case and a quote or rewrite action (for inspection in notebooks). */
    public ChatPrompt prompt(EngagementCase c, Action action) {
        return prompts.render(c, action);
    }

    @Override
    public String generate(EngagementCase c, Action action) {
        if (action == Action.RETWEET) {
            return c.post().text();
        }
        return ResponseCleaner.clean(client.complete(prompt(c, action)).text());
    }

    /**
     * Sends every quote and rewrite prompt in one {@link LlmClient#completeAll} call: the client bounds concurrency,
     * rate and budget, caches every answer and shows the progress.
     */
    @Override
    public List<GeneratedResponse> generateAll(List<EngagementCase> cases, List<Action> actions) {
        GenerationSupport.requireSameSize(cases, actions);
        GeneratedResponse[] out = new GeneratedResponse[cases.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Action a = actions.get(i);
            if (a == null || a == Action.RETWEET) {
                out[i] = GenerationSupport.generateOne(this, cases.get(i), a);
            } else {
                pending.add(i);
            }
        }
        List<ChatPrompt> prompts = new ArrayList<>(pending.size());
        pending.forEach(i -> prompts.add(prompt(cases.get(i), actions.get(i))));
        List<Completion> answers;
        try {
            answers = prompts.isEmpty() ? List.of() : client.completeAll(prompts);
        } catch (LlmException e) {
            throw new LlmException("response generation with " + name() + " stopped (" + pending.size()
                    + " model calls asked; finished ones stay in the response cache): " + e.getMessage(), e);
        }
        for (int j = 0; j < pending.size(); j++) {
            int i = pending.get(j);
            out[i] = fromAnswer(cases.get(i), actions.get(i), answers.get(j).text());
        }
        return List.of(out);
    }

    private static GeneratedResponse fromAnswer(EngagementCase c, Action a, String raw) {
        try {
            return new GeneratedResponse(c.caseId(), a, ResponseCleaner.clean(raw), raw, "");
        } catch (UnusableResponseException e) {
            return GeneratedResponse.failed(c.caseId(), a, raw, e.getMessage());
        }
    }
}
