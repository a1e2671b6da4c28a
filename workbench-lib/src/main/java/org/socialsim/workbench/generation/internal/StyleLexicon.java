package org.socialsim.workbench.generation.internal;

import java.util.Set;

/**
 * The word lists of the workbench's LIWC-like style profile. Written for this workbench from ordinary English grammar
 * and hedging/booster vocabulary; they are not LIWC's dictionaries (which are proprietary). Entries are lower case
 * with a straight apostrophe; tokens are normalised the same way before lookup.
 */
public final class StyleLexicon {
    private StyleLexicon() {
    }

    public static final Set<String> FIRST_SINGULAR = Set.of(
            "i", "me", "my", "mine", "myself", "i'm", "im", "i've", "ive", "i'll", "i'd");

    public static final Set<String> FIRST_PLURAL = Set.of(
            "we", "us", "our", "ours", "ourselves", "we're", "we've", "we'll", "we'd", "let's", "lets");

    public static final Set<String> SECOND_PERSON = Set.of(
            "you", "your", "yours", "yourself", "yourselves", "you're", "youre", "you've", "you'll", "you'd",
            "u", "ur", "y'all", "yall", "ya");

    public static final Set<String> THIRD_PERSON = Set.of(
            "he", "him", "his", "himself", "she", "her", "hers", "herself", "they", "them", "their", "theirs",
            "themselves", "he's", "she's", "they're", "they've", "they'll", "they'd", "he'd", "she'd", "he'll",
            "she'll");

    public static final Set<String> FUNCTION_WORDS = Set.of(
            // articles
            "a", "an", "the",
            // prepositions
            "about", "above", "after", "against", "along", "among", "around", "at", "before", "behind", "below",
            "beside", "between", "beyond", "by", "despite", "during", "for", "from", "in", "inside", "into", "near",
            "of", "off", "on", "onto", "out", "outside", "over", "per", "since", "through", "throughout", "to",
            "toward", "towards", "under", "until", "up", "upon", "via", "with", "within", "without",
            // conjunctions
            "and", "but", "or", "so", "yet", "because", "although", "though", "while", "if", "unless", "whereas",
            "than", "as", "whether",
            // auxiliaries and modals
            "am", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            // determiners and quantifiers
            "this", "that", "these", "those", "some", "any", "all", "each", "every", "both", "few", "many", "much",
            "more", "most", "such", "other", "another");

    public static final Set<String> NEGATIONS = Set.of(
            "no", "not", "never", "none", "nobody", "nothing", "nowhere", "neither", "nor", "cannot", "nope",
            "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt", "wont", "wouldnt",
            "shouldnt", "havent", "hasnt", "hadnt", "aint");

    public static final Set<String> CERTAINTY = Set.of(
            "absolutely", "always", "certain", "certainly", "clearly", "completely", "definitely", "entirely",
            "fact", "facts", "guaranteed", "indeed", "must", "obviously", "proven", "sure", "surely", "totally",
            "truly", "undeniable", "undeniably", "undoubtedly", "unquestionably");

    public static final Set<String> HEDGES = Set.of(
            "maybe", "perhaps", "possibly", "probably", "might", "seem", "seems", "seemed", "seemingly",
            "apparently", "likely", "unlikely", "guess", "suppose", "supposedly", "somewhat", "kinda", "sorta",
            "somehow", "unclear", "unsure", "uncertain", "doubt", "doubtful", "wonder", "allegedly", "roughly",
            "approximately", "almost", "possible");

    /** Whether a normalised word is a negation (listed, or a contraction ending in n't). */
    public static boolean isNegation(String word) {
        return NEGATIONS.contains(word) || word.endsWith("n't");
    }
}
