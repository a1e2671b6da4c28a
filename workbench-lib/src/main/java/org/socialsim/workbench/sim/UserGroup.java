package org.socialsim.workbench.sim;

import java.util.Arrays;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * S3's three kinds of account, read off the follower graph: influential accounts have many more followers than
 * accounts they follow; low-impact accounts have few followers and end propagation chains; the rest are regular.
 */
public enum UserGroup {
    INFLUENTIAL, REGULAR, LOW_IMPACT;

    /**
     * The rule: influential = followers at or above the {@code topQuantile} of all follower counts (and at least 1)
     * and at least {@code ratio} times the accounts followed; low-impact = followers at or below the
     * {@code bottomQuantile}; regular = the rest.
     *
     * @param topQuantile    e.g. 0.9
     * @param ratio          e.g. 2
     * @param bottomQuantile e.g. 0.5
     */
    public record Rule(double topQuantile, double ratio, double bottomQuantile) {
        public Rule {
            if (!(bottomQuantile >= 0 && bottomQuantile <= topQuantile && topQuantile <= 1) || !(ratio >= 1)) {
                throw new IllegalArgumentException("need 0 <= bottomQuantile <= topQuantile <= 1 and ratio >= 1, got "
                        + bottomQuantile + ", " + topQuantile + ", " + ratio);
            }
        }

        /** Top decile, twice as many followers as followed, bottom half low-impact. */
        public static Rule defaults() {
            return new Rule(0.9, 2, 0.5);
        }
    }

    /** The group of every account under the default rule. */
    public static UserGroup[] classify(SocialGraph g) {
        return classify(g, Rule.defaults());
    }

    /** The group of every account. */
    public static UserGroup[] classify(SocialGraph g, Rule rule) {
        int n = g.nodeCount();
        int[] followers = new int[n];
        for (int u = 0; u < n; u++) {
            followers[u] = g.followerCount(u);
        }
        int[] sorted = followers.clone();
        Arrays.sort(sorted);
        int top = Math.max(1, quantile(sorted, rule.topQuantile()));
        int bottom = quantile(sorted, rule.bottomQuantile());
        UserGroup[] out = new UserGroup[n];
        for (int u = 0; u < n; u++) {
            int f = followers[u];
            if (f >= top && f >= rule.ratio() * g.followeeCount(u)) {
                out[u] = INFLUENTIAL;
            } else if (f <= bottom) {
                out[u] = LOW_IMPACT;
            } else {
                out[u] = REGULAR;
            }
        }
        return out;
    }

    /** Accounts per group with their mean followers and following. */
    public static Table summary(SocialGraph g, UserGroup[] groups) {
        UserGroup[] all = values();
        int[] count = new int[all.length];
        double[] followers = new double[all.length];
        double[] following = new double[all.length];
        for (int u = 0; u < groups.length; u++) {
            int k = groups[u].ordinal();
            count[k]++;
            followers[k] += g.followerCount(u);
            following[k] += g.followeeCount(u);
        }
        for (int k = 0; k < all.length; k++) {
            followers[k] = count[k] == 0 ? Double.NaN : followers[k] / count[k];
            following[k] = count[k] == 0 ? Double.NaN : following[k] / count[k];
        }
        return Table.create("user groups",
                StringColumn.create("group", Arrays.stream(all).map(UserGroup::label).toList()),
                IntColumn.create("accounts", count),
                tech.tablesaw.api.DoubleColumn.create("mean_followers", followers),
                tech.tablesaw.api.DoubleColumn.create("mean_following", following));
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static int quantile(int[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1)))];
    }
}
