package org.socialsim.workbench.features;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.socialsim.workbench.data.Action;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Cases as tables, for inspection and plots. */
public final class CaseTables {
    private CaseTables() {
    }

    /**
     * One row per case: case_id, user_id, truth, history (past engagements), and the past share of each action
     * ({@code retweet_rate}, {@code quote_rate}, {@code rewrite_rate}; 0 without history).
     */
    public static Table rates(List<LabeledCase> cases) {
        StringColumn id = StringColumn.create("case_id");
        StringColumn user = StringColumn.create("user_id");
        StringColumn truth = StringColumn.create("truth");
        IntColumn history = IntColumn.create("history");
        Table t = Table.create("historical rates", id, user, truth, history);
        for (Action a : Action.values()) {
            t.addColumns(DoubleColumn.create(a.label() + "_rate"));
        }
        for (LabeledCase c : cases) {
            ActionRates r = c.input().rates();
            id.append(c.caseId());
            user.append(c.input().user().id());
            truth.append(c.truth().label());
            history.append(r.total());
            for (Action a : Action.values()) {
                t.doubleColumn(a.label() + "_rate").append(r.rate(a));
            }
        }
        return t;
    }

    /**
     * The mean past share of each action among cases with history, by the action the user really took: one row
     * per (truth, past_action) with {@code mean_rate}. A planted or real history effect shows as a diagonal.
     */
    public static Table meanRatesByTruth(List<LabeledCase> cases) {
        Map<Action, double[]> sums = new EnumMap<>(Action.class);
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        for (LabeledCase c : cases) {
            ActionRates r = c.input().rates();
            if (r.total() == 0) {
                continue;
            }
            double[] s = sums.computeIfAbsent(c.truth(), k -> new double[3]);
            for (Action a : Action.values()) {
                s[a.ordinal()] += r.rate(a);
            }
            counts.merge(c.truth(), 1, Integer::sum);
        }
        StringColumn truth = StringColumn.create("truth");
        StringColumn past = StringColumn.create("past_action");
        DoubleColumn mean = DoubleColumn.create("mean_rate");
        for (Action t : Action.values()) {
            for (Action a : Action.values()) {
                truth.append(t.label());
                past.append(a.label());
                mean.append(counts.containsKey(t) ? sums.get(t)[a.ordinal()] / counts.get(t) : Double.NaN);
            }
        }
        return Table.create("mean historical rate by true action", truth, past, mean);
    }

    /** A case's shots, most relevant first: rank, time, action, source text, response text. */
    public static Table shots(EngagementCase c) {
        IntColumn rank = IntColumn.create("rank");
        StringColumn time = StringColumn.create("time");
        StringColumn action = StringColumn.create("action");
        StringColumn source = StringColumn.create("source_text");
        StringColumn response = StringColumn.create("response_text");
        int i = 0;
        for (Shot s : c.shots()) {
            rank.append(++i);
            time.append(s.time().toString());
            action.append(s.action().label());
            source.append(s.source().text());
            response.append(s.responseText());
        }
        return Table.create("shots of case " + c.caseId() + " (post: " + c.post().text() + ")", rank, time, action,
                source, response);
    }
}
