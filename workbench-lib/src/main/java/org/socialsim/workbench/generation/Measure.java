package org.socialsim.workbench.generation;

import java.util.Objects;

/**
 * One alignment number computed per (generated, true) pair.
 *
 * @param name           column name, e.g. "meaning_cosine"
 * @param dimension      what it is about: meaning, sentiment, emotion, stance, age, gender or style
 * @param higherIsBetter whether a larger value means closer alignment (false for gaps and distances)
 * @param description    what the value is, with its range
 */
public record Measure(String name, String dimension, boolean higherIsBetter, String description) {
    public Measure {
        Objects.requireNonNull(name, "measure name");
        Objects.requireNonNull(dimension, "measure " + name + ": dimension");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("measure name must be lower_snake_case, was '" + name + "'");
        }
        description = description == null ? "" : description;
    }

    /** "higher" or "lower": which way is better aligned. */
    public String better() {
        return higherIsBetter ? "higher" : "lower";
    }
}
