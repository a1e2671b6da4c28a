package org.socialsim.workbench.text;

import java.lang.ref.SoftReference;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.socialsim.workbench.text.internal.MiniLmResources;
import org.socialsim.workbench.text.internal.OnnxInitializers;
import org.socialsim.workbench.text.internal.OnnxInitializers.Tensor;

/**
 * The pretrained weights of a BERT encoder by Hugging Face name (e.g.
 * {@code encoder.layer.0.attention.self.query.weight}), checked against a {@link BertConfig}. Dense weights are in [in, out] layout (as the ONNX export stores them:
 * {@code y = x W + b}), embeddings in [rows, hidden].
 */
public final class BertWeights {
    private static SoftReference<BertWeights> miniLm = new SoftReference<>(null);

    private final BertConfig config;
    private final Map<String, Tensor> tensors;

    private BertWeights(BertConfig config, Map<String, Tensor> tensors, String source) {
        this.config = config;
        this.tensors = tensors;
        check(source);
    }

    /**
     * The all-MiniLM-L6-v2 weights, read from the ONNX model inside the LangChain4j jar (a second or two the first
     * time; kept while memory allows, so repeated fine-tunes do not re-read them).
     */
    public static synchronized BertWeights miniLm() {
        BertWeights w = miniLm.get();
        if (w == null) {
            w = new BertWeights(BertConfig.miniLmL6(),
                    OnnxInitializers.read(MiniLmResources.model(), MiniLmResources.MODEL), MiniLmResources.MODEL);
            miniLm = new SoftReference<>(w);
        }
        return w;
    }

    /** The configuration the weights were checked against. */
    public BertConfig config() {
        return config;
    }

    /** Every tensor name. */
    public Set<String> names() {
        return tensors.keySet();
    }

    /** A tensor's values in row-major order (the array is shared: do not modify it). */
    public float[] values(String name) {
        return tensor(name).values();
    }

    /** A tensor's shape. */
    public long[] shape(String name) {
        return tensor(name).shape().clone();
    }

    private Tensor tensor(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no weight named " + name + " (have " + tensors.size() + " tensors)");
        }
        return t;
    }

    private void check(String source) {
        int h = config.hidden();
        expect(source, "embeddings.word_embeddings.weight", config.vocabSize(), h);
        expect(source, "embeddings.position_embeddings.weight", config.maxPositions(), h);
        expect(source, "embeddings.token_type_embeddings.weight", config.typeVocabSize(), h);
        expect(source, "embeddings.LayerNorm.weight", h);
        expect(source, "embeddings.LayerNorm.bias", h);
        for (int i = 0; i < config.layers(); i++) {
            String p = "encoder.layer." + i + ".";
            for (String qkv : new String[] {"query", "key", "value"}) {
                expect(source, p + "attention.self." + qkv + ".weight", h, h);
                expect(source, p + "attention.self." + qkv + ".bias", h);
            }
            expect(source, p + "attention.output.dense.weight", h, h);
            expect(source, p + "attention.output.dense.bias", h);
            expect(source, p + "attention.output.LayerNorm.weight", h);
            expect(source, p + "attention.output.LayerNorm.bias", h);
            expect(source, p + "intermediate.dense.weight", h, config.intermediate());
            expect(source, p + "intermediate.dense.bias", config.intermediate());
            expect(source, p + "output.dense.weight", config.intermediate(), h);
            expect(source, p + "output.dense.bias", h);
            expect(source, p + "output.LayerNorm.weight", h);
            expect(source, p + "output.LayerNorm.bias", h);
        }
    }

    private void expect(String source, String name, long... shape) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalStateException(source + " lacks the BERT weight " + name);
        }
        if (!Arrays.equals(t.shape(), shape)) {
            throw new IllegalStateException(source + ": weight " + name + " has shape " + Arrays.toString(t.shape())
                    + ", the configuration " + config + " needs " + Arrays.toString(shape));
        }
    }
}
