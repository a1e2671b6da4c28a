package org.socialsim.workbench.features.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.internal.Sorted;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.Shot;

/**
 * Every user's engagements sorted by time, with running action counts, so "the history strictly before t" is a
 * binary search: the rates are read off the running counts and the shots are a slice ending there.
 */
public final class UserHistories {

    /** One user's history in time order. */
    public static final class History {
        private final long[] times;
        private final Shot[] shots;
        private final int[][] cumulative; // cumulative[i] = counts of the first i engagements (retweet, quote, rewrite)

        History(long[] times, Shot[] shots, int[][] cumulative) {
            this.times = times;
            this.shots = shots;
            this.cumulative = cumulative;
        }

        /** How many engagements happened strictly before {@code time}. */
        public int countBefore(Instant time) {
            return Sorted.lowerBound(times, key(time));
        }

        /** Action counts of the first {@code n} engagements. */
        public ActionRates rates(int n) {
            int[] c = cumulative[n];
            return new ActionRates(c[0], c[1], c[2]);
        }

        /** The i-th engagement (time order) as a shot. */
        public Shot shot(int i) {
            return shots[i];
        }
    }

    private static final History EMPTY = new History(new long[0], new Shot[0], new int[][] {{0, 0, 0}});

    private final Map<String, History> byUser;

    private UserHistories(Map<String, History> byUser) {
        this.byUser = byUser;
    }

    /** Indexes every engagement of a dataset by user. */
    public static UserHistories of(EngagementDataset ds) {
        Map<String, List<Engagement>> grouped = new HashMap<>();
        for (Engagement e : ds.engagementList()) {
            grouped.computeIfAbsent(e.userId(), k -> new ArrayList<>()).add(e);
        }
        Map<String, History> byUser = new HashMap<>(grouped.size() * 2);
        Comparator<Engagement> order = Comparator.comparing(Engagement::time).thenComparing(Engagement::id);
        for (Map.Entry<String, List<Engagement>> g : grouped.entrySet()) {
            List<Engagement> es = g.getValue();
            es.sort(order);
            int n = es.size();
            long[] times = new long[n];
            Shot[] shots = new Shot[n];
            int[][] cumulative = new int[n + 1][];
            cumulative[0] = new int[3];
            for (int i = 0; i < n; i++) {
                Engagement e = es.get(i);
                times[i] = key(e.time());
                shots[i] = new Shot(ds.post(e.sourcePostId()), e.action(), e.responseText(), e.time());
                cumulative[i + 1] = Arrays.copyOf(cumulative[i], 3);
                cumulative[i + 1][e.action().ordinal()]++;
            }
            byUser.put(g.getKey(), new History(times, shots, cumulative));
        }
        return new UserHistories(byUser);
    }

    /** A user's history (empty if the user never engaged). */
    public History of(String userId) {
        return byUser.getOrDefault(userId, EMPTY);
    }

    /** A sortable key for an instant (nanoseconds since the epoch, exact for years 1678 to 2261). */
    static long key(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
    }
}
