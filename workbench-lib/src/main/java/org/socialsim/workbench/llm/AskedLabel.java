package org.socialsim.workbench.llm;

import java.util.List;
import java.util.Objects;

/**
 * A label read from a model's answer, with the completions it took: the first answer and, when that could not be
 * read and a repair was asked for, the repair's answer. For callers that account per item (tokens, cost, cache hits).
 *
 * @param answer      the label (or why there is none)
 * @param completions the first completion, then the repair's when one was sent
 * @param <T>         the label type
 */
public record AskedLabel<T>(LabelAnswer<T> answer, List<Completion> completions) {
    public AskedLabel {
        Objects.requireNonNull(answer, "answer");
        completions = List.copyOf(completions);
        if (completions.size() != (answer.repaired() ? 2 : 1)) {
            throw new IllegalArgumentException("an asked label has one completion, or two when repaired; got "
                    + completions.size() + " (repaired: " + answer.repaired() + ")");
        }
    }
}
