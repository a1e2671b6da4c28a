package org.socialsim.workbench.experiment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.socialsim.workbench.features.FeatureGroup;

/**
 * A named set of feature groups, one point of a feature ablation: "all", "-rates" (all but rates), "+rates" (rates
 * alone), "none", or any name you give.
 *
 * @param label  the name shown in tables
 * @param groups the groups switched on
 */
public record GroupSubset(String label, Set<FeatureGroup> groups) {
    public GroupSubset {
        Objects.requireNonNull(label, "label");
        groups = groups.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(groups));
    }

    /** Every group. */
    public static GroupSubset all() {
        return new GroupSubset("all", EnumSet.allOf(FeatureGroup.class));
    }

    /** No group. */
    public static GroupSubset none() {
        return new GroupSubset("none", Set.of());
    }

    /** An explicit subset. */
    public static GroupSubset of(String label, Set<FeatureGroup> groups) {
        return new GroupSubset(label, groups);
    }

    /** All groups, then all but each one ("-profile", "-counts", "-rates"): the paper's ablation. */
    public static List<GroupSubset> leaveOneOut() {
        List<GroupSubset> out = new ArrayList<>(List.of(all()));
        for (FeatureGroup g : FeatureGroup.values()) {
            EnumSet<FeatureGroup> s = EnumSet.allOf(FeatureGroup.class);
            s.remove(g);
            out.add(new GroupSubset("-" + name(g), s));
        }
        return out;
    }

    /** No groups, then each group alone ("+profile", "+counts", "+rates"). */
    public static List<GroupSubset> addOne() {
        List<GroupSubset> out = new ArrayList<>(List.of(none()));
        for (FeatureGroup g : FeatureGroup.values()) {
            out.add(new GroupSubset("+" + name(g), EnumSet.of(g)));
        }
        return out;
    }

    private static String name(FeatureGroup g) {
        return g.name().toLowerCase(Locale.ROOT);
    }
}
