package org.socialsim.workbench.baseline.internal;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.socialsim.workbench.text.BertConfig;
import org.socialsim.workbench.text.BertWeights;

/**
 * A BERT encoder built by hand on DJL (post-LayerNorm transformer layers, exact GELU, additive attention mask), with
 * sentence-transformers' mean pooling and, when {@code classes > 0}, a dropout + linear classification head.
 *
 * <p>Input: {@code input_ids}, {@code token_type_ids}, {@code attention_mask} as int64 [batch, length]. Output: the
 * logits [batch, classes], or the mean-pooled token vectors [batch, hidden] when there is no head. Dense weights are
 * kept in [in, out] layout ({@code y = x W + b}), as the ONNX export stores them; query, key and value are fused
 * into one [hidden, 3 hidden] product. Every operation takes the activations as its first operand, so intermediate
 * arrays live in the inputs' NDManager and are freed with it.
 */
public final class BertNet extends AbstractBlock {
    private static final byte VERSION = 1;
    private static final float MASKED = -10000f;

    private final BertConfig config;
    private final int classes;
    private final float dropout;
    private final Parameter wordEmbeddings;
    private final Parameter positionEmbeddings;
    private final Parameter typeEmbeddings;
    private final Parameter embeddingNormGamma;
    private final Parameter embeddingNormBeta;
    private final List<Layer> layers = new ArrayList<>();
    private final Parameter headWeight;
    private final Parameter headBias;

    private record Layer(Parameter qkvWeight, Parameter qkvBias, Parameter outWeight, Parameter outBias,
                         Parameter norm1Gamma, Parameter norm1Beta, Parameter ffnInWeight, Parameter ffnInBias,
                         Parameter ffnOutWeight, Parameter ffnOutBias, Parameter norm2Gamma, Parameter norm2Beta) {
    }

    /** Where a parameter's first values come from. */
    private interface Source {
        float[] values(String name, Shape shape);
    }

    private BertNet(NDManager manager, BertConfig config, int classes, float dropout, Source source) {
        super(VERSION);
        this.config = config;
        this.classes = classes;
        this.dropout = dropout;
        int h = config.hidden();
        wordEmbeddings = param(manager, source, "embeddings.word_embeddings.weight", config.vocabSize(), h);
        positionEmbeddings = param(manager, source, "embeddings.position_embeddings.weight", config.maxPositions(), h);
        typeEmbeddings = param(manager, source, "embeddings.token_type_embeddings.weight", config.typeVocabSize(), h);
        embeddingNormGamma = param(manager, source, "embeddings.LayerNorm.weight", h);
        embeddingNormBeta = param(manager, source, "embeddings.LayerNorm.bias", h);
        for (int i = 0; i < config.layers(); i++) {
            String p = "encoder.layer." + i + ".";
            layers.add(new Layer(
                    param(manager, source, p + "attention.self.qkv.weight", h, 3 * h),
                    param(manager, source, p + "attention.self.qkv.bias", 3 * h),
                    param(manager, source, p + "attention.output.dense.weight", h, h),
                    param(manager, source, p + "attention.output.dense.bias", h),
                    param(manager, source, p + "attention.output.LayerNorm.weight", h),
                    param(manager, source, p + "attention.output.LayerNorm.bias", h),
                    param(manager, source, p + "intermediate.dense.weight", h, config.intermediate()),
                    param(manager, source, p + "intermediate.dense.bias", config.intermediate()),
                    param(manager, source, p + "output.dense.weight", config.intermediate(), h),
                    param(manager, source, p + "output.dense.bias", h),
                    param(manager, source, p + "output.LayerNorm.weight", h),
                    param(manager, source, p + "output.LayerNorm.bias", h)));
        }
        headWeight = classes > 0 ? param(manager, source, "classifier.weight", h, classes) : null;
        headBias = classes > 0 ? param(manager, source, "classifier.bias", classes) : null;
    }

