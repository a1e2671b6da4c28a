package org.socialsim.workbench.text.internal;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.text.BertTokenizer;
import org.socialsim.workbench.text.Encoder;
import org.socialsim.workbench.text.TokenBatch;
import org.socialsim.workbench.text.Tokens;

/**
 * A sentence encoder that runs a BERT ONNX model (output {@code last_hidden_state}) directly on ONNX Runtime:
 * mean pooling over real tokens and L2 normalisation, as sentence-transformers does. {@link #embedAll} embeds each
 * distinct text once, sorts texts by length and runs them in batches padded only to each batch's longest text.
 * Thread-safe.
 */
public final class OnnxEncoder implements Encoder {
    /** Largest number of texts per forward pass. */
    static final int BATCH = 32;
    private static final int PROGRESS_FROM = 2000;

    private final String name;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final BertTokenizer tokenizer;
    private final int dimension;

    public OnnxEncoder(String name, byte[] model, BertTokenizer tokenizer, int dimension) {
        this.name = name;
        this.tokenizer = tokenizer;
        this.dimension = dimension;
        try {
            this.env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                this.session = env.createSession(model, options);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot open the ONNX model of " + name + ": " + e.getMessage(), e);
        }
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
        return embedAll(List.of(text == null ? "" : text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        Map<String, Integer> distinct = new LinkedHashMap<>();
        int[] slot = new int[texts.size()];
        for (int i = 0; i < slot.length; i++) {
            String t = texts.get(i) == null ? "" : texts.get(i);
            slot[i] = distinct.computeIfAbsent(t, k -> distinct.size());
        }
        List<Tokens> tokens = tokenizer.tokenize(new ArrayList<>(distinct.keySet()));
        Integer[] order = new Integer[tokens.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> tokens.get(i).length()));
        float[][] vectors = new float[tokens.size()][];
        try (Progress progress = tokens.size() >= PROGRESS_FROM ? Progress.start("embed " + name, tokens.size())
                : null) {
            for (int from = 0; from < order.length; from += BATCH) {
                int to = Math.min(order.length, from + BATCH);
                List<Tokens> rows = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    rows.add(tokens.get(order[i]));
                }
                float[][] pooled = forward(TokenBatch.pad(rows));
                for (int i = from; i < to; i++) {
                    vectors[order[i]] = pooled[i - from];
                }
                if (progress != null) {
                    progress.stepBy(to - from);
                }
            }
        }
        List<float[]> out = new ArrayList<>(slot.length);
        for (int s : slot) {
            out.add(vectors[s].clone());
        }
        return out;
    }

    /** Runs one padded batch and returns its mean-pooled, normalised sentence vectors. */
    private float[][] forward(TokenBatch batch) {
        long[] shape = {batch.rows(), batch.width()};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(batch.ids()), shape);
             OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(batch.types()), shape);
             OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(batch.mask()), shape)) {
            inputs.put("input_ids", ids);
            inputs.put("token_type_ids", types);
            inputs.put("attention_mask", mask);
            try (OrtSession.Result result = session.run(inputs)) {
                FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                return Pooling.meanNormalized(hidden, batch, dimension);
            }
        } catch (OrtException e) {
            throw new IllegalStateException(name + ": ONNX Runtime failed on a batch of " + batch.rows() + " x "
                    + batch.width() + " tokens: " + e.getMessage(), e);
        }
    }
}
