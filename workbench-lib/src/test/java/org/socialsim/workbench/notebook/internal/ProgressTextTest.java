package org.socialsim.workbench.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.socialsim.workbench.notebook.Html;

class ProgressTextTest {
    private static final long SEC = 1_000_000_000L;

    @Test
    void runningLineHasCountPercentRateElapsedAndEta() {
        Html h = ProgressText.running("llm calls", 300, 1200, 60 * SEC, "cache hits 12");
        assertEquals("llm calls [######------------------] 300/1,200  25% · 5.0/s · 1:00 elapsed · ETA 3:00"
                + " · cache hits 12", h.text());
        assertTrue(h.html().contains("<progress value=\"300\" max=\"1200\""), h.html());
        assertTrue(h.html().contains("<b>llm calls</b>"), h.html());
    }

    @Test
    void unknownTotalShowsCountAndRateOnly() {
        Html h = ProgressText.running("steps", 42, -1, 2 * SEC, "");
        assertEquals("steps 42 done · 21.0/s · 0:02 elapsed", h.text());
        assertTrue(!h.html().contains("<progress"), h.html());
    }

    @Test
    void summaryAndClock() {
        assertEquals("fit [########################] done 7,200 in 1:00:00 (2.0/s)",
                ProgressText.finished("fit", 7200, 7200, 3600 * SEC, null).text());
        assertEquals("0:05", ProgressText.clock(4.6));
        assertEquals("1:01:01", ProgressText.clock(3661));
    }

    @Test
    void escapesTheTaskAndMessageInHtml() {
        Html h = ProgressText.running("<x>", 1, 2, SEC, "a&b");
        assertTrue(h.html().contains("&lt;x&gt;") && h.html().contains("a&amp;b"), h.html());
    }
}
