package org.socialsim.workbench.text;

import java.util.Locale;

/**
 * A bag of hashed words: each lower-case word adds one to the slot its hash picks, so texts that share words are
 * close and texts that do not are orthogonal. Not a language model and not semantic; it is for tests, benchmarks that
 * measure the code around an encoder rather than the encoder, and quick checks with no model at all. Deterministic
 * and thread-safe.
 */
public final class HashedWordsEncoder implements Encoder {
    private final int dimension;

    /** An encoder into {@code dimension} slots (at least 1). */
    public HashedWordsEncoder(int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, was " + dimension);
        }
        this.dimension = dimension;
    }

    @Override
    public String name() {
        return "hashed bag of words (" + dimension + ", not a language model)";
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[] embed(String text) {
        float[] v = new float[dimension];
        if (text == null) {
            return v;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                v[Math.floorMod(w.hashCode(), dimension)] += 1;
            }
        }
        return v;
    }
}
