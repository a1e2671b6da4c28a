package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.List;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.generation.internal.GenerationSupport;
import org.socialsim.workbench.progress.Progress;

/**
 * Writes what a user would post when taking a given action on a case's post: for a retweet the post itself, for a
 * quote a comment, for a rewrite a paraphrase in the user's voice. LLM generators and offline stand-ins (named for
 * what they are) implement it; the hybrid pipeline hands any classifier's action to one.
 */
public interface ResponseGenerator {

    /** A short name for tables, e.g. "openai:gpt-4o-mini / few-shot" or "nearest-past-post (offline stand-in)". */
    String name();

    /**
     * The response text for the action (for a retweet, normally the source text).
     *
     * @throws UnusableResponseException when the generator's answer cannot serve as a response
     */
    String generate(EngagementCase c, Action action);

    /**
     * Generates for many cases, in order, with a progress bar. A case whose action is {@code null} (an unparsed
     * prediction) or whose answer is unusable gets a {@link GeneratedResponse#failed failed} response: counted, never
     * dropped. Implementations may batch.
     *
     * @param cases   the cases, as the configuration shows them (feature groups and shots already restricted)
     * @param actions one action per case (null where none was predicted)
     */
    default List<GeneratedResponse> generateAll(List<EngagementCase> cases, List<Action> actions) {
        GenerationSupport.requireSameSize(cases, actions);
        List<GeneratedResponse> out = new ArrayList<>(cases.size());
        try (Progress progress = Progress.start("generate: " + name(), cases.size())) {
            for (int i = 0; i < cases.size(); i++) {
                out.add(GenerationSupport.generateOne(this, cases.get(i), actions.get(i)));
                progress.step();
            }
        }
        return out;
    }
}
