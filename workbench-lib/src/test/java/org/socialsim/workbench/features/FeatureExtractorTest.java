package org.socialsim.workbench.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialsim.workbench.data.TinyDatasets.hours;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.TinyDatasets;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.WordHashEncoder;

class FeatureExtractorTest {

    /** One user with engagements at hours 1..6 (two at hour 4) on posts about different things. */
    static EngagementDataset timeline() {
        List<User> users = List.of(new User("u", "u", "U", "", 1, 2, 3, null),
                new User("s", "s", "S", "", 1, 1, 1, null));
        List<Post> posts = List.of(
                new Post("cats", "s", "cats are lovely pets", hours(0), null),
                new Post("dogs", "s", "dogs are loyal pets", hours(0), null),
                new Post("vax", "s", "the vaccine trial results", hours(0), null),
                new Post("vax2", "s", "vaccine trial results look good", hours(0), null));
        List<Engagement> es = List.of(
                new Engagement("a", "u", "cats", Action.RETWEET, null, hours(1)),
                new Engagement("b", "u", "vax", Action.QUOTE, "hmm", hours(2)),
                new Engagement("c", "u", "dogs", Action.RETWEET, null, hours(3)),
                new Engagement("d", "u", "cats", Action.REWRITE, "cats!", hours(4)),
                new Engagement("e", "u", "dogs", Action.QUOTE, "same time", hours(4)),
                new Engagement("f", "u", "vax2", Action.RETWEET, null, hours(6)));
        return EngagementDataset.of(users, posts, es);
    }

    @Test
    void ratesAndRecentShotsComeStrictlyFromBefore() {
        EngagementDataset ds = timeline();
        FeatureExtractor fx = FeatureExtractor.over(ds).withShots(2, ShotSelection.RECENT);
        List<EngagementCase> cases = fx.extractAll(ds);
        assertEquals(ActionRates.NONE, cases.get(0).rates());
        assertEquals(List.of(), cases.get(0).shots());
        // d and e share an instant: neither sees the other
        assertEquals(new ActionRates(2, 1, 0), cases.get(3).rates());
        assertEquals(new ActionRates(2, 1, 0), cases.get(4).rates());
        assertEquals(List.of("dogs", "vax"), sources(cases.get(3)));
        assertEquals(new ActionRates(2, 2, 1), cases.get(5).rates());
        assertEquals(2, cases.get(5).shots().size());
        assertEquals(EnumSet.allOf(FeatureGroup.class), cases.get(5).groups());
        assertEquals(2.0 / 5, cases.get(5).rates().rate(Action.RETWEET), 1e-12);
    }

    @Test
    void similarShotsRankPastPostsByCosineToTheCurrentPost() {
        EngagementDataset ds = timeline();
        WordHashEncoder encoder = new WordHashEncoder();
        FeatureExtractor fx = FeatureExtractor.over(ds).withShots(2, ShotSelection.SIMILAR).withEncoder(encoder);
        List<EngagementCase> cases = fx.extractAll(ds);
        // "vaccine trial results look good": the vaccine post first, then (all unrelated, cosine 0) the latest
        assertEquals(List.of("vax", "dogs"), sources(cases.get(5)));
        // "cats are lovely pets": the same post first, then "dogs are loyal pets" (shares words), not the vaccine
        assertEquals(List.of("cats", "dogs"), sources(cases.get(3)));
        int calls = encoder.calls();
        fx.extractAll(ds);
        assertEquals(calls, encoder.calls(), "vectors are cached per text");
    }

    /**
     * The leakage test: a case extracted from the full history equals the case extracted from a history cut just
     * before the engagement (nothing at or after its time can change it), for every engagement and both selections.
     */
    @Test
    void noFeatureSeesTheEngagementItselfOrAnythingLater() {
        EngagementDataset ds = TinyDatasets.random(12, 600, 11);
        WordHashEncoder encoder = new WordHashEncoder();
        for (ShotSelection selection : ShotSelection.values()) {
            FeatureExtractor full = FeatureExtractor.over(ds).withShots(5, selection).withEncoder(encoder);
            List<EngagementCase> cases = full.extractAll(ds);
            for (int i = 0; i < ds.size(); i += 7) {
                Engagement e = ds.engagementList().get(i);
                EngagementDataset past = ds.before(e.time());
                EngagementCase cut = FeatureExtractor.over(past).withShots(5, selection).withEncoder(encoder)
                        .extract(e);
                assertEquals(cut, cases.get(i), "case " + e.id() + " (" + selection + ") depends on the future");
                for (Shot s : cases.get(i).shots()) {
                    assertTrue(s.time().isBefore(e.time()), "shot at " + s.time() + " for case at " + e.time());
                }
                long before = ds.engagementList().stream()
                        .filter(x -> x.userId().equals(e.userId()) && x.time().isBefore(e.time())).count();
                assertEquals(before, cases.get(i).rates().total());
            }
        }
    }

    @Test
    void labeledCasesCarryTheTruthAndRestrictHidesGroups() {
        EngagementDataset ds = timeline();
        List<LabeledCase> labeled = FeatureExtractor.over(ds).labeled(ds.where(e -> e.id().equals("f")));
        assertEquals(1, labeled.size());
        assertEquals(Action.RETWEET, labeled.get(0).truth());
        EngagementCase c = labeled.get(0).input().restrict(Set.of(FeatureGroup.PROFILE), 1);
        assertEquals(ActionRates.NONE, c.rates());
        assertEquals(1, c.shots().size());
        assertTrue(!c.has(FeatureGroup.RATES));
    }

    @Test
    void caseTablesShowRatesMeansByTruthAndShots() {
        EngagementDataset ds = timeline();
        List<LabeledCase> labeled = FeatureExtractor.over(ds).withShots(2, ShotSelection.RECENT).labeled(ds);
        tech.tablesaw.api.Table rates = CaseTables.rates(labeled);
        assertEquals(6, rates.rowCount());
        assertEquals(5, rates.intColumn("history").get(5));
        assertEquals(0.4, rates.doubleColumn("retweet_rate").get(5), 1e-12);
        tech.tablesaw.api.Table means = CaseTables.meanRatesByTruth(labeled);
        assertEquals(9, means.rowCount());
        // retweet cases with history: c (1 past retweet of 2) and f (2 of 5): mean past retweet share (0.5+0.4)/2
        assertEquals(0.45, means.where(means.stringColumn("truth").isEqualTo("retweet")
                .and(means.stringColumn("past_action").isEqualTo("retweet"))).doubleColumn("mean_rate").get(0),
                1e-12);
        tech.tablesaw.api.Table shots = CaseTables.shots(labeled.get(5).input());
        // latest first; d and e share hour 4 and are ordered by id, so e comes first
        assertEquals(List.of("quote", "rewrite"), shots.stringColumn("action").asList());
        assertEquals(List.of(1, 2), shots.intColumn("rank").asList());
    }

    private static List<String> sources(EngagementCase c) {
        List<String> out = new ArrayList<>();
        c.shots().forEach(s -> out.add(s.source().id()));
        return out;
    }
}
