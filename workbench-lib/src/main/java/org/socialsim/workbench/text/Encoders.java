package org.socialsim.workbench.text;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/** Factories for the encoders that ship inside Maven jars (no download at run time). */
public final class Encoders {
    private Encoders() {
    }

    /** all-MiniLM-L6-v2 (a 6-layer BERT, 384 dimensions), run by ONNX Runtime through LangChain4j. Loaded once. */
    public static Encoder miniLm() {
        return MiniLmHolder.INSTANCE;
    }

    private static final class MiniLmHolder {
        static final Encoder INSTANCE = new LangChainEncoder("all-MiniLM-L6-v2", new AllMiniLmL6V2EmbeddingModel());
    }

    /** Adapts a LangChain4j in-process embedding model to {@link Encoder}. */
    static final class LangChainEncoder implements Encoder {
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
            return model.embed(text == null ? "" : text).content().vector();
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
