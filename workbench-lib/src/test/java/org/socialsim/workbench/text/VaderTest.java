package org.socialsim.workbench.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class VaderTest {
    @Test
    void matchesTheCompoundScoresPublishedInVadersReadme() {
        // reference values from the VADER README (Hutto's vaderSentiment, NLTK's port gives the same)
        assertEquals(0.8316, Vader.compound("VADER is smart, handsome, and funny."), 1e-4);
        assertEquals(0.4404, Vader.compound("The book was good."), 1e-4);
        assertEquals(-0.7424, Vader.compound("VADER is not smart, handsome, nor funny."), 1e-4);
        assertEquals(0.0, Vader.compound(""), 0.0);
    }

    @Test
    void polarityUsesTheUsualCutOff() {
        assertEquals(Vader.Polarity.POSITIVE, Vader.Polarity.of(0.05));
        assertEquals(Vader.Polarity.NEUTRAL, Vader.Polarity.of(0.0499));
        assertEquals(Vader.Polarity.NEUTRAL, Vader.Polarity.of(-0.0499));
        assertEquals(Vader.Polarity.NEGATIVE, Vader.Polarity.of(-0.05));
        assertEquals(Vader.Polarity.NEGATIVE, Vader.scores("VADER is not smart, handsome, nor funny.").polarity());
    }
}
