package org.socialsim.workbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialsim.workbench.data.TinyDatasets.hours;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class EngagementDatasetTest {
    private static final User U = new User("u", "h", "n", "", 1, 1, 1, null);
    private static final Post P = new Post("p", "u", "text", hours(0), null);

    @Test
    void rejectsBrokenReferencesNamingRowFieldAndIds() {
        Engagement missingUser = new Engagement("e", "ghost", "p", Action.RETWEET, null, hours(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EngagementDataset.of(List.of(U), List.of(P), List.of(missingUser)));
        assertTrue(e.getMessage().contains("engagements[0] field 'user_id'"), e.getMessage());
        assertTrue(e.getMessage().contains("'ghost'"), e.getMessage());

        Engagement early = new Engagement("e", "u", "p", Action.RETWEET, null, hours(0).minusSeconds(1));
        e = assertThrows(IllegalArgumentException.class, () -> EngagementDataset.of(List.of(U), List.of(P),
                List.of(early)));
        assertTrue(e.getMessage().contains("field 'time'") && e.getMessage().contains("before its source"),
                e.getMessage());

        Engagement quote = new Engagement("e", "u", "p", Action.QUOTE, null, hours(1));
        e = assertThrows(IllegalArgumentException.class, () -> EngagementDataset.of(List.of(U), List.of(P),
                List.of(quote)));
        assertTrue(e.getMessage().contains("response_text"), e.getMessage());

        e = assertThrows(IllegalArgumentException.class, () -> EngagementDataset.of(List.of(U, U), List.of(P),
                List.of()));
        assertTrue(e.getMessage().contains("users[1] field 'id': duplicate user id 'u'"), e.getMessage());
    }

    @Test
    void rejectsPostsWhoseSourceChainIsBrokenOrCyclic() {
        Post a = new Post("a", "u", "", hours(1), "b");
        Post b = new Post("b", "u", "", hours(1), "a");
        Post orphan = new Post("c", "u", "", hours(1), "nowhere");
        Post child = new Post("d", "u", "", hours(2), "c");
        List<String> why = new ArrayList<>();
        EngagementDataset ds = EngagementDataset.assemble("x", List.of(U), List.of(P, a, b, orphan, child),
                List.of(), (kind, index, field, message) -> why.add(kind + " " + index + " " + message));
        assertEquals(List.of("p"), ds.postList().stream().map(Post::id).toList());
        assertEquals(4, why.size(), why.toString());
        assertTrue(why.stream().anyMatch(w -> w.contains("cycle")), why.toString());
        assertTrue(why.stream().anyMatch(w -> w.startsWith("POST 4") && w.contains("was rejected")), why.toString());
    }

    @Test
    void tablesHaveOneRowPerRecordAndCanonicalColumns() {
        EngagementDataset ds = TinyDatasets.awkward();
        Table e = ds.engagements();
        assertEquals(List.of("id", "user_id", "source_post_id", "action", "response_text", "time"), e.columnNames());
        assertEquals(4, e.rowCount());
        assertEquals("quote", e.stringColumn("action").get(1));
        assertEquals(3, ds.users().rowCount());
        assertEquals(1_000_000L, ds.users().longColumn("followers").get(2));
        assertEquals(3, ds.posts().rowCount());
    }

    @Test
    void summaryCountsActionsUsersAndSpan() {
        DatasetSummary s = TinyDatasets.awkward().summary();
        assertEquals(3, s.users());
        assertEquals(2, s.activeUsers());
        assertEquals(4, s.engagements());
        assertEquals(Map.of(Action.RETWEET, 2, Action.QUOTE, 1, Action.REWRITE, 1), s.actions());
        assertEquals(hours(2), s.first());
        assertEquals(2.0, s.meanPerActiveUser());
        assertEquals(0.25, s.share(Action.QUOTE));
        assertEquals(10, s.table().rowCount());
        Table mix = TinyDatasets.awkward().actionMix();
        assertEquals(List.of("retweet", "quote", "rewrite"), mix.stringColumn("action").asList());
        assertEquals(List.of(2, 1, 1), mix.intColumn("count").asList());
        assertEquals(0.5, mix.doubleColumn("share").get(0));
    }

    @Test
    void balancedDrawsTheSameSampleForASeedAndNPerAction() {
        EngagementDataset ds = TinyDatasets.random(30, 900, 1);
        EngagementDataset a = ds.balanced(100, 7);
        assertEquals(Map.of(Action.RETWEET, 100, Action.QUOTE, 100, Action.REWRITE, 100), a.actionCounts());
        assertEquals(ids(a), ids(ds.balanced(100, 7)));
        assertNotEquals(ids(a), ids(ds.balanced(100, 8)));
        assertTrue(ds.engagementList().containsAll(a.engagementList()));
        assertEquals(ds.userList(), a.userList());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ds.balanced(400, 7));
        assertTrue(e.getMessage().contains("cannot draw 400"), e.getMessage());
    }

    @Test
    void randomSplitIsStratifiedAndPartitions() {
        EngagementDataset ds = TinyDatasets.random(30, 900, 2).balanced(200, 1);
        DatasetSplit s = ds.split(Split.random(0.7, 0.15, 0.15), 3);
        assertPartition(ds, s);
        assertEquals(Map.of(Action.RETWEET, 140, Action.QUOTE, 140, Action.REWRITE, 140), s.train().actionCounts());
        assertEquals(ids(s.test()), ids(ds.split(Split.random(0.7, 0.15, 0.15), 3).test()));
        assertEquals(3, s.table().rowCount());
    }

    @Test
    void timeSplitPutsEarlierEngagementsFirst() {
        EngagementDataset ds = TinyDatasets.random(30, 600, 3);
        DatasetSplit s = ds.split(Split.byTime(0.6, 0.2, 0.2), 0);
        assertPartition(ds, s);
        assertEquals(360, s.train().size());
        assertTrue(latest(s.train()).compareTo(earliest(s.validation())) <= 0);
        assertTrue(latest(s.validation()).compareTo(earliest(s.test())) <= 0);
    }

    @Test
    void userSplitNeverSharesAUser() {
        EngagementDataset ds = TinyDatasets.random(60, 1200, 4);
        DatasetSplit s = ds.split(Split.byUser(0.7, 0.15, 0.15), 5);
        assertPartition(ds, s);
        Set<String> train = users(s.train());
        Set<String> validation = users(s.validation());
        Set<String> test = users(s.test());
        assertTrue(train.stream().noneMatch(validation::contains));
        assertTrue(train.stream().noneMatch(test::contains));
        assertTrue(validation.stream().noneMatch(test::contains));
        assertEquals(0.7, s.train().size() / 1200.0, 0.05);
        assertNotEquals(users(ds.split(Split.byUser(0.7, 0.15, 0.15), 6).test()), test);
    }

    @Test
    void splitFractionsMustSumToOne() {
        assertThrows(IllegalArgumentException.class, () -> Split.random(0.5, 0.5, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Split.byUser(-0.1, 0.6, 0.5));
    }

    @Test
    void sinceAndWhereNarrowEngagementsOnly() {
        EngagementDataset ds = TinyDatasets.awkward();
        assertEquals(List.of("e3", "e4"), ids(ds.since(hours(4))));
        assertEquals(List.of("e1", "e2"), ids(ds.before(hours(4))));
        assertEquals(List.of("e1", "e4"), ids(ds.where(e -> e.action() == Action.RETWEET)));
        assertEquals(3, ds.since(hours(100)).userList().size());
        assertTrue(ds.hasPost("q1"));
        assertThrows(java.util.NoSuchElementException.class, () -> ds.user("nobody"));
    }

    private static void assertPartition(EngagementDataset ds, DatasetSplit s) {
        List<String> all = new ArrayList<>();
        s.parts().forEach(p -> all.addAll(ids(p)));
        assertEquals(ds.size(), all.size());
        assertEquals(new HashSet<>(ids(ds)), new HashSet<>(all));
    }

    private static List<String> ids(EngagementDataset ds) {
        return ds.engagementList().stream().map(Engagement::id).toList();
    }

    private static Set<String> users(EngagementDataset ds) {
        return ds.engagementList().stream().map(Engagement::userId).collect(Collectors.toSet());
    }

    private static java.time.Instant latest(EngagementDataset ds) {
        return ds.engagementList().stream().map(Engagement::time).max(java.time.Instant::compareTo).orElseThrow();
    }

    private static java.time.Instant earliest(EngagementDataset ds) {
        return ds.engagementList().stream().map(Engagement::time).min(java.time.Instant::compareTo).orElseThrow();
    }
}
