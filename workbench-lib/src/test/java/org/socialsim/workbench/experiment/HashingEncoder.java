package org.socialsim.workbench.experiment;

import org.socialsim.workbench.text.Encoder;

/** A fast deterministic test encoder: each word adds a pseudo-random unit direction (a bag of hashed words). */
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
