package org.socialsim.workbench.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.Workbench;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Datasets;
import org.socialsim.workbench.data.EngagementDataset;

/** The corpus in datasets/vaccine-engagement is exactly what the documented generator and seed make. */
class ShippedCorpusTest {
    @Test
    void shippedFilesAreTheGeneratorsOutputForTheDocumentedSeed() {
        EngagementDataset shipped = Datasets.load(Workbench.datasets().resolve("vaccine-engagement"));
        EngagementDataset generated = SyntheticCorpus.generate(SynthOptions.DEFAULTS).dataset();
        assertEquals(generated.userList(), shipped.userList());
        assertEquals(generated.postList(), shipped.postList());
        assertEquals(generated.engagementList(), shipped.engagementList());
        EngagementDataset entries = SyntheticCorpus.entriesOf(shipped, SynthOptions.DEFAULTS);
        assertEquals(Map.of(Action.RETWEET, 1330, Action.QUOTE, 1330, Action.REWRITE, 1330), entries.actionCounts());
    }
}
