package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class InterventionTest {

    @Test
    void mutingTheHubStopsTheCascadeAndTheDifferenceIsACurve() {
        SocialGraph star = Generators.star(101);
        Simulation sim = Simulation.on(star).policies(IndependentCascade.of(1)).build();
        Trajectory base = sim.run("base", 3, Intervention.seed(0, "news"));
        Trajectory muted = sim.run("muted", 3, Intervention.seed(0, "news"), Intervention.mute(1, 0));
        assertEquals(101, base.last().participants());
        assertEquals(1, muted.last().participants(), "the hub posted, but nobody saw it");
        assertEquals(1, muted.last().aware());
        Table diff = base.minus(muted, "participants", "aware");
        assertEquals(100.0, diff.doubleColumn("participants").get(3));
        assertEquals(4, diff.rowCount());
    }

    @Test
    void mutingASourceStopsLateResharesAndRecommendations() {
        SocialGraph.Builder b = SocialGraph.builder(401);
        for (int i = 1; i <= 200; i++) {
            b.follow(i, 0);
        }
        SocialGraph g = b.build();
        Simulation sim = Simulation.on(g).policies(IndependentCascade.of(0.1).withPersistence(0.9))
                .feedMix(FeedMix.withRecommendations(0.1)).seed(8).build();
        Trajectory open = sim.run("open", 12, Intervention.seed(0, "rumour"));
        Trajectory muted = sim.run("muted", 12, Intervention.seed(0, "rumour"), Intervention.mute(3, 0));
        assertTrue(open.last().participants() > muted.last().participants() + 50, open.last() + " vs " + muted.last());
        for (int s = 3; s <= 12; s++) {
            assertEquals(0, muted.steps().get(s).newParticipants(), "step " + s);
        }
        assertTrue(muted.steps().get(2).newParticipants() > 0);
    }

    @Test
    void removedAgentsNeitherReadNorPost() {
        SocialGraph line = Generators.line(10);
        Simulation sim = Simulation.on(line).policies(IndependentCascade.of(1)).build();
        Trajectory cut = sim.run("cut", 12, Intervention.seed(0, "news"), Intervention.remove(0, 4));
        assertEquals(4, cut.last().participants(), "agents 0-3 only");
        assertEquals(4, cut.last().aware());
    }

    @Test
    void injectedPostStartsASecondWaveLater() {
        SocialGraph star = Generators.star(51);
        Simulation sim = Simulation.on(star).policies(IndependentCascade.of(1)).build();
        Trajectory t = sim.run("two", 8, Intervention.seed(0, "first"),
                Intervention.injectPost(5, 0, "second", Emotion.INTENSE, 1));
        assertEquals(1, t.steps().get(5).posts());
        assertEquals(2, t.steps().stream().mapToLong(StepStats::posts).sum());
        assertEquals(51, t.last().participants(), "the leaves shared once, in the first wave");
        assertThrows(IllegalArgumentException.class, () -> sim.run("bad", 1, Intervention.seed(99, "x")));
    }

    @Test
    void feedMixChangeHidesFolloweePosts() {
        SocialGraph star = Generators.star(2001);
        Simulation sim = Simulation.on(star).policies(IndependentCascade.of(1)).seed(4).build();
        Trajectory t = sim.run("half", 2, Intervention.seed(0, "news"),
                Intervention.feedMix(1, new FeedMix(0.5, 0)));
        double reached = t.last().participants() - 1;
        assertEquals(1000, reached, 4.5 * Math.sqrt(2000 * 0.25));
        assertTrue(Intervention.feedMix(1, FeedMix.followeesOnly()).describe().contains("feed mix"));
    }
}
