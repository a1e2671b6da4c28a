package org.socialsim.workbench.data;

import java.util.Locale;

/**
 * What a user did with a source post: the three engagement actions of the action-guided paper.
 *
 * <ul>
 *   <li>{@link #RETWEET}: shared the post unchanged;</li>
 *   <li>{@link #QUOTE}: shared it with a comment of their own;</li>
 *   <li>{@link #REWRITE}: wrote a new original post that paraphrases the source.</li>
 * </ul>
 */
public enum Action {
    RETWEET, QUOTE, REWRITE;

    /** The lower-case label used in files and prompts ("retweet", "quote", "rewrite"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a label, case-insensitively and ignoring surrounding blanks.
     *
     * @throws IllegalArgumentException naming the value and the accepted labels
     */
    public static Action parse(String label) {
        if (label != null) {
            String s = label.strip().toUpperCase(Locale.ROOT);
            for (Action a : values()) {
                if (a.name().equals(s)) {
                    return a;
                }
            }
        }
        throw new IllegalArgumentException("unknown action '" + label + "' (expected retweet, quote or rewrite)");
    }
}
