package org.socialsim.workbench.sim;

import java.util.Locale;

/** S3's three emotion levels towards an event. Everyone starts {@link #CALM}. */
public enum Emotion {
    CALM, MODERATE, INTENSE;

    private static final Emotion[] LEVELS = values();

    /** 0, 1 or 2. */
    public byte level() {
        return (byte) ordinal();
    }

    /** The emotion of a level (0, 1, 2). */
    public static Emotion ofLevel(int level) {
        if (level < 0 || level >= LEVELS.length) {
            throw new IllegalArgumentException("emotion level must be 0, 1 or 2, was " + level);
        }
        return LEVELS[level];
    }

    /** Parses "calm", "moderate" or "intense" (any case, surrounding spaces ignored); null when it is none of them. */
    public static Emotion parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Emotion e : LEVELS) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        return null;
    }

    /** The lower-case label used in prompts and tables. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
