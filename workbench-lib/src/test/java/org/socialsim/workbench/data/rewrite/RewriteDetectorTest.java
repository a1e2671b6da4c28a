package org.socialsim.workbench.data.rewrite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialsim.workbench.data.TinyDatasets.hours;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.WordHashEncoder;
import org.socialsim.workbench.text.Encoders;
import tech.tablesaw.api.Table;

class RewriteDetectorTest {
    static final String SOURCE = "Pfizer says its vaccine trial shows 95% efficacy in 43,000 volunteers";

    static EngagementDataset posts() {
        List<User> users = List.of(user("news"), user("ann"), user("ben"), user("cat"), user("dan"));
        List<Post> posts = List.of(
                new Post("s1", "news", SOURCE, hours(0), null),
                new Post("s2", "news", "Schools reopen next week with masks required", hours(0), null),
                new Post("r1", "ann", "So Pfizer says its vaccine trial shows 95% efficacy in 43,000 volunteers!!",
                        hours(2), null),
                new Post("late", "ben", "Pfizer says its vaccine trial shows 95% efficacy in 43,000 volunteers",
                        hours(24 * 5), null),
                new Post("own", "news", "Pfizer says its vaccine trial shows 95% efficacy, 43,000 volunteers",
                        hours(1), null),
                new Post("dan1", "dan", "Pfizer: its vaccine trial shows 95% efficacy in 43,000 volunteers",
                        hours(3), null),
                new Post("other", "cat", "I baked bread today and it came out great", hours(4), null),
                new Post("q", "cat", "wow", hours(5), "s1"));
        List<Engagement> es = List.of(new Engagement("e1", "cat", "s1", Action.QUOTE, "wow", hours(5)),
                new Engagement("e2", "ann", "s2", Action.RETWEET, null, hours(1)),
                new Engagement("e3", "ben", "s2", Action.RETWEET, null, hours(1)));
        return EngagementDataset.of("posts", users, posts, es);
    }

    private static User user(String id) {
        return new User(id, id, id, "", 0, 0, 0, null);
    }

    @Test
    void findsAParaphraseWithinTheWindowFromAnotherAuthorOnly() {
        RewriteDetector d = RewriteDetector.create(new WordHashEncoder());
        List<RewriteMatch> found = d.detect(posts());
        assertEquals(1, found.size(), found.toString());
        assertEquals("r1", found.get(0).post().id());
        assertEquals("s1", found.get(0).source().id());
        assertTrue(found.get(0).cosine() > 0.9);

        EngagementDataset with = d.withRewrites(posts());
        Engagement rw = with.engagementList().get(with.size() - 1);
        assertEquals(new Engagement("rw-r1", "ann", "s1", Action.REWRITE, posts().post("r1").text(), hours(2)), rw);
        assertEquals("s1", with.post("r1").sourcePostId());

        RewriteDetector wide = d.with(RewriteDetector.Options.DEFAULTS.withWindow(Duration.ofDays(10)));
        assertEquals(List.of("r1", "late"), wide.detect(posts()).stream().map(m -> m.post().id()).toList());

        // dan engages with nothing: his paraphrase is examined only when every author is a candidate
        RewriteDetector all = d.with(RewriteDetector.Options.DEFAULTS.withCandidates(
                RewriteDetector.Candidates.ALL_AUTHORS));
        assertEquals(List.of("r1", "dan1"), all.detect(posts()).stream().map(m -> m.post().id()).toList());
    }

    @Test
    void usersOwnUnsharedPostsAreNotSourcesUnlessAsked() {
        List<User> users = List.of(user("ann"), user("ben"), user("news"));
        List<Post> posts = List.of(new Post("s", "news", "news of the day", hours(0), null),
                new Post("a1", "ann", "Got my flu shot today at the pharmacy, easy", hours(1), null),
                new Post("b1", "ben", "Got my flu shot today at the pharmacy, easy!", hours(2), null));
        List<Engagement> es = List.of(new Engagement("e1", "ann", "s", Action.RETWEET, null, hours(1)),
                new Engagement("e2", "ben", "s", Action.RETWEET, null, hours(1)));
        EngagementDataset ds = EngagementDataset.of(users, posts, es);
        RewriteDetector d = RewriteDetector.create(new WordHashEncoder());
        assertEquals(List.of(), d.detect(ds));
        RewriteDetector any = d.with(RewriteDetector.Options.DEFAULTS.withSources(
                RewriteDetector.Sources.ANY_ORIGINAL));
        assertEquals(List.of("b1"), any.detect(ds).stream().map(m -> m.post().id()).toList());
    }

