package org.socialsim.workbench.data.rewrite;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The keyword half of rewrite detection: whether a candidate post and a source post share enough keywords. Combine
 * with the cosine threshold in {@link RewriteDetector.Options}.
 */
@FunctionalInterface
public interface KeywordRule {

    /** Whether the candidate's words match the source's (both as {@link #words} of their texts). */
    boolean matches(Set<String> candidate, Set<String> source);

    /** A short description for tables. */
    default String describe() {
        return "custom";
    }

    /** No keyword condition (cosine alone decides). */
    static KeywordRule none() {
        return named("none", (a, b) -> true);
    }

    /** At least {@code min} content words (3+ letters, not a stop word; any token with a digit) in common. */
    static KeywordRule sharedWords(int min) {
        if (min < 1) {
            throw new IllegalArgumentException("min must be >= 1, was " + min);
        }
        return named("shares >= " + min + " content words", (a, b) -> {
            int n = 0;
            for (String w : a) {
                if (b.contains(w) && ++n >= min) {
                    return true;
                }
            }
            return false;
        });
    }

    /** Both texts contain a keyword of the list (lower-case words, e.g. "vaccine", "pfizer"), the same one. */
    static KeywordRule anyOf(Collection<String> keywords) {
        Set<String> ks = new HashSet<>();
        keywords.forEach(k -> ks.add(k.toLowerCase(Locale.ROOT)));
        return named("shares one of " + ks.size() + " keywords", (a, b) -> {
            for (String k : ks) {
                if (a.contains(k) && b.contains(k)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A rule with a description. */
    static KeywordRule named(String description, KeywordRule rule) {
        return new KeywordRule() {
            @Override
            public boolean matches(Set<String> candidate, Set<String> source) {
                return rule.matches(candidate, source);
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }

    /** The content words of a text: lower-case tokens of 3+ letters that are not stop words, and tokens with digits. */
    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            boolean digit = w.chars().anyMatch(Character::isDigit);
            if (digit || (w.length() >= 3 && !StopWords.ENGLISH.contains(w))) {
                out.add(w);
            }
        }
        return out;
    }

    /** A small English stop-word list. */
    final class StopWords {
        static final Set<String> ENGLISH = Set.of("the", "and", "for", "are", "but", "not", "you", "all", "any",
                "can", "had", "her", "was", "one", "our", "out", "has", "have", "this", "that", "with", "from",
                "they", "will", "would", "there", "their", "what", "about", "which", "when", "make", "like", "just",
                "than", "then", "them", "these", "some", "into", "been", "were", "your", "yours", "more", "most",
                "also", "very", "does", "did", "its", "it's", "who", "how", "why", "get", "got", "his", "she",
                "him", "too", "now", "only", "over", "such", "here", "still", "should", "could", "being", "because",
                "while", "where", "after", "before", "again", "even", "much", "many", "way", "really", "http",
                "https", "amp");

        private StopWords() {
        }
    }
}
