package org.socialsim.workbench.generation;

import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;

/**
 * Writes what a user would post when taking a given action on a case's post: for a retweet the post itself, for a
 * quote a comment, for a rewrite a paraphrase in the user's voice. LLM generators and offline stand-ins (named for
 * what they are) implement it; the hybrid pipeline hands any classifier's action to one.
 */
public interface ResponseGenerator {

    /** A short name for tables, e.g. "openai:gpt-4o-mini / few-shot" or "nearest-past-post (offline stand-in)". */
    String name();

    /** The response text for the action (for a retweet, normally the source text). */
    String generate(EngagementCase c, Action action);
}