    @Test
    void keywordRuleAndThresholdBothGate() {
        RewriteDetector.Options strict = RewriteDetector.Options.DEFAULTS
                .withKeywords(KeywordRule.anyOf(List.of("moderna")));
        assertEquals(0, RewriteDetector.create(new WordHashEncoder()).with(strict).detect(posts()).size());
        RewriteDetector.Options high = RewriteDetector.Options.DEFAULTS.withThreshold(0.999);
        assertEquals(0, RewriteDetector.create(new WordHashEncoder()).with(high).detect(posts()).size());
        assertTrue(KeywordRule.sharedWords(2).matches(KeywordRule.words("The Pfizer vaccine"),
                KeywordRule.words("vaccine by pfizer")));
        assertTrue(!KeywordRule.sharedWords(2).matches(KeywordRule.words("the and but"),
                KeywordRule.words("the and but")));
        assertEquals(java.util.Set.of("95%".replace("%", ""), "efficacy"), KeywordRule.words("95% efficacy"));
    }

    @Test
    void sensitivityCountsFallAsTheThresholdRises() {
        Table t = RewriteDetector.create(new WordHashEncoder()).sensitivity(posts(), -1, 0.0, 0.5, 0.9, 1.0);
        assertEquals(5, t.rowCount());
        int previous = Integer.MAX_VALUE;
        for (int i = 0; i < t.rowCount(); i++) {
            int found = t.intColumn("found").get(i);
            assertTrue(found <= previous && found <= t.intColumn("found_without_keyword_rule").get(i));
            previous = found;
        }
        assertTrue(t.intColumn("found").get(0) >= 1);
    }

    @Test
    void evaluationHidesKnownRewritesAndScoresThem() {
        EngagementDataset labeled = RewriteDetector.create(new WordHashEncoder()).withRewrites(posts());
        EngagementDataset blind = RewriteDetector.withoutRewrites(labeled);
        assertTrue(blind.engagementList().stream().noneMatch(e -> e.action() == Action.REWRITE));
        assertNull(blind.post("r1").sourcePostId());
        Table t = RewriteDetector.create(new WordHashEncoder()).evaluate(labeled, 0.5, 0.999);
        assertEquals(1, t.intColumn("true_rewrites").get(0));
        assertEquals(1.0, t.doubleColumn("recall").get(0));
        assertEquals(1, t.intColumn("right_source").get(0));
        assertEquals(0.0, t.doubleColumn("recall").get(1));
        Table curve = RewriteDetector.precisionRecall(t);
        assertEquals(4, curve.rowCount());
        assertEquals(List.of("precision", "precision", "recall", "recall"), curve.stringColumn("measure").asList());
        assertEquals(1.0, curve.doubleColumn("value").get(2));
    }

    @Test
    void miniLmSeparatesAParaphraseFromAnotherPostOnTheSameTopic() {
        User a = user("a");
        User n = user("n");
        List<Post> ps = List.of(
                new Post("src", "n", "Pfizer says its COVID-19 vaccine was more than 90% effective in a large trial",
                        hours(0), null),
                new Post("para", "a", "Big news: the Pfizer covid vaccine turned out over 90% effective in its trial",
                        hours(3), null),
                new Post("same-topic", "a", "I will wait a year before taking any covid vaccine, Pfizer or not",
                        hours(4), null));
        EngagementDataset ds = EngagementDataset.of(List.of(a, n), ps,
                List.of(new Engagement("e", "a", "src", Action.RETWEET, null, hours(1))));
        RewriteDetector d = RewriteDetector.create(Encoders.miniLm());
        assertEquals(List.of("para"), d.detect(ds).stream().map(m -> m.post().id()).toList());
    }
}