    /**
     * The pretrained encoder with a freshly initialised head (weights drawn from N(0, 0.02²) with {@code seed}, bias
     * zero, as BERT initialises its classifier).
     */
    public static BertNet pretrained(NDManager manager, BertWeights weights, int classes, float dropout, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int h = weights.config().hidden();
        return new BertNet(manager, weights.config(), classes, dropout, (name, shape) -> {
            if (name.equals("classifier.weight")) {
                float[] w = new float[(int) shape.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = (float) (0.02 * gaussian(random));
                }
                return w;
            }
            if (name.equals("classifier.bias")) {
                return new float[(int) shape.size()];
            }
            if (name.endsWith("attention.self.qkv.weight")) {
                return fuseColumns(weights, name.replace("qkv.weight", ""), ".weight", h);
            }
            if (name.endsWith("attention.self.qkv.bias")) {
                String p = name.replace("qkv.bias", "");
                float[] b = new float[3 * h];
                System.arraycopy(weights.values(p + "query.bias"), 0, b, 0, h);
                System.arraycopy(weights.values(p + "key.bias"), 0, b, h, h);
                System.arraycopy(weights.values(p + "value.bias"), 0, b, 2 * h, h);
                return b;
            }
            return weights.values(name);
        });
    }

    /** A network of the given shape with zero weights, to be filled by {@link #loadParameters}. */
    public static BertNet blank(NDManager manager, BertConfig config, int classes, float dropout) {
        return new BertNet(manager, config, classes, dropout, (name, shape) -> new float[(int) shape.size()]);
    }

    /** The encoder's configuration. */
    public BertConfig config() {
        return config;
    }

    /** The dropout rate used in training passes. */
    public float dropout() {
        return dropout;
    }

    /** Number of output classes (0: the output is the pooled sentence vector). */
    public int classes() {
        return classes;
    }

    /** Marks every parameter as trainable (gradients are collected for it). */
    public void trainable() {
        for (Parameter p : getParameters().values()) {
            p.getArray().setRequiresGradient(true);
        }
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray ids = inputs.get(0);
        NDArray types = inputs.get(1);
        NDArray mask = inputs.get(2).toType(DataType.FLOAT32, false);
        NDArray pooled = meanPool(encode(ids, types, mask, training), mask);
        if (classes == 0) {
            return new NDList(pooled);
        }
        NDArray x = Dropout.dropout(pooled, dropout, training).singletonOrThrow();
        return new NDList(x.matMul(headWeight.getArray()).add(headBias.getArray()));
    }

    private NDArray encode(NDArray ids, NDArray types, NDArray mask, boolean training) {
        long batch = ids.getShape().get(0);
        long length = ids.getShape().get(1);
        if (length > config.maxPositions()) {
            throw new IllegalArgumentException("sequence of " + length + " tokens exceeds the model's "
                    + config.maxPositions() + " positions");
        }
        NDArray positions = ids.getManager().arange(0L, length, 1L, DataType.INT64);
        NDArray x = Embedding.embedding(ids, wordEmbeddings.getArray(), SparseFormat.DENSE).singletonOrThrow()
                .add(Embedding.embedding(types, typeEmbeddings.getArray(), SparseFormat.DENSE).singletonOrThrow())
                .add(Embedding.embedding(positions, positionEmbeddings.getArray(), SparseFormat.DENSE)
                        .singletonOrThrow());
        x = norm(x, embeddingNormGamma, embeddingNormBeta);
        x = Dropout.dropout(x, dropout, training).singletonOrThrow();
        NDArray additiveMask = mask.neg().add(1f).mul(MASKED).reshape(batch, 1, 1, length);
        for (Layer layer : layers) {
            x = layer(x, layer, additiveMask, batch, length, training);
        }
        return x;
    }

