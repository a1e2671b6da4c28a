package org.socialsim.workbench.generation;

import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;

/**
 * An offline stand-in that is not an LLM: it answers every action with the source post's text. It is exactly right
 * for a retweet and a floor for quotes and rewrites (a rewrite paraphrases the source, so the echo keeps its meaning
 * but none of the user's voice).
 */
public final class SourceEchoGenerator implements ResponseGenerator {
    /** The name shown in tables. */
    public static final String NAME = "source echo (copies the post; not an LLM)";

    private SourceEchoGenerator() {
    }

    /** The echo generator. */
    public static SourceEchoGenerator create() {
        return new SourceEchoGenerator();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String generate(EngagementCase c, Action action) {
        return c.post().text();
    }
}
