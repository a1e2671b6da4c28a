package org.socialsim.workbench.text;

/**
 * The shape of a BERT encoder: what a checkpoint's weights must fit.
 *
 * @param vocabSize      word-piece vocabulary size
 * @param hidden         width of every token vector
 * @param layers         number of transformer layers
 * @param heads          attention heads per layer ({@code hidden} must divide by it)
 * @param intermediate   width of the feed-forward layer
 * @param maxPositions   longest sequence the position embeddings cover
 * @param typeVocabSize  number of segment (token type) ids
 * @param layerNormEps   the epsilon of every LayerNorm
 */
public record BertConfig(int vocabSize, int hidden, int layers, int heads, int intermediate, int maxPositions,
                         int typeVocabSize, float layerNormEps) {
    public BertConfig {
        if (vocabSize <= 0 || hidden <= 0 || layers <= 0 || heads <= 0 || intermediate <= 0 || maxPositions <= 0
                || typeVocabSize <= 0) {
            throw new IllegalArgumentException("BERT sizes must be positive: " + sizes(vocabSize, hidden, layers,
                    heads, intermediate, maxPositions, typeVocabSize));
        }
        if (hidden % heads != 0) {
            throw new IllegalArgumentException("hidden size " + hidden + " does not divide into " + heads + " heads");
        }
        if (!(layerNormEps > 0)) {
            throw new IllegalArgumentException("layerNormEps must be > 0, was " + layerNormEps);
        }
    }

    /** all-MiniLM-L6-v2: 6 layers of width 384 with 12 heads, feed-forward 1536 (sentence-transformers' config). */
    public static BertConfig miniLmL6() {
        return new BertConfig(30522, 384, 6, 12, 1536, 512, 2, 1e-12f);
    }

    /** Width of one attention head. */
    public int headSize() {
        return hidden / heads;
    }

    private static String sizes(int... v) {
        return java.util.Arrays.toString(v);
    }
}
