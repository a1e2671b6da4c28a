package org.socialsim.workbench.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Train, validation and test parts of a dataset, made by {@link EngagementDataset#split}.
 *
 * @param train      engagements to learn from
 * @param validation engagements to tune on
 * @param test       engagements to report on
 */
public record DatasetSplit(EngagementDataset train, EngagementDataset validation, EngagementDataset test) {
    public DatasetSplit {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(test, "test");
    }

    /** The three parts in order train, validation, test. */
    public List<EngagementDataset> parts() {
        return List.of(train, validation, test);
    }

    /** One row per part: part, engagements, users, and the count of each action. */
    public Table table() {
        StringColumn part = StringColumn.create("part");
        IntColumn size = IntColumn.create("engagements");
        IntColumn users = IntColumn.create("users");
        Table t = Table.create("split", part, size, users);
        for (Action a : Action.values()) {
            t.addColumns(IntColumn.create(a.label()));
        }
        String[] names = {"train", "validation", "test"};
        List<EngagementDataset> ps = parts();
        for (int i = 0; i < 3; i++) {
            EngagementDataset d = ps.get(i);
            part.append(names[i]);
            size.append(d.size());
            users.append((int) d.engagementList().stream().map(Engagement::userId).distinct().count());
            Map<Action, Integer> counts = d.actionCounts();
            for (Action a : Action.values()) {
                t.intColumn(a.label()).append(counts.get(a));
            }
        }
        return t;
    }
}
