package org.socialsim.workbench.data;

import java.util.Locale;
import org.socialsim.workbench.text.Encoder;

/** A test encoder: hashed bag of lower-case words (texts sharing words are close). Counts its calls. */
public final class WordHashEncoder implements Encoder {
    private int calls;

    @Override
    public String name() {
        return "word-hash (test)";
    }

    @Override
    public int dimension() {
        return 64;
    }

    @Override
    public float[] embed(String text) {
        calls++;
        float[] v = new float[64];
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                v[Math.floorMod(w.hashCode(), 64)] += 1;
            }
        }
        return v;
    }

    public int calls() {
        return calls;
    }
}
