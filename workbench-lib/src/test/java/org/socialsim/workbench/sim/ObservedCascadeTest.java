package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.Workbench;

class ObservedCascadeTest {
    static final Path DIR = Workbench.datasets().resolve("oasis-twitter15-cascade");

    @Test
    void loadsTheRealCascadesCurvesAndMetadata() {
        ObservedCascade c = ObservedCascade.load(DIR, "False_Business_0");
        assertEquals("972651", c.rootUser());
        assertTrue(c.sourceTweet().startsWith("report: amazon plans to open its first physical store"));
        assertEquals(500, c.scale().time().length);
        assertEquals(1, c.scale().at(0));
        assertEquals(104, c.scale().at(499));
        assertEquals(101, c.maxBreadth().at(499));
        assertEquals(2, c.depth().at(7359));
    }

    @Test
    void namesTheFileLineAndFieldOfABadValue(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("x_scale.csv");
        Files.writeString(f, "minute,scale\n0,1\n1,eleven\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ObservedCascade.curve(f, "scale"));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("scale")
                && e.getMessage().contains("eleven"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ObservedCascade.load(DIR, "No_Such_Topic"));
        assertTrue(missing.getMessage().contains("No_Such_Topic"));
    }
}
