package org.socialsim.workbench.sim;

import java.util.Locale;

/** The ten occupation categories of S3 (its Table 5), into which inferred occupations are grouped. */
public enum Occupation {
    EDUCATION("Education Practitioner"),
    ADMINISTRATION("Administrative Manager / Officer"),
    UNEMPLOYED_OR_STUDENT("Unemployed / Student"),
    ENGINEER("Engineer"),
    LABOR("Labor Technician / Worker"),
    LOGISTICS("Logistics Practitioner"),
    MEDICAL("Medical Personnel"),
    FINANCE("Financial Practitioner"),
    MEDIA("Media Personnel"),
    ENTERTAINMENT_AND_ARTS("Entertainment and Arts Practitioner");

    private static final Occupation[] ALL = values();
    private final String label;

    Occupation(String label) {
        this.label = label;
    }

    /** S3's wording, e.g. "Media Personnel". */
    public String label() {
        return label;
    }

    /** S3's number, 1 to 10. */
    public int number() {
        return ordinal() + 1;
    }

    /** The numbered list "1. Education Practitioner ..." used in prompts. */
    public static String numberedList() {
        StringBuilder b = new StringBuilder();
        for (Occupation o : ALL) {
            b.append(o.number()).append(". ").append(o.label).append('\n');
        }
        return b.toString().strip();
    }

    /**
     * Reads a category from an answer: its number (1-10), its full label, or the first word of the label (any case);
     * null when none matches or several do.
     */
    public static Occupation parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("^[\"'\\s]+|[\"'.\\s]+$", "");
        if (t.matches("\\d{1,2}")) {
            int k = Integer.parseInt(t);
            return k >= 1 && k <= ALL.length ? ALL[k - 1] : null;
        }
        for (Occupation o : ALL) {
            if (o.label.toLowerCase(Locale.ROOT).equals(t)) {
                return o;
            }
        }
        Occupation found = null;
        for (Occupation o : ALL) {
            String key = o.label.toLowerCase(Locale.ROOT).split("[ /]")[0];
            if (t.contains(key)) {
                if (found != null) {
                    return null;
                }
                found = o;
            }
        }
        return found;
    }
}
