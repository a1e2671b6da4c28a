package org.socialsim.workbench.generation;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialsim.workbench.generation.internal.StyleLexicon;

/**
 * A text's writing style as one number per {@link StyleCategory}: an open, documented, LIWC-like profile. The
 * categories and word lists are the workbench's own (LIWC's dictionaries are proprietary and not used).
 *
 * <p>Two profiles are compared with {@link #distance}: the mean, over categories, of the Canberra term
 * {@code |a - b| / (|a| + |b|)} (0 when both are 0). Each term is in [0, 1] whatever the category's unit, so word
 * counts, rates and lengths weigh the same; 0 means the same style on every category, 1 the most different.
 *
 * @param values one value per category, in {@link StyleCategory} order
 */
public record StyleProfile(double[] values) {
    private static final StyleCategory[] CATEGORIES = StyleCategory.values();
    private static final Pattern TOKEN = Pattern.compile(
            "(?<url>(?:https?://|www\\.)\\S+)|(?<mention>@[\\p{L}\\p{N}_]+)|(?<hashtag>#[\\p{L}\\p{N}_]+)"
                    + "|(?<word>[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)*)|(?<other>\\S)");

    public StyleProfile {
        if (values.length != CATEGORIES.length) {
            throw new IllegalArgumentException("a style profile has " + CATEGORIES.length + " values, got "
                    + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || values[i] < 0) {
                throw new IllegalArgumentException("style value " + CATEGORIES[i] + " must be finite and >= 0, was "
                        + values[i]);
            }
        }
        values = values.clone();
    }

    /** The profile of a text (null reads as empty; an empty text has all values 0). */
    public static StyleProfile of(String text) {
        double[] counts = new double[CATEGORIES.length];
        if (text != null && !text.isEmpty()) {
            count(text, counts);
        }
        double words = counts[StyleCategory.WORDS.ordinal()];
        double per100 = 100.0 / Math.max(1.0, words);
        for (StyleCategory c : CATEGORIES) {
            if (c != StyleCategory.WORDS && c != StyleCategory.WORD_LENGTH) {
                counts[c.ordinal()] *= per100;
            }
        }
        int length = StyleCategory.WORD_LENGTH.ordinal();
        counts[length] = words == 0 ? 0 : counts[length] / words;
        return new StyleProfile(counts);
    }

    /** The value of one category. */
    public double value(StyleCategory c) {
        return values[c.ordinal()];
    }

    /** A copy of the values, in {@link StyleCategory} order. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The mean Canberra distance to another profile, in [0, 1] (0 = the same on every category). */
    public double distance(StyleProfile other) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            double a = values[i];
            double b = other.values[i];
            double denominator = Math.abs(a) + Math.abs(b);
            sum += denominator == 0 ? 0 : Math.abs(a - b) / denominator;
        }
        return sum / values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StyleProfile p && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StyleProfile[");
        for (StyleCategory c : CATEGORIES) {
            sb.append(c.label()).append('=').append(String.format(Locale.ROOT, "%.2f", values[c.ordinal()]))
                    .append(c.ordinal() + 1 < CATEGORIES.length ? ", " : "]");
        }
        return sb.toString();
    }

    private static void count(String text, double[] counts) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.start("word") >= 0) {
                countWord(m.group("word"), counts);
            } else if (m.start("url") >= 0) {
                counts[StyleCategory.URLS.ordinal()]++;
            } else if (m.start("mention") >= 0) {
                counts[StyleCategory.MENTIONS.ordinal()]++;
            } else if (m.start("hashtag") >= 0) {
                counts[StyleCategory.HASHTAGS.ordinal()]++;
            } else {
                countSymbol(m.group("other").codePointAt(0), counts);
            }
        }
    }

    private static void countWord(String raw, double[] counts) {
        counts[StyleCategory.WORDS.ordinal()]++;
        counts[StyleCategory.WORD_LENGTH.ordinal()] += raw.codePointCount(0, raw.length());
        if (isAllCaps(raw)) {
            counts[StyleCategory.ALL_CAPS.ordinal()]++;
        }
        String w = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        add(counts, StyleCategory.FIRST_SINGULAR, StyleLexicon.FIRST_SINGULAR.contains(w));
        add(counts, StyleCategory.FIRST_PLURAL, StyleLexicon.FIRST_PLURAL.contains(w));
        add(counts, StyleCategory.SECOND_PERSON, StyleLexicon.SECOND_PERSON.contains(w));
        add(counts, StyleCategory.THIRD_PERSON, StyleLexicon.THIRD_PERSON.contains(w));
        add(counts, StyleCategory.FUNCTION_WORDS, StyleLexicon.FUNCTION_WORDS.contains(w));
        add(counts, StyleCategory.NEGATIONS, StyleLexicon.isNegation(w));
        add(counts, StyleCategory.CERTAINTY, StyleLexicon.CERTAINTY.contains(w));
        add(counts, StyleCategory.HEDGES, StyleLexicon.HEDGES.contains(w));
    }

    private static void countSymbol(int cp, double[] counts) {
        if (cp == '!') {
            counts[StyleCategory.EXCLAMATIONS.ordinal()]++;
        } else if (cp == '?') {
            counts[StyleCategory.QUESTIONS.ordinal()]++;
        } else if (isEmoji(cp)) {
            counts[StyleCategory.EMOJI.ordinal()]++;
        } else if (isPunctuation(cp)) {
            counts[StyleCategory.OTHER_PUNCTUATION.ordinal()]++;
        }
    }

    private static void add(double[] counts, StyleCategory c, boolean hit) {
        if (hit) {
            counts[c.ordinal()]++;
        }
    }

    private static boolean isAllCaps(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (Character.isLetter(ch)) {
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean isEmoji(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL
                && (cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF));
    }

    private static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
