package org.socialsim.workbench;

import java.util.Locale;

/**
 * How much work a notebook or benchmark does: {@link #FULL} (the default, the published analysis) or {@link #SMALL}
 * (a quick run for CI and first tries), chosen with the environment variable {@code WORKBENCH_SIZE=small|full}.
 */
public enum RunSize {
    SMALL, FULL;

    /** The environment variable that selects the size. */
    public static final String ENV = "WORKBENCH_SIZE";

    /** The size selected by {@code WORKBENCH_SIZE} (or the system property of the same name); FULL when unset. */
    public static RunSize current() {
        String v = System.getProperty(ENV, System.getenv(ENV));
        if (v == null || v.isBlank()) {
            return FULL;
        }
        try {
            return valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(ENV + "='" + v + "' is not a run size (expected small or full)", e);
        }
    }

    /** Picks the value for this size: {@code RunSize.current().pick(200, 3990)}. */
    public <T> T pick(T small, T full) {
        return this == SMALL ? small : full;
    }

    /** Picks an int for this size. */
    public int pick(int small, int full) {
        return this == SMALL ? small : full;
    }
}
