package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.ModelSpec;

/** A scripted stand-in for a chat model in tests: answers are a function of the prompt; calls and batches counted. */
final class ScriptedLlm implements LlmClient {
    final Function<String, String> script;
    final List<Integer> batches = new ArrayList<>();
    final List<ChatPrompt> seen = new ArrayList<>();

    ScriptedLlm(Function<String, String> script) {
        this.script = script;
    }

    @Override
    public ModelSpec spec() {
        return new ModelSpec("openai-compatible", "scripted-test-double", "http://127.0.0.1:9/v1", 0, null, 256);
    }

    @Override
    public Completion complete(ChatPrompt prompt) {
        seen.add(prompt);
        return new Completion(script.apply(prompt.user()), "", 0, 0, 0, false);
    }

    @Override
    public List<Completion> completeAll(List<ChatPrompt> prompts) {
        batches.add(prompts.size());
        return LlmClient.super.completeAll(prompts);
    }

    int calls() {
        return seen.size();
    }
}
