package org.socialsim.workbench.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Text to vector: the one sentence encoder used by rewrite detection, few-shot retrieval, the frozen-BERT baseline,
 * alignment scoring and the simulator's relevance score.
 */
public interface Encoder {

    /** The model's name, e.g. "all-MiniLM-L6-v2". */
    String name();

    /** Length of the vectors. */
    int dimension();

    /** Embeds one text. */
    float[] embed(String text);

    /** Embeds many texts, in order (implementations batch). */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    /** Cosine similarity of two vectors of equal length; 0 if either is all zeros. */
    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vector lengths differ: " + a.length + " vs " + b.length);
        }
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0.0 : dot / Math.sqrt(na * nb);
    }
}
