package org.socialsim.workbench.baseline;

import java.util.List;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.LabeledCase;

/**
 * How often each action occurs among labelled cases: the prior every baseline falls back on.
 *
 * @param counts occurrences, indexed by {@link Action#ordinal()}
 */
record ClassCounts(int[] counts) {
    ClassCounts {
        if (counts.length != Action.values().length) {
            throw new IllegalArgumentException("need one count per action, got " + counts.length);
        }
        counts = counts.clone();
    }

    static ClassCounts of(List<LabeledCase> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("cannot fit a baseline on zero training cases");
        }
        int[] n = new int[Action.values().length];
        for (LabeledCase c : cases) {
            n[c.truth().ordinal()]++;
        }
        return new ClassCounts(n);
    }

    /** The counts of training cases for a classifier, which needs at least two distinct actions to learn from. */
    static ClassCounts forClassifier(List<LabeledCase> train, String classifier) {
        ClassCounts counts = of(train);
        if (counts.distinct() < 2) {
            throw new IllegalArgumentException(classifier + " needs at least two actions in the " + train.size()
                    + " training cases, found only " + counts.majority().label());
        }
        return counts;
    }

    /** The most frequent action (the first in declaration order on ties). */
    Action majority() {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return Action.values()[best];
    }

    /** Share of an action. */
    double share(Action a) {
        int total = 0;
        for (int v : counts) {
            total += v;
        }
        return (double) counts[a.ordinal()] / total;
    }

    /** Number of actions that occur at least once. */
    int distinct() {
        int k = 0;
        for (int v : counts) {
            k += v > 0 ? 1 : 0;
        }
        return k;
    }
}
