package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class UserGroupTest {

    @Test
    void starCentreIsInfluentialLeavesAreLowImpact() {
        UserGroup[] g = UserGroup.classify(Generators.star(20));
        assertEquals(UserGroup.INFLUENTIAL, g[0]);
        for (int i = 1; i < 20; i++) {
            assertEquals(UserGroup.LOW_IMPACT, g[i]);
        }
    }

    @Test
    void scaleFreeGraphHasAllThreeGroupsWithOrderedFollowerCounts() {
        SocialGraph graph = Generators.directedScaleFree(ScaleFree.of(5000, 8), 2, 1);
        Table t = UserGroup.summary(graph, UserGroup.classify(graph));
        assertEquals(5000, t.intColumn("accounts").sum());
        double influential = t.doubleColumn("mean_followers").get(0);
        double regular = t.doubleColumn("mean_followers").get(1);
        double low = t.doubleColumn("mean_followers").get(2);
        assertTrue(influential > 3 * regular && regular > low, influential + " > " + regular + " > " + low);
        assertTrue(t.intColumn("accounts").get(0) <= 500, "at most the top decile is influential");
    }
}
