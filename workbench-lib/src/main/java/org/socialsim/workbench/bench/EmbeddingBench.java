package org.socialsim.workbench.bench;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.socialsim.workbench.text.DjlRuntime;
import org.socialsim.workbench.text.Encoder;
import org.socialsim.workbench.text.Encoders;

/**
 * Embedding throughput (sentences/s) of {@code Encoders.miniLm()} against raw ONNX Runtime on the same model file,
 * tokenizer and texts, in the same run: a hand-written loop of {@code OrtSession.run} over batches of 32 padded to
 * the batch's longest text, with mean pooling, once in input order and once with length-sorted batches (the better of
 * the two is the reference). LangChain4j's {@code AllMiniLmL6V2EmbeddingModel.embedAll} (what {@code miniLm()}
 * used to wrap) is timed beside them. Each round uses new texts, so {@code miniLm()}'s cache of recent vectors
 * never hits. Rounds alternate the contenders so load changes fall on all; each contender's best
 * round counts, by wall clock and by process CPU time (the steadier measure on a shared machine).
 * <pre>environment/bench.sh embedding [texts=2000] [rounds=3]</pre>
 */
public final class EmbeddingBench {
    private static final int BATCH = 32;
    private static final int MAX_TOKENS = Encoders.MINI_LM_MAX_TOKENS;

    private EmbeddingBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Encoder ours = Encoders.miniLm();
        RawOrt raw = new RawOrt();
        AllMiniLmL6V2EmbeddingModel langchain = new AllMiniLmL6V2EmbeddingModel();
        // warm-up: JIT, ONNX Runtime's first-run allocations
        List<String> warm = BenchTexts.tweets(64, 1);
        ours.embedAll(warm);
        raw.embed(warm, false);
        langchain.embedAll(warm.stream().map(TextSegment::from).toList());

        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        double[] bestCpu = best.clone();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        String[] names = {"Encoders.miniLm()", "raw ORT, input order", "raw ORT, length-sorted",
            "LangChain4j embedAll"};
        List<Consumer<List<String>>> runs = List.of(ours::embedAll, t -> raw.embed(t, false),
                t -> raw.embed(t, true), t -> langchain.embedAll(t.stream().map(TextSegment::from).toList()));
        List<String> texts = List.of();
        for (int r = 0; r < rounds; r++) {
            texts = BenchTexts.tweets(n, 100 + r); // fresh texts each round: the encoder's cache never hits
            for (int i = 0; i < runs.size(); i++) {
                long start = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                runs.get(i).accept(texts);
                best[i] = Math.min(best[i], (System.nanoTime() - start) / 1e9);
                bestCpu[i] = Math.min(bestCpu[i], (os.getProcessCpuTime() - cpu) / 1e9);
            }
        }
        double reference = Math.min(best[1], best[2]);
        double referenceCpu = Math.min(bestCpu[1], bestCpu[2]);
        System.out.printf(Locale.ROOT, "%d distinct texts (%.1f word pieces on average), best of %d rounds, %d "
                + "processors%n", n, raw.meanTokens(texts), rounds, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-26s %12s %8s %16s %8s%n", "contender", "sentences/s", "ratio",
                "per CPU-second", "ratio");
        for (int i = 0; i < names.length; i++) {
            System.out.printf(Locale.ROOT, "%-26s %12.1f %8.3f %16.1f %8.3f%n", names[i], n / best[i],
                    reference / best[i], n / bestCpu[i], referenceCpu / bestCpu[i]);
        }
        System.out.printf(Locale.ROOT, "ratio = throughput / raw ONNX Runtime's best, by wall clock and by process "
                + "CPU time (goal for Encoders.miniLm(): >= 0.9)%n");
    }

    /** A bare ONNX Runtime loop over the model file in the LangChain4j jar: what the encoder is measured against. */
    private static final class RawOrt {
        private final OrtEnvironment env = OrtEnvironment.getEnvironment();
        private final OrtSession session;
        private final HuggingFaceTokenizer tokenizer;

        RawOrt() throws Exception {
            DjlRuntime.configure();
            try (InputStream model = EmbeddingBench.class.getResourceAsStream("/all-minilm-l6-v2.onnx");
                 InputStream json = EmbeddingBench.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
                session = env.createSession(model.readAllBytes(), new OrtSession.SessionOptions());
                tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of("padding", "false", "truncation", "true",
                        "maxLength", Integer.toString(MAX_TOKENS)));
            }
        }

        double meanTokens(List<String> texts) {
            return Arrays.stream(tokenizer.batchEncode(texts)).mapToInt(e -> e.getIds().length).average()
                    .orElse(0);
        }

        List<float[]> embed(List<String> texts, boolean sortByLength) {
            Encoding[] enc = tokenizer.batchEncode(texts);
            Integer[] order = new Integer[enc.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            if (sortByLength) {
                Arrays.sort(order, Comparator.comparingInt(i -> enc[i].getIds().length));
            }
            float[][] out = new float[enc.length][];
            for (int from = 0; from < order.length; from += BATCH) {
                int rows = Math.min(BATCH, order.length - from);
                int width = 0;
                for (int r = 0; r < rows; r++) {
                    width = Math.max(width, enc[order[from + r]].getIds().length);
                }
                long[] ids = new long[rows * width];
                long[] types = new long[rows * width];
                long[] mask = new long[rows * width];
                for (int r = 0; r < rows; r++) {
                    long[] e = enc[order[from + r]].getIds();
                    System.arraycopy(e, 0, ids, r * width, e.length);
                    Arrays.fill(mask, r * width, r * width + e.length, 1L);
                }
                long[] shape = {rows, width};
                try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                     OnnxTensor b = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
                     OnnxTensor c = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                     OrtSession.Result result = session.run(Map.of("input_ids", a, "token_type_ids", b,
                             "attention_mask", c))) {
                    FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
                    int dim = hidden.capacity() / (rows * width);
                    for (int r = 0; r < rows; r++) {
                        float[] v = new float[dim];
                        int len = enc[order[from + r]].getIds().length;
                        for (int t = 0; t < len; t++) {
                            for (int d = 0; d < dim; d++) {
                                v[d] += hidden.get((r * width + t) * dim + d) / len;
                            }
                        }
                        out[order[from + r]] = v;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return Arrays.asList(out);
        }
    }
}
