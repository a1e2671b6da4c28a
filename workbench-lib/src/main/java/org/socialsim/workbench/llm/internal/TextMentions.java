package org.socialsim.workbench.llm.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding labels in free text: where each label form is mentioned, whether a negation governs the mention, answer
 * markers ("Answer: quote"), a first sentence that is just a label, and JSON objects embedded in prose.
 */
public final class TextMentions {
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "neither", "nor", "without", "cannot");
    private static final Pattern MARKER = Pattern.compile(
            "\\b(final answer|answer|action|prediction|predicted action|label|choice|decision|output|classification)"
                    + "\\s*(?:is|would be|will be|:|=|-)\\s*[\\s\"'*`_\\[(]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?\\n,]|\\bbut\\b|\\bhowever\\b");
    private static final int NEGATION_WINDOW = 5;

    private TextMentions() {
    }

    /** A label form found at [start, end) of the text. */
    public record Mention(String form, int start, int end, boolean negated) {
    }

    /** The label itself and simple English inflections of a one-word label (quote: quotes, quoted, quoting). */
    public static List<String> inflections(String label) {
        if (label.contains(" ") || label.length() < 3) {
            return List.of(label);
        }
        if (label.endsWith("e")) {
            String stem = label.substring(0, label.length() - 1);
            return List.of(label, label + "s", label + "d", stem + "ing");
        }
        return List.of(label, label + "s", label + "ed", label + "ing");
    }

    /** Every non-overlapping mention of the forms (longest first where they overlap), in text order. */
    public static List<Mention> find(String text, Collection<String> forms) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Mention> all = new ArrayList<>();
        for (String f : forms) {
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f).replace(" ", "\\E[\\s-]+\\Q")
                    + "(?![\\p{L}\\p{N}])");
            Matcher m = p.matcher(lower);
            while (m.find()) {
                all.add(new Mention(f, m.start(), m.end(), false));
            }
        }
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        int covered = -1;
        for (Mention m : all) {
            if (m.start() >= covered) {
                kept.add(new Mention(m.form(), m.start(), m.end(), negated(lower, m.start())));
                covered = m.end();
            }
        }
        return kept;
    }

    /** Whether a negation in the same clause, a few words before {@code at}, governs the word at {@code at}. */
    static boolean negated(String lower, int at) {
        String before = lower.substring(0, at);
        Matcher end = CLAUSE_END.matcher(before);
        int clauseStart = 0;
        while (end.find()) {
            clauseStart = end.end();
        }
        String[] words = before.substring(clauseStart).strip().split("[^\\p{L}']+");
        for (int i = Math.max(0, words.length - NEGATION_WINDOW); i < words.length; i++) {
            String w = words[i];
            if (NEGATORS.contains(w) || w.endsWith("n't")) {
                return true;
            }
            if (i + 1 < words.length && (w.equals("rather") && words[i + 1].equals("than")
                    || w.equals("instead") && words[i + 1].equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /** The mention right after the last answer marker ("Answer: quote", "the final answer is quote"), or null. */
    public static Mention afterMarker(String text, List<Mention> mentions) {
        Matcher m = MARKER.matcher(text);
        Mention found = null;
        while (m.find()) {
            for (Mention x : mentions) {
                if (x.start() == m.end() && !x.negated()) {
                    found = x;
                }
            }
        }
        return found;
    }

    /** The mention that makes up the whole first sentence ("Quote." or "**quote**\n..."), or null. */
    public static Mention leadingSentence(String text, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return null;
        }
        Mention first = mentions.get(0);
        if (!text.substring(0, first.start()).matches("[\\s\"'*`_#>\\[(]*")) {
            return null;
        }
        String after = text.substring(first.end());
        return after.matches("(?s)[\\s\"'*`_\\])]*([.!\\n].*)?") ? first : null;
    }

    /** Balanced top-level {...} spans of the text (quotes and escapes respected), in order. */
    public static List<String> jsonObjects(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = -1;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || (c == '\'' && depth > 0)) {
                quote = depth > 0 ? c : 0;
            } else if (c == '{') {
                if (depth++ == 0) {
                    start = i;
                }
            } else if (c == '}' && depth > 0 && --depth == 0) {
                out.add(text.substring(start, i + 1));
            }
        }
        return out;
    }
}
