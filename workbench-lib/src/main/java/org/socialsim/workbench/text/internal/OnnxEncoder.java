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
 * distinct text once, sorts texts by length and runs them in batches padded only to each batch's longest text. The
 * vectors of the most recent {@value #CACHE} distinct texts are kept, so re-embedding the same posts (one fit per
 * ablation cell, few-shot retrieval, alignment scoring) costs nothing. Thread-safe.
 */
public final class OnnxEncoder implements Encoder {
    /** Largest number of texts per forward pass. */
    static final int BATCH = 32;
    private static final int PROGRESS_FROM = 2000;
    /** Distinct texts whose vectors are kept (about 1.6 KB each). */
    static final int CACHE = 20_000;

    private final String name;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final BertTokenizer tokenizer;
    private final int dimension;
    private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE;
        }
    };

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
        Map<String, float[]> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String t : texts) {
                String key = t == null ? "" : t;
                float[] v = cache.get(key);
                if (v != null) {
                    found.put(key, v);
                } else if (!found.containsKey(key)) {
                    found.put(key, null);
                    missing.add(key);
                }
            }
        }
        float[][] computed = compute(missing);
        synchronized (cache) {
            for (int i = 0; i < computed.length; i++) {
                found.put(missing.get(i), computed[i]);
                cache.put(missing.get(i), computed[i]);
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(found.get(t == null ? "" : t).clone());
        }
        return out;
    }

    /** Embeds distinct texts: length-sorted batches, with progress for long lists. */
    private float[][] compute(List<String> distinct) {
        List<Tokens> tokens = tokenizer.tokenize(distinct);
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
        return vectors;
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
