package org.socialsim.workbench.generation;

import java.nio.file.Path;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.generation.internal.Templates;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.prompt.internal.CaseContext;

/**
 * The prompts that ask a chat model for a response: a system message and one Mustache template per action that
 * needs writing (quote, rewrite; a retweet repeats the post and needs no model). The defaults live in
 * {@code prompts/generation/} (see its README); {@link #load} reads edited copies from a folder.
 *
 * <p>Templates see the same values as the action prompts (the post, the feature groups the case exposes, its shots),
 * so the paper's configurations (zero-shot, zero-shot with user information, few-shot with k examples) are the same
 * templates over differently {@link EngagementCase#restrict restricted} cases.
 */
public final class GenerationPrompts {
    /** The classpath folder of the shipped templates. */
    public static final String RESOURCE_DIR = "prompts/generation/";

    private final Templates templates;

    private GenerationPrompts(Templates templates) {
        this.templates = templates.require("system", "quote", "rewrite");
    }

    /** The shipped templates. */
    public static GenerationPrompts defaults() {
        return new GenerationPrompts(Templates.classpath(RESOURCE_DIR));
    }

    /** Templates from a folder holding system, quote and rewrite .mustache files and the pieces they include. */
    public static GenerationPrompts load(Path dir) {
        return new GenerationPrompts(Templates.directory(dir));
    }

    /** The chat prompt asking for the response to a quote or a rewrite of the case's post. */
    public ChatPrompt render(EngagementCase c, Action action) {
        String name = switch (Objects.requireNonNull(action, "action")) {
            case QUOTE, REWRITE -> action.label();
            case RETWEET -> throw new IllegalArgumentException("case " + c.caseId()
                    + ": a retweet repeats the post; there is no generation prompt for it");
        };
        try {
            return new ChatPrompt(templates.render("system", CaseContext.of(c)),
                    templates.render(name, CaseContext.of(c)), "generate:" + action.label());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("case " + c.caseId() + ": " + e.getMessage(), e);
        }
    }
}
