package org.socialsim.workbench.generation;

import java.util.Objects;

/**
 * A measure an alignment run could not compute at all, and why (e.g. a judged dimension with no judge model): shown
 * as a row with no numbers, never as a made-up value.
 *
 * @param measure the measure
 * @param reason  why it has no values, e.g. "needs judge"
 */
public record Unscored(Measure measure, String reason) {
    public Unscored {
        Objects.requireNonNull(measure, "measure");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("unscored measure " + measure.name() + " needs a reason");
        }
    }
}