    private NDArray layer(NDArray x, Layer p, NDArray additiveMask, long batch, long length, boolean training) {
        int heads = config.heads();
        int size = config.headSize();
        NDArray qkv = x.matMul(p.qkvWeight().getArray()).add(p.qkvBias().getArray())
                .reshape(batch, length, 3, heads, size).transpose(2, 0, 3, 1, 4);
        NDArray q = qkv.get(0);
        NDArray k = qkv.get(1);
        NDArray v = qkv.get(2);
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul((float) (1.0 / Math.sqrt(size))).add(additiveMask);
        NDArray attention = Dropout.dropout(scores.softmax(-1), dropout, training).singletonOrThrow();
        NDArray context = attention.matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, config.hidden());
        NDArray attended = context.matMul(p.outWeight().getArray()).add(p.outBias().getArray());
        attended = Dropout.dropout(attended, dropout, training).singletonOrThrow();
        x = norm(attended.add(x), p.norm1Gamma(), p.norm1Beta());
        NDArray inner = Activation.gelu(x.matMul(p.ffnInWeight().getArray()).add(p.ffnInBias().getArray()));
        NDArray out = inner.matMul(p.ffnOutWeight().getArray()).add(p.ffnOutBias().getArray());
        out = Dropout.dropout(out, dropout, training).singletonOrThrow();
        return norm(out.add(x), p.norm2Gamma(), p.norm2Beta());
    }

    private NDArray norm(NDArray x, Parameter gamma, Parameter beta) {
        return LayerNorm.layerNorm(x, new Shape(config.hidden()), gamma.getArray(), beta.getArray(),
                config.layerNormEps()).singletonOrThrow();
    }

    private static NDArray meanPool(NDArray tokens, NDArray mask) {
        NDArray m = mask.expandDims(-1);
        return tokens.mul(m).sum(new int[] {1}).div(m.sum(new int[] {1}).maximum(1e-9f));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), classes > 0 ? classes : config.hidden())};
    }

    @Override
    protected void saveMetadata(DataOutputStream os) throws IOException {
        int[] shape = {config.vocabSize(), config.hidden(), config.layers(), config.heads(), config.intermediate(),
                config.maxPositions(), config.typeVocabSize(), classes};
        for (int v : shape) {
            os.writeInt(v);
        }
        os.writeFloat(config.layerNormEps());
    }

    @Override
    public void loadMetadata(byte loadVersion, DataInputStream is) throws IOException, MalformedModelException {
        if (loadVersion != VERSION) {
            throw new MalformedModelException("BERT network version " + loadVersion + ", expected " + VERSION);
        }
        int[] expected = {config.vocabSize(), config.hidden(), config.layers(), config.heads(), config.intermediate(),
                config.maxPositions(), config.typeVocabSize(), classes};
        for (int i = 0; i < expected.length; i++) {
            int v = is.readInt();
            if (v != expected[i]) {
                throw new MalformedModelException("saved network has size " + v + " at position " + i
                        + " of its configuration, this one " + expected[i] + " (" + config + ", " + classes
                        + " classes)");
            }
        }
        is.readFloat();
    }

    private Parameter param(NDManager manager, Source source, String name, long... dims) {
        Shape shape = new Shape(dims);
        float[] values = source.values(name, shape);
        if (values.length != shape.size()) {
            throw new IllegalStateException("weight " + name + " has " + values.length + " values, shape " + shape);
        }
        NDArray array = manager.create(values, shape);
        array.setName(name);
        return addParameter(Parameter.builder().setName(name).setType(Parameter.Type.OTHER).optArray(array).build());
    }

    private static float[] fuseColumns(BertWeights weights, String prefix, String suffix, int h) {
        float[] fused = new float[h * 3 * h];
        String[] parts = {"query", "key", "value"};
        for (int part = 0; part < 3; part++) {
            float[] w = weights.values(prefix + parts[part] + suffix);
            for (int row = 0; row < h; row++) {
                System.arraycopy(w, row * h, fused, row * 3 * h + part * h, h);
            }
        }
        return fused;
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
