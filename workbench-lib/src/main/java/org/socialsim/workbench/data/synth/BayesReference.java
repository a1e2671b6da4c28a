package org.socialsim.workbench.data.synth;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The known right answers of an ablation on a synthetic corpus: the accuracy, on its balanced entries, of the
 * Bayes-optimal prediction under the generator's own model when a predictor sees the given information. Posteriors
 * over a user's hidden propensity, stance and (when counts are hidden) follower count are computed by importance
 * sampling from the generator's prior; predictions are re-weighted for the balanced sampling (argmax of
 * P(a | seen) / N_a, N_a the pool size of action a).
 *
 * @param entries       balanced entries scored
 * @param samples       prior samples per posterior
 * @param oracle        knowing every hidden variable (the ceiling: only the planted noise and sampling are left)
 * @param allFeatures   the post, the user's counts and their past action counts (RATES): PROFILE+COUNTS+RATES
 * @param fullHistory   the post, counts and every past engagement with the post it answered (what shots show)
 * @param withoutRates  the post and counts only (profile adds nothing: names and bios are independent draws)
 * @param withoutCounts the post and past action counts, follower count unknown
 * @param postOnly      the post alone
 */
public record BayesReference(int entries, int samples, double oracle, double allFeatures, double fullHistory,
                             double withoutRates, double withoutCounts, double postOnly) {

    /** Chance accuracy on balanced entries. */
    public static final double CHANCE = 1.0 / 3;

    /** One row per information condition: condition, feature groups, accuracy. */
    public Table table() {
        StringColumn condition = StringColumn.create("condition");
        StringColumn groups = StringColumn.create("feature_groups");
        DoubleColumn accuracy = DoubleColumn.create("bayes_accuracy");
        Table t = Table.create("Bayes-optimal accuracy on " + entries + " balanced entries", condition, groups,
                accuracy);
        row(t, "oracle (hidden variables known)", "-", oracle);
        row(t, "full history (shots) + counts + post", "COUNTS+RATES+shots", fullHistory);
        row(t, "all features", "PROFILE+COUNTS+RATES", allFeatures);
        row(t, "without profile", "COUNTS+RATES", allFeatures);
        row(t, "without counts", "PROFILE+RATES", withoutCounts);
        row(t, "without rates", "PROFILE+COUNTS", withoutRates);
        row(t, "post only", "-", postOnly);
        row(t, "chance", "-", CHANCE);
        return t;
    }

    private static void row(Table t, String condition, String groups, double accuracy) {
        t.stringColumn(0).append(condition);
        t.stringColumn(1).append(groups);
        t.doubleColumn(2).append(accuracy);
    }
}
