package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;

class SocialGraphTest {

    @Test
    void dropsSelfLoopsAndRepeatsAndKeepsBothDirections() {
        SocialGraph g = SocialGraph.builder(4).follow(0, 1).follow(0, 1).follow(2, 2).follow(1, 0).follow(3, 0).build();
        assertEquals(3, g.edgeCount());
        assertArrayEquals(new int[] {1}, g.followeesOf(0));
        assertArrayEquals(new int[] {1, 3}, g.followersOf(0));
        assertTrue(g.follows(3, 0));
        assertFalse(g.follows(0, 3));
        assertTrue(g.mutual(0, 1));
        assertFalse(g.mutual(0, 3));
        assertEquals(0, g.followeeCount(2));
    }

    @Test
    void followerListsAreTheTransposeOfFollowingLists() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 500;
        SocialGraph.Builder b = SocialGraph.builder(n);
        for (int i = 0; i < 5000; i++) {
            b.follow(r.nextInt(n), r.nextInt(n));
        }
        SocialGraph g = b.build();
        long fromFollowers = 0;
        for (int v = 0; v < n; v++) {
            int[] fs = g.followersOf(v);
            for (int i = 0; i < fs.length; i++) {
                assertTrue(g.follows(fs[i], v));
                if (i > 0) {
                    assertTrue(fs[i] > fs[i - 1], "follower lists are sorted and distinct");
                }
            }
            fromFollowers += fs.length;
        }
        assertEquals(g.edgeCount(), fromFollowers);
    }

    @Test
    void buildsFromFollowingListsAndNamesABadRow() {
        SocialGraph g = SocialGraph.fromFollowing(List.of(new int[] {}, new int[] {0}, new int[] {0, 1}));
        assertEquals(2, g.followerCount(0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SocialGraph.fromFollowing(List.of(new int[] {}, new int[] {7})));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("row 7"), e.getMessage());
    }

    @Test
    void engagementsBecomeFollowEdgesFromEngagerToAuthor() {
        Instant t = java.time.Instant.parse("2024-01-01T00:00:00Z");
        List<User> users = List.of(user("a"), user("b"), user("c"));
        List<Post> posts = List.of(new Post("p1", "a", "x", t,
                null), new Post("p2", "b", "y", t, null));
        List<Engagement> es = List.of(
                new Engagement("e1", "b", "p1", Action.RETWEET,
                        null, t),
                new Engagement("e2", "c", "p1", Action.QUOTE,
                        "hm", t),
                new Engagement("e3", "c", "p2", Action.RETWEET,
                        null, t));
        SocialGraph g = SocialGraph.from(EngagementDataset.of(users, posts, es));
        assertEquals(3, g.edgeCount());
        assertTrue(g.follows(g.indexOf("c"), g.indexOf("b")));
        assertEquals(2, g.followerCount(g.indexOf("a")));
    }

    private static User user(String id) {
        return new User(id, id, id, "", 0, 0, 0, null);
    }

    @Test
    void anEdgeOutsideTheGraphIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SocialGraph.fromEdges(3, new int[] {0, 1, 2}, new int[] {1, 5, 0}, 3));
        assertTrue(e.getMessage().contains("edge 1") && e.getMessage().contains("1 -> 5"), e.getMessage());
    }

    @Test
    void idsAndJGraphTRoundTrip() {
        SocialGraph g = Generators.line(5).withIds(List.of("a", "b", "c", "d", "e"));
        assertEquals("c", g.id(2));
        assertEquals(3, g.indexOf("d"));
        SocialGraph back = SocialGraph.fromJGraphT(g.toJGraphT());
        assertEquals(g.edgeCount(), back.edgeCount());
        double[] pr = Generators.star(6).pageRank();
        for (int i = 1; i < 6; i++) {
            assertTrue(pr[0] > pr[i], "the followed centre ranks highest");
        }
    }
}
