package org.socialsim.workbench.prompt;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.ShotSelection;

/**
 * One prompt configuration: the style, the feature groups the prompt shows, and how many past engagements (and how
 * they were chosen). A record, so it converts to and from JSON with Jackson.
 *
 * <pre>{@code
 * PromptConfig.zeroShot();                                    // "zero-shot"
 * PromptConfig.userInfo(EnumSet.allOf(FeatureGroup.class));   // "user-info [profile+counts+rates]"
 * PromptConfig.fewShot(5, Set.of(FeatureGroup.RATES), ShotSelection.SIMILAR);
 * }</pre>
 *
 * @param style     which template
 * @param groups    feature groups shown (always empty for zero-shot)
 * @param shots     number of past engagements shown (0 unless few-shot, at least 1 for few-shot)
 * @param selection how the past engagements were chosen (recorded for few-shot; RECENT otherwise)
 */
public record PromptConfig(PromptStyle style, Set<FeatureGroup> groups, int shots, ShotSelection selection) {
    public PromptConfig {
        Objects.requireNonNull(style, "style");
        groups = groups == null || groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
        selection = selection == null ? ShotSelection.RECENT : selection;
        if (style == PromptStyle.ZERO_SHOT && (!groups.isEmpty() || shots != 0)) {
            throw new IllegalArgumentException("zero-shot shows no user information and no examples; got groups "
                    + groups + " and " + shots + " shots");
        }
        if (style == PromptStyle.USER_INFO && shots != 0) {
            throw new IllegalArgumentException("user-info shows no examples; got " + shots + " shots (use few-shot)");
        }
        if (style == PromptStyle.FEW_SHOT && shots < 1) {
            throw new IllegalArgumentException("few-shot needs at least 1 shot, got " + shots);
        }
        if (style != PromptStyle.FEW_SHOT) {
            selection = ShotSelection.RECENT;
        }
    }

    /** The post only. */
    public static PromptConfig zeroShot() {
        return new PromptConfig(PromptStyle.ZERO_SHOT, Set.of(), 0, null);
    }

    /** The post and the given feature groups. */
    public static PromptConfig userInfo(Set<FeatureGroup> groups) {
        return new PromptConfig(PromptStyle.USER_INFO, groups, 0, null);
    }

    /** The given feature groups, k past engagements chosen by {@code selection}, and the post. */
    public static PromptConfig fewShot(int k, Set<FeatureGroup> groups, ShotSelection selection) {
        return new PromptConfig(PromptStyle.FEW_SHOT, groups, k, selection);
    }

    /** A point of a shot curve: user-info when k is 0, few-shot otherwise. */
    public static PromptConfig withShots(int k, Set<FeatureGroup> groups, ShotSelection selection) {
        return k == 0 ? userInfo(groups) : fewShot(k, groups, selection);
    }

    /** The case as this configuration lets the model see it: only these groups, at most this many shots. */
    public EngagementCase restrict(EngagementCase c) {
        return c.restrict(groups, shots);
    }

    /** A short label for tables: "zero-shot", "user-info [profile+rates]", "few-shot k=5 similar [rates]". */
    public String label() {
        String g = groups.isEmpty() ? "none" : groups.stream().sorted()
                .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("+"));
        return switch (style) {
            case ZERO_SHOT -> style.label();
            case USER_INFO -> style.label() + " [" + g + "]";
            case FEW_SHOT -> style.label() + " k=" + shots + " " + selection.name().toLowerCase(Locale.ROOT)
                    + " [" + g + "]";
        };
    }
}
