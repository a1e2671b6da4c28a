package org.socialsim.workbench.generation;

import java.util.List;
import java.util.Map;
import org.socialsim.workbench.llm.LabelParser;

/**
 * What the LLM judge labels in a text, with the labels it may answer. Each has a prompt file under
 * {@code prompts/judge/} ({@code <key>.txt}); a pair agrees on a dimension when the judge gives the generated and the
 * true text the same label. Answers are read by the LLM layer's {@link LabelParser} (JSON {@code {"label": ...}},
 * fenced or in prose; free text naming exactly one label not under a negation), with a few synonyms as aliases
 * (e.g. "happy" for joy); anything else is malformed.
 */
public enum JudgeDimension {
    /** Ekman's six basic emotions plus neutral. */
    EMOTION("emotion", List.of("anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"),
            Map.ofEntries(Map.entry("angry", "anger"), Map.entry("disgusted", "disgust"), Map.entry("afraid", "fear"),
                    Map.entry("scared", "fear"), Map.entry("fearful", "fear"), Map.entry("happy", "joy"),
                    Map.entry("happiness", "joy"), Map.entry("sad", "sadness"), Map.entry("surprised", "surprise"),
                    Map.entry("none", "neutral"), Map.entry("no emotion", "neutral"))),
    /** Stance toward the study's topic. */
    STANCE("stance", List.of("favor", "against", "neutral"),
            Map.of("favour", "favor", "in favor", "favor", "in favour", "favor", "support", "favor", "supportive",
                    "favor", "oppose", "against", "opposed", "against", "none", "neutral", "neither", "neutral")),
    /** Perceived age bracket of the author. */
    AGE("age", List.of("18-29", "30-49", "50+", "unknown"),
            Map.of("18 to 29", "18-29", "30 to 49", "30-49", "50 or older", "50+", "over 50", "50+",
                    "50 and older", "50+", "cannot tell", "unknown")),
    /** Perceived gender of the author. */
    GENDER("gender", List.of("female", "male", "unknown"),
            Map.of("woman", "female", "man", "male", "cannot tell", "unknown", "unclear", "unknown"));

    private final String key;
    private final List<String> labels;
    private final Map<String, String> synonyms;

    JudgeDimension(String key, List<String> labels, Map<String, String> synonyms) {
        this.key = key;
        this.labels = labels;
        this.synonyms = synonyms;
    }

    /** Lower-case name, used for the prompt file and the measure ("stance" -> "stance_agreement"). */
    public String key() {
        return key;
    }

    /** The labels the judge may answer. */
    public List<String> labels() {
        return labels;
    }

    /** Whole answers accepted in place of a label. */
    public Map<String, String> synonyms() {
        return synonyms;
    }

    /** The parser of the judge's answers on this dimension: its labels, its synonyms, JSON field "label" or the key. */
    public LabelParser<String> parser() {
        LabelParser<String> p = LabelParser.of(labels).fields("label", key);
        for (Map.Entry<String, String> e : synonyms.entrySet()) {
            p = p.alias(e.getKey(), e.getValue());
        }
        return p;
    }

    /** The agreement measure for this dimension. */
    public Measure measure() {
        return new Measure(key + "_agreement", key, true,
                "1 if the LLM judge gives both texts the same " + key + " label, else 0");
    }
}
