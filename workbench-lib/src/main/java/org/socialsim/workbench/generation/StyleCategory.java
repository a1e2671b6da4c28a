package org.socialsim.workbench.generation;

/**
 * The categories of the workbench's open, LIWC-like writing-style profile ({@link StyleProfile}).
 *
 * <p>LIWC is proprietary: these categories and their word lists were written for this workbench (see
 * {@code generation/internal/StyleLexicon}); they are not LIWC's dictionaries and their numbers are not LIWC scores.
 * Word categories may overlap (a word can be a function word and a hedge), as in LIWC. Unless said otherwise a value
 * is a count per 100 words, where "words" are the tokens made of letters and digits (hashtags, mentions, URLs, emoji
 * and punctuation are counted in their own categories and are not words).
 */
public enum StyleCategory {
    /** Number of words (a raw count, not a rate). */
    WORDS("words", "number of words"),
    /** Mean number of characters per word (not a rate). */
    WORD_LENGTH("word length", "mean characters per word"),
    /** I, me, my, mine, myself and their contractions. */
    FIRST_SINGULAR("I-words", "first-person singular pronouns per 100 words"),
    /** We, us, our, ours, ourselves, let's and contractions. */
    FIRST_PLURAL("we-words", "first-person plural pronouns per 100 words"),
    /** You, your, yours, u, ur, y'all and contractions. */
    SECOND_PERSON("you-words", "second-person pronouns per 100 words"),
    /** He, she, they and their other forms. */
    THIRD_PERSON("he/she/they", "third-person pronouns per 100 words"),
    /** Articles, prepositions, conjunctions, auxiliaries and determiners (pronouns are counted apart). */
    FUNCTION_WORDS("function words", "function words per 100 words"),
    /** No, not, never, nothing, ... and every word ending in n't. */
    NEGATIONS("negations", "negations per 100 words"),
    /** Definitely, clearly, always, fact, must, ... */
    CERTAINTY("certainty", "certainty words per 100 words"),
    /** Maybe, perhaps, might, probably, seems, ... */
    HEDGES("hedges", "hedge words per 100 words"),
    /** Exclamation marks. */
    EXCLAMATIONS("!", "exclamation marks per 100 words"),
    /** Question marks. */
    QUESTIONS("?", "question marks per 100 words"),
    /** Every other punctuation character (periods, commas, quotes, dashes, ...). */
    OTHER_PUNCTUATION("other punctuation", "other punctuation characters per 100 words"),
    /** #hashtags. */
    HASHTAGS("hashtags", "hashtags per 100 words"),
    /** @mentions. */
    MENTIONS("mentions", "mentions per 100 words"),
    /** http(s):// and www. links. */
    URLS("URLs", "URLs per 100 words"),
    /** Pictographic emoji and symbols (skin-tone modifiers and joiners are not counted apart). */
    EMOJI("emoji", "emoji per 100 words"),
    /** Words of two or more letters written all in capitals. */
    ALL_CAPS("ALL CAPS", "all-capital words per 100 words");

    private final String label;
    private final String description;

    StyleCategory(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** A short column label. */
    public String label() {
        return label;
    }

    /** What the value measures, with its unit. */
    public String description() {
        return description;
    }
}
