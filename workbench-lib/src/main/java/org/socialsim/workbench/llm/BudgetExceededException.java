package org.socialsim.workbench.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The budget (model calls or tokens) is spent: the batch stopped cleanly, keeping every answer that finished (they are
 * also in the response cache, so a re-run with a larger budget resumes where this one stopped).
 */
public class BudgetExceededException extends LlmException {
    private static final long serialVersionUID = 1L;

    private final transient Budget budget;
    private final transient Usage usage;
    private final transient List<Completion> completions;

    public BudgetExceededException(Budget budget, Usage usage, List<Completion> completions) {
        super("LLM budget spent (" + budget + "): " + usage.summary() + "; "
                + completions.stream().filter(c -> c != null).count() + " of " + completions.size()
                + " prompts in this batch were answered and cached; raise the budget and re-run to resume");
        this.budget = budget;
        this.usage = usage;
        this.completions = Collections.unmodifiableList(new ArrayList<>(completions));
    }

    /** The budget that was reached. */
    public Budget budget() {
        return budget;
    }

    /** What was used when the budget stopped the work. */
    public Usage usage() {
        return usage;
    }

    /** The batch's answers in prompt order, {@code null} where a prompt was not answered. */
    public List<Completion> completions() {
        return completions;
    }

    /** How many prompts of the batch were answered. */
    public long answered() {
        return completions.stream().filter(c -> c != null).count();
    }
}
