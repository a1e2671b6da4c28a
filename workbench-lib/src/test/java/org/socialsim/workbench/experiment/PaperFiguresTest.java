package org.socialsim.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class PaperFiguresTest {

    @Test
    void everyRowIsMarkedAsReportedByThePaper() {
        Table t = PaperFigures.table();
        assertEquals(PaperFigures.all().size(), t.rowCount());
        assertTrue(t.stringColumn("source").asList().stream().allMatch(s -> s.startsWith("reported by the paper")));
        assertEquals(0.5714, PaperFigures.BERT_FINETUNED.value(), 0);
        assertEquals(0.1961, PaperFigures.ONE_SHOT_DIP.value(), 0);
        assertTrue(t.doubleColumn("value").isMissing(4), "the quote bias is reported in words only");
    }

    @Test
    void shotCurveReferenceHasSweepColumns() {
        Table t = PaperFigures.shotCurveReference(0, 1, 5);
        assertEquals(4, t.rowCount());
        assertEquals(0.1961, t.doubleColumn("accuracy").get(3), 0);
        assertEquals(1, t.intColumn("shots").get(3));
        assertEquals(t.doubleColumn("accuracy").asList(), t.doubleColumn("accuracy_low").asList());
    }

    /** The numbers are the ones in the project's copy of the paper (when it is reachable from the test). */
    @Test
    void numbersAppearInThePaperText() throws IOException {
        Path paper = Path.of("..", "..", "shared", "papers", "action-guided-engagement-2502.12073.md");
        if (!Files.exists(paper)) {
            paper = Path.of("..", "shared", "papers", "action-guided-engagement-2502.12073.md");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(paper), "paper text not beside the repository");
        String text = Files.readString(paper);
        for (String n : new String[] {"57.14%", "8.90%", "19.61%", "3,990", "5+ examples"}) {
            assertTrue(text.contains(n), n + " not in the paper text");
        }
    }
}
