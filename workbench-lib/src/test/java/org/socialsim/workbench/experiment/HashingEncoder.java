package org.socialsim.workbench.experiment;

import org.socialsim.workbench.text.Encoder;

/**
 * A fast deterministic test encoder: each word adds a pseudo-random direction (a bag of hashed words). Like the
 * shipped encoder, it refuses blank text.
 */
public final class HashingEncoder implements Encoder {
    private final int dim;

    public HashingEncoder(int dim) {
        this.dim = dim;
    }

    @Override
    public String name() {
        return "hashing-" + dim;
    }

    @Override
    public int dimension() {
        return dim;
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text cannot be null or blank");   // as the shipped MiniLM encoder
        }
        float[] v = new float[dim];
        for (String w : text.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(w.hashCode());
            for (int i = 0; i < dim; i++) {
                v[i] += (float) r.nextGaussian();
            }
        }
        return v;
    }
}
