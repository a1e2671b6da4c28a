package org.socialsim.workbench.data;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Summary statistics of a dataset.
 *
 * @param name                the dataset's name
 * @param users               users in the dataset
 * @param activeUsers         users with at least one engagement
 * @param posts               posts in the dataset
 * @param engagements         engagements
 * @param actions             engagements per action
 * @param first               earliest engagement time, or null when there are none
 * @param last                latest engagement time, or null when there are none
 * @param meanPerActiveUser   mean engagements per active user
 * @param medianPerActiveUser median engagements per active user
 * @param maxPerUser          most engagements of one user
 */
public record DatasetSummary(String name, int users, int activeUsers, int posts, int engagements,
                             Map<Action, Integer> actions, Instant first, Instant last,
                             double meanPerActiveUser, double medianPerActiveUser, int maxPerUser) {
    public DatasetSummary {
        actions = Map.copyOf(actions);
    }

    /** Computes the summary of a dataset. */
    public static DatasetSummary of(EngagementDataset ds) {
        Map<String, Integer> perUser = new HashMap<>();
        Instant first = null;
        Instant last = null;
        for (Engagement e : ds.engagementList()) {
            perUser.merge(e.userId(), 1, Integer::sum);
            first = first == null || e.time().isBefore(first) ? e.time() : first;
            last = last == null || e.time().isAfter(last) ? e.time() : last;
        }
        int[] counts = perUser.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        double mean = counts.length == 0 ? 0 : Arrays.stream(counts).average().orElse(0);
        double median = counts.length == 0 ? 0 : counts.length % 2 == 1 ? counts[counts.length / 2]
                : (counts[counts.length / 2 - 1] + counts[counts.length / 2]) / 2.0;
        int max = counts.length == 0 ? 0 : counts[counts.length - 1];
        return new DatasetSummary(ds.name(), ds.userList().size(), counts.length, ds.postList().size(), ds.size(),
                ds.actionCounts(), first, last, mean, median, max);
    }

    /** Share of one action among the engagements (0 when there are none). */
    public double share(Action a) {
        return engagements == 0 ? 0 : (double) actions.getOrDefault(a, 0) / engagements;
    }

    /** The summary as a two-column table (statistic, value), for notebooks. */
    public Table table() {
        StringColumn stat = StringColumn.create("statistic");
        StringColumn value = StringColumn.create("value");
        Table t = Table.create(name + " summary", stat, value);
        row(t, "users", users);
        row(t, "active users", activeUsers);
        row(t, "posts", posts);
        row(t, "engagements", engagements);
        for (Action a : Action.values()) {
            row(t, a.label(), String.format("%d (%.1f%%)", actions.getOrDefault(a, 0), 100 * share(a)));
        }
        row(t, "first engagement", first);
        row(t, "last engagement", last);
        row(t, "engagements per active user (mean / median / max)",
                String.format("%.1f / %.1f / %d", meanPerActiveUser, medianPerActiveUser, maxPerUser));
        return t;
    }

    private static void row(Table t, String stat, Object value) {
        t.stringColumn(0).append(stat);
        t.stringColumn(1).append(String.valueOf(value));
    }
}
