package org.socialsim.workbench.sim;

import java.util.Locale;

/** Gender as S3 infers it from profile descriptions. */
public enum Gender {
    FEMALE, MALE;

    /** Parses "female"/"male" (also "f"/"m", "woman"/"man"); null otherwise. */
    public static Gender parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "female", "f", "woman" -> FEMALE;
            case "male", "m", "man" -> MALE;
            default -> null;
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
