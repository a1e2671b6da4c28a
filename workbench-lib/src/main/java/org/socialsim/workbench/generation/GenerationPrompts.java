package org.socialsim.workbench.generation;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.Shot;
import org.socialsim.workbench.generation.internal.PromptTemplate;
import org.socialsim.workbench.llm.ChatPrompt;

/**
 * The prompts that ask a chat model for a response: a system message and one template per action that needs writing
 * (quote, rewrite; a retweet repeats the post and needs no model). The defaults live in
 * {@code prompts/generation/} (system.txt, quote.txt, rewrite.txt); {@link #load} reads edited copies from a folder.
 *
 * <p>Templates use {@code {{author}}}, {@code {{post}}}, {@code {{user}}} and {@code {{history}}}. The user section
 * shows only the feature groups the case exposes (profile, counts, rates) and the history section only its shots, so
 * the paper's configurations (zero-shot, zero-shot with user information, few-shot with k examples) are the same
 * templates over differently {@link EngagementCase#restrict restricted} cases.
 */
public final class GenerationPrompts {
    private static final String RESOURCE_DIR = "prompts/generation/";

    private final PromptTemplate system;
    private final PromptTemplate quote;
    private final PromptTemplate rewrite;

    private GenerationPrompts(PromptTemplate system, PromptTemplate quote, PromptTemplate rewrite) {
        this.system = system;
        this.quote = quote;
        this.rewrite = rewrite;
    }

    /** The shipped templates. */
    public static GenerationPrompts defaults() {
        return new GenerationPrompts(PromptTemplate.resource(RESOURCE_DIR + "system.txt"),
                PromptTemplate.resource(RESOURCE_DIR + "quote.txt"),
                PromptTemplate.resource(RESOURCE_DIR + "rewrite.txt"));
    }

    /** Templates from a folder holding system.txt, quote.txt and rewrite.txt (e.g. edited copies of the defaults). */
    public static GenerationPrompts load(Path dir) {
        return new GenerationPrompts(PromptTemplate.file(dir.resolve("system.txt")),
                PromptTemplate.file(dir.resolve("quote.txt")), PromptTemplate.file(dir.resolve("rewrite.txt")));
    }

    /** The chat prompt asking for the response to a quote or a rewrite of the case's post. */
    public ChatPrompt render(EngagementCase c, Action action) {
        PromptTemplate t = switch (Objects.requireNonNull(action, "action")) {
            case QUOTE -> quote;
            case REWRITE -> rewrite;
            case RETWEET -> throw new IllegalArgumentException("case " + c.caseId()
                    + ": a retweet repeats the post; there is no generation prompt for it");
        };
        String user = t.render(Map.of("author", c.post().authorId(), "post", c.post().text(),
                "user", userSection(c), "history", historySection(c)));
        return new ChatPrompt(system.render(Map.of()), user, "generate:" + action.label());
    }

    /** The user-information section for the groups the case exposes; empty when it exposes none. */
    static String userSection(EngagementCase c) {
        if (c.groups().isEmpty()) {
            return "";
        }
        User u = c.user();
        StringBuilder sb = new StringBuilder("\nAbout the user:\n");
        if (c.has(FeatureGroup.PROFILE)) {
            sb.append("- Name: ").append(u.displayName()).append(" (@").append(u.handle()).append(")\n");
            sb.append("- Bio: ").append(u.description().isBlank() ? "(empty)" : oneLine(u.description())).append('\n');
        }
        if (c.has(FeatureGroup.COUNTS)) {
            sb.append(String.format(Locale.ROOT, "- Followers: %d; following: %d; posts: %d%n", u.followers(),
                    u.following(), u.postCount()));
        }
        if (c.has(FeatureGroup.RATES)) {
            ActionRates r = c.rates();
            sb.append(String.format(Locale.ROOT,
                    "- Past engagements: %d retweets, %d quotes, %d rewrites (%.0f%% / %.0f%% / %.0f%%)%n",
                    r.retweets(), r.quotes(), r.rewrites(), 100 * r.rate(Action.RETWEET), 100 * r.rate(Action.QUOTE),
                    100 * r.rate(Action.REWRITE)));
        }
        return sb.toString();
    }

    /** The shots as numbered examples; empty when there are none. */
    static String historySection(EngagementCase c) {
        if (c.shots().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\nThe user's past engagements, most relevant first:\n");
        int i = 1;
        for (Shot s : c.shots()) {
            String verb = switch (s.action()) {
                case RETWEET -> "retweeted";
                case QUOTE -> "quoted";
                case REWRITE -> "rewrote";
            };
            sb.append(i++).append(". They ").append(verb).append(": \"").append(oneLine(s.source().text()))
                    .append("\"\n");
            if (s.action() != Action.RETWEET && s.responseText() != null) {
                sb.append("   They wrote: \"").append(oneLine(s.responseText())).append("\"\n");
            }
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
