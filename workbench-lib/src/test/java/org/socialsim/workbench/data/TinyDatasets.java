package org.socialsim.workbench.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small hand-made datasets for tests. */
public final class TinyDatasets {
    public static final Instant T0 = Instant.parse("2020-10-01T00:00:00Z");

    private TinyDatasets() {
    }

    public static Instant hours(int h) {
        return T0.plusSeconds(3600L * h);
    }

    /** Two users, two source posts, four engagements with awkward text (quotes, commas, newlines, emoji, ""). */
    public static EngagementDataset awkward() {
        List<User> users = List.of(
                new User("u1", "alice", "Alice \"Al\" Smith", "nurse, mom\nof two 💉", 10, 20, 30,
                        Instant.parse("2015-03-04T05:06:07Z")),
                new User("u2", "bob", "", "", 0, 0, 0, null),
                new User("src", "news", "Daily News", "news, fast", 1_000_000, 5, 99_999,
                        Instant.parse("2009-01-01T00:00:00.123456789Z")));
        List<Post> posts = List.of(
                new Post("p1", "src", "Vaccine trial, phase 3: \"promising\"\nsays lab", hours(0), null),
                new Post("p2", "src", "", hours(1), null),
                new Post("q1", "u1", "So true, 100% 👍", hours(3), "p1"));
        List<Engagement> engagements = List.of(
                new Engagement("e1", "u1", "p1", Action.RETWEET, null, hours(2)),
                new Engagement("e2", "u1", "p1", Action.QUOTE, "So true, 100% 👍", hours(3)),
                new Engagement("e3", "u2", "p2", Action.REWRITE, "line one\r\nline \"two\", ok", hours(4)),
                new Engagement("e4", "u2", "p2", Action.RETWEET, "", hours(5).plusNanos(1_500)));
        return EngagementDataset.of("awkward", users, posts, engagements);
    }

    /** A random dataset: {@code users} users, 40 source posts, {@code n} engagements over 30 days, seeded. */
    public static EngagementDataset random(int users, int n, long seed) {
        Random r = new Random(seed);
        List<User> us = new ArrayList<>();
        us.add(new User("src", "src", "Source", "", 1, 1, 1, null));
        for (int i = 0; i < users; i++) {
            us.add(new User("u" + i, "h" + i, "User " + i, "", r.nextInt(1000), r.nextInt(500), r.nextInt(5000),
                    null));
        }
        List<Post> ps = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ps.add(new Post("p" + i, "src", "post number " + i, hours(i), null));
        }
        List<Engagement> es = new ArrayList<>();
        Action[] actions = Action.values();
        for (int i = 0; i < n; i++) {
            int p = r.nextInt(40);
            Action a = actions[r.nextInt(3)];
            es.add(new Engagement("e" + i, "u" + r.nextInt(users), "p" + p, a,
                    a == Action.RETWEET ? null : "text " + i, hours(p + 1 + r.nextInt(24 * 30))));
        }
        return EngagementDataset.of("random", us, ps, es);
    }
}
