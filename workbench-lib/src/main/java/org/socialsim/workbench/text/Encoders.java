package org.socialsim.workbench.text;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.socialsim.workbench.text.internal.MiniLmResources;
import org.socialsim.workbench.text.internal.OnnxEncoder;

/** Factories for the encoders that ship inside Maven jars (no download at run time). */
public final class Encoders {
    /** Longest text all-MiniLM-L6-v2 reads, in word pieces with [CLS] and [SEP] (sentence-transformers' setting). */
    public static final int MINI_LM_MAX_TOKENS = 256;

    private Encoders() {
    }

    /**
     * all-MiniLM-L6-v2 (a 6-layer BERT, 384 dimensions, unit-length mean-pooled vectors), run directly on ONNX
     * Runtime from the model file inside the LangChain4j jar. Texts longer than {@value #MINI_LM_MAX_TOKENS} word
     * pieces are truncated. Loaded once per JVM; thread-safe.
     */
    public static Encoder miniLm() {
        return MiniLmHolder.INSTANCE;
    }

    /**
     * A separate all-MiniLM-L6-v2 instance with its own ONNX session and its own cache of recent vectors. Most code
     * wants the shared {@link #miniLm()}; a benchmark that must not find another measurement's vectors in the cache
     * wants this.
     */
    public static Encoder newMiniLm() {
        return MiniLmHolder.create();
    }

    /** Adapts any LangChain4j embedding model (e.g. bge-small from its own jar, or a remote one) to {@link Encoder}. */
    public static Encoder of(String name, EmbeddingModel model) {
        return new LangChainEncoder(name, model);
    }

    private static final class MiniLmHolder {
        static final Encoder INSTANCE = create();

        static Encoder create() {
            return new OnnxEncoder("all-MiniLM-L6-v2", MiniLmResources.model(),
                    BertTokenizer.miniLm(MINI_LM_MAX_TOKENS), BertConfig.miniLmL6().hidden());
        }
    }

    /** Adapts a LangChain4j embedding model to {@link Encoder}. */
    private static final class LangChainEncoder implements Encoder {
        private final String name;
        private final EmbeddingModel model;
        private final int dimension;

        LangChainEncoder(String name, EmbeddingModel model) {
            this.name = name;
            this.model = model;
            this.dimension = model.dimension();
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int dimension() {
            return dimension;
        }

        @Override
        public float[] embed(String text) {
            return model.embed(text == null || text.isEmpty() ? " " : text).content().vector();
        }

        @Override
        public List<float[]> embedAll(List<String> texts) {
            List<TextSegment> segments = new ArrayList<>(texts.size());
            for (String t : texts) {
                segments.add(TextSegment.from(t == null || t.isEmpty() ? " " : t));
            }
            List<float[]> out = new ArrayList<>(texts.size());
            model.embedAll(segments).content().forEach(e -> out.add(e.vector()));
            return out;
        }
    }
}
