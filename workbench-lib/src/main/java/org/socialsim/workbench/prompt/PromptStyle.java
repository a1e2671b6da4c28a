package org.socialsim.workbench.prompt;

import java.util.Locale;

/** The action-guided paper's three prompt configurations; each has its own template file under prompts/action/. */
public enum PromptStyle {
    /** The post only. */
    ZERO_SHOT,
    /** The post and the user information of the feature groups switched on. */
    USER_INFO,
    /** The user information switched on, k past engagements of the user as examples, and the post. */
    FEW_SHOT;

    /** The template's file name without extension, and the label in tables: "zero-shot", "user-info", "few-shot". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a label ("few-shot") or constant name ("FEW_SHOT"). */
    public static PromptStyle parse(String s) {
        for (PromptStyle p : values()) {
            if (p.label().equalsIgnoreCase(s.strip()) || p.name().equalsIgnoreCase(s.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown prompt style '" + s + "' (expected zero-shot, user-info or few-shot)");
    }
}
