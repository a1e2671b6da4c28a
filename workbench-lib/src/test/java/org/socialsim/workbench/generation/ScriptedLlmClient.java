package org.socialsim.workbench.generation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.ModelSpec;

/** A fake chat model for tests: answers with a scripted function of the prompt and records every prompt it gets. */
final class ScriptedLlmClient implements LlmClient {
    final List<ChatPrompt> prompts = new CopyOnWriteArrayList<>();
    private final Function<ChatPrompt, String> script;

    ScriptedLlmClient(Function<ChatPrompt, String> script) {
        this.script = script;
    }

    @Override
    public ModelSpec spec() {
        return ModelSpec.of("ollama", "scripted-test-model");
    }

    @Override
    public Completion complete(ChatPrompt prompt) {
        prompts.add(prompt);
        return new Completion(script.apply(prompt), "", 10, 5, 0, false);
    }
}
