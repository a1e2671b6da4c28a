package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StyleProfileTest {
    private static final double EPS = 1e-9;

    @Test
    void countsEveryCategoryOfAHandCheckedTweet() {
        // words: I, don't, think, we, should, maybe (6); one hashtag, mention, URL and emoji; !! ? and one comma
        StyleProfile p = StyleProfile.of("I don't think we should, maybe? #vaccine @cdc https://x.co/a \uD83D\uDE00!!");
        double per100 = 100.0 / 6;
        Map<StyleCategory, Double> expected = Map.ofEntries(
                Map.entry(StyleCategory.WORDS, 6.0),
                Map.entry(StyleCategory.WORD_LENGTH, (1 + 5 + 5 + 2 + 6 + 5) / 6.0),
                Map.entry(StyleCategory.FIRST_SINGULAR, per100),
                Map.entry(StyleCategory.FIRST_PLURAL, per100),
                Map.entry(StyleCategory.SECOND_PERSON, 0.0),
                Map.entry(StyleCategory.THIRD_PERSON, 0.0),
                Map.entry(StyleCategory.FUNCTION_WORDS, per100),          // should
                Map.entry(StyleCategory.NEGATIONS, per100),               // don't
                Map.entry(StyleCategory.CERTAINTY, 0.0),
                Map.entry(StyleCategory.HEDGES, per100),                  // maybe
                Map.entry(StyleCategory.EXCLAMATIONS, 2 * per100),
                Map.entry(StyleCategory.QUESTIONS, per100),
                Map.entry(StyleCategory.OTHER_PUNCTUATION, per100),       // the comma
                Map.entry(StyleCategory.HASHTAGS, per100),
                Map.entry(StyleCategory.MENTIONS, per100),
                Map.entry(StyleCategory.URLS, per100),
                Map.entry(StyleCategory.EMOJI, per100),
                Map.entry(StyleCategory.ALL_CAPS, 0.0));                  // "I" has one letter only
        for (StyleCategory c : StyleCategory.values()) {
            assertEquals(expected.get(c), p.value(c), EPS, c.name());
        }
    }

    @Test
    void capitalsCertaintyAndPronounsAreCounted() {
        StyleProfile p = StyleProfile.of("STOP the MANDATES, they definitely hurt you");
        // words: STOP the MANDATES they definitely hurt you = 7
        assertEquals(7, p.value(StyleCategory.WORDS), EPS);
        assertEquals(200.0 / 7, p.value(StyleCategory.ALL_CAPS), EPS);
        assertEquals(100.0 / 7, p.value(StyleCategory.CERTAINTY), EPS);
        assertEquals(100.0 / 7, p.value(StyleCategory.THIRD_PERSON), EPS);
        assertEquals(100.0 / 7, p.value(StyleCategory.SECOND_PERSON), EPS);
        assertEquals(100.0 / 7, p.value(StyleCategory.FUNCTION_WORDS), EPS); // the
        assertEquals(100.0 / 7, p.value(StyleCategory.OTHER_PUNCTUATION), EPS);
    }

    @Test
    void curlyApostrophesReadLikeStraightOnes() {
        assertEquals(StyleProfile.of("I can't, we won't").value(StyleCategory.NEGATIONS),
                StyleProfile.of("I can\u2019t, we won\u2019t").value(StyleCategory.NEGATIONS), EPS);
        assertEquals(50.0, StyleProfile.of("I can\u2019t, we won\u2019t").value(StyleCategory.NEGATIONS), EPS);
    }

    @Test
    void distanceIsTheMeanCanberraTermHandComputed() {
        // "Yes!": words 1, length 3, ! 100.  "No.": words 1, length 2, negations 100, other punctuation 100.
        // terms: length |3-2|/5 = 0.2; ! 1; negations 1; other punctuation 1; all else 0  => 3.2 / 18
        StyleProfile yes = StyleProfile.of("Yes!");
        StyleProfile no = StyleProfile.of("No.");
        assertEquals(3.2 / StyleCategory.values().length, yes.distance(no), EPS);
        assertEquals(yes.distance(no), no.distance(yes), EPS);
    }

    @Test
    void distanceIsZeroForTheSameStyleAndAtMostOne() {
        StyleProfile a = StyleProfile.of("Get vaccinated!!! #covid");
        assertEquals(0.0, a.distance(StyleProfile.of("Get vaccinated!!! #covid")), EPS);
        assertEquals(0.0, StyleProfile.of("").distance(StyleProfile.of(null)), EPS);
        double d = a.distance(StyleProfile.of("i guess maybe we should wait, perhaps"));
        assertTrue(d > 0 && d <= 1, "distance " + d);
        assertEquals(1.0, StyleProfile.of("").distance(StyleProfile.of("#a")) * StyleCategory.values().length, EPS);
    }

    @Test
    void rejectsAProfileOfTheWrongShape() {
        assertThrows(IllegalArgumentException.class, () -> new StyleProfile(new double[3]));
        double[] negative = new double[StyleCategory.values().length];
        negative[0] = -1;
        assertThrows(IllegalArgumentException.class, () -> new StyleProfile(negative));
    }
}
