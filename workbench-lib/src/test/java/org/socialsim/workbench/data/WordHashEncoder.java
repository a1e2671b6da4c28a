package org.socialsim.workbench.data;

import org.socialsim.workbench.text.Encoder;
import org.socialsim.workbench.text.HashedWordsEncoder;

/** A test encoder: the library's hashed bag of words in 64 slots, counting its calls. */
public final class WordHashEncoder implements Encoder {
    private final Encoder words = new HashedWordsEncoder(64);
    private int calls;

    @Override
    public String name() {
        return "word-hash (test)";
    }

    @Override
    public int dimension() {
        return words.dimension();
    }

    @Override
    public float[] embed(String text) {
        calls++;
        return words.embed(text);
    }

    public int calls() {
        return calls;
    }
}
