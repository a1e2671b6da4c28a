package org.socialsim.workbench.text;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * VADER sentiment (Hutto and Gilbert 2014, a lexicon and rules tuned for social media), through the Java port in
 * {@code com.github.apanimesh061:vader-sentiment-analyzer}, whose lexicon ships inside its jar. Thread-safe.
 */
public final class Vader {
    /** The usual VADER cut-off: a compound score at or above it is positive, at or below its negation negative. */
    public static final double POLARITY_THRESHOLD = 0.05;

    private Vader() {
    }

    /** A text's sentiment class from its compound score. */
    public enum Polarity {
        NEGATIVE, NEUTRAL, POSITIVE;

        /** The class of a compound score, with the usual +/-0.05 cut-off. */
        public static Polarity of(double compound) {
            if (compound >= POLARITY_THRESHOLD) {
                return POSITIVE;
            }
            return compound <= -POLARITY_THRESHOLD ? NEGATIVE : NEUTRAL;
        }
    }

    /**
     * VADER's four scores for one text.
     *
     * @param negative share of negative valence
     * @param neutral  share of neutral valence
     * @param positive share of positive valence
     * @param compound normalised sum of valences, in [-1, 1]
     */
    public record Scores(double negative, double neutral, double positive, double compound) {
        public Scores {
            if (!(compound >= -1 && compound <= 1)) {
                throw new IllegalArgumentException("compound score must be in [-1, 1], was " + compound);
            }
        }

        /** The sentiment class of this text. */
        public Polarity polarity() {
            return Polarity.of(compound);
        }
    }

    /** Scores one text (null reads as empty; an empty text scores all zeros). */
    public static Scores scores(String text) {
        String t = text == null ? "" : text;
        try {
            SentimentAnalyzer analyzer = new SentimentAnalyzer(t);
            analyzer.analyze();
            Map<String, Float> p = analyzer.getPolarity();
            return new Scores(p.get("negative"), p.get("neutral"), p.get("positive"), p.get("compound"));
        } catch (IOException e) {
            throw new UncheckedIOException("VADER could not tokenize the text '" + abbreviate(t) + "': " + e, e);
        }
    }

    /** The compound score of one text, in [-1, 1]. */
    public static double compound(String text) {
        return scores(text).compound();
    }

    private static String abbreviate(String t) {
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }
}
