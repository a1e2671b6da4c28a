package org.socialsim.workbench.generation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.socialsim.workbench.generation.JudgeDimension;

/**
 * Reads a judge's answer into one of a dimension's labels, or says why it cannot. Accepted: a JSON object with a
 * {@code label} (or the dimension's key) field, possibly inside a code fence or prose; a bare label or synonym; or
 * prose that names exactly one label as a whole word. Anything else (empty, no label, several labels, a JSON label
 * outside the list) is malformed.
 */
public final class JudgeAnswerParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JudgeAnswerParser() {
    }

    /**
     * The outcome of parsing one answer.
     *
     * @param label   the label, or null when malformed
     * @param problem why it is malformed; empty when parsed
     */
    public record Parsed(String label, String problem) {
        public boolean ok() {
            return label != null;
        }
    }

    /** Parses an answer for a dimension. */
    public static Parsed parse(String answer, JudgeDimension d) {
        String s = answer == null ? "" : answer.strip();
        if (s.isEmpty()) {
            return new Parsed(null, "empty answer");
        }
        int open = s.indexOf('{');
        int close = s.lastIndexOf('}');
        if (open >= 0 && close > open) {
            JsonNode node = readJson(s.substring(open, close + 1));
            if (node != null && node.isObject()) {
                JsonNode v = node.hasNonNull("label") ? node.get("label") : node.get(d.key());
                if (v == null || !v.isValueNode()) {
                    return new Parsed(null, "JSON answer has no \"label\" field");
                }
                String label = canonical(v.asText(), d);
                return label != null ? new Parsed(label, "")
                        : new Parsed(null, "JSON label '" + v.asText() + "' is not one of " + d.labels());
            }
        }
        String exact = canonical(s, d);
        if (exact != null) {
            return new Parsed(exact, "");
        }
        String text = normalize(s);
        Set<String> found = new TreeSet<>();
        for (String label : d.labels()) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(label) + "(?![\\p{L}\\p{N}+])");
            if (word.matcher(text).find()) {
                found.add(label);
            }
        }
        if (found.size() == 1) {
            return new Parsed(found.iterator().next(), "");
        }
        return new Parsed(null, found.isEmpty() ? "no label of " + d.labels() + " found" : "several labels " + found);
    }

    /** The label an exact answer stands for (a label or a synonym, ignoring case, quotes and a final period). */
    static String canonical(String answer, JudgeDimension d) {
        String n = normalize(answer).replaceAll("^[\"'`*\\s]+|[\"'`*.!\\s]+$", "");
        if (d.labels().contains(n)) {
            return n;
        }
        return d.synonyms().get(n);
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"').replaceAll("\\s*-\\s*", "-").strip();
    }

    private static JsonNode readJson(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            return null;
        }
    }
}
