package org.socialsim.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.socialsim.workbench.baseline.FineTuneOptions;
import org.socialsim.workbench.baseline.internal.BertTrainer;
import org.socialsim.workbench.text.BertWeights;
import org.socialsim.workbench.text.Tokens;

/**
 * Fine-tuning cost: milliseconds per example per training step of the workbench's BERT classifier (DJL on PyTorch
 * 2.7.1: forward, backward, gradient guard and clipping, AdamW) at batch 16 and 32, beside the same architecture in
 * Python PyTorch (Debian's python3-torch, random weights; the script is bench/bert_train_step.py) timed in the same
 * run with the same batch, length and thread count, rounds alternating. Both wall-clock and process CPU time are
 * reported: on a shared machine the CPU time is the steadier measure. Debian's torch calls the system BLAS (the
 * generic reference BLAS unless an optimised one is installed); if {@code WORKBENCH_OPENBLAS_DIR} names a folder with
 * an OpenBLAS libblas.so.3 (e.g. unpacked from Debian's libopenblas0-pthread), the reference runs with it instead.
 * Ratio = reference ms / workbench ms (above 1: the workbench is faster).
 * <pre>environment/bench.sh finetunestep [length=64] [threads=all] [steps=4] [rounds=2]</pre>
 */
public final class FineTuneStepBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int WARMUP = 2;

    private FineTuneStepBench() {
    }

    public static void main(String[] args) throws Exception {
        int length = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
        System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
        Path script = extractScript();
        String openblas = System.getenv("WORKBENCH_OPENBLAS_DIR");
        boolean useOpenblas = openblas != null && Files.isRegularFile(Path.of(openblas, "libblas.so.3"));
        BertWeights weights = BertWeights.miniLm();
        System.out.printf(Locale.ROOT, "sequence length %d, %d threads, best of %d rounds of %d steps after %d "
                + "warm-up steps; reference BLAS: %s%n", length, threads, rounds, steps, WARMUP,
                useOpenblas ? "OpenBLAS from " + openblas : "the system's");
        System.out.printf(Locale.ROOT, "%6s %22s %22s %14s%n", "batch", "workbench wall / cpu", "PyTorch wall / cpu",
                "ratio wall/cpu");
        for (int batch : new int[] {16, 32}) {
            double[] ours = {Double.MAX_VALUE, Double.MAX_VALUE};
            double[] theirs = {Double.MAX_VALUE, Double.MAX_VALUE};
            double gflops = 0;
            for (int r = 0; r < rounds; r++) {
                double[] o = workbench(weights, batch, length, steps);
                JsonNode p = python(script, batch, length, threads, steps, useOpenblas ? openblas : null);
                ours = new double[] {Math.min(ours[0], o[0]), Math.min(ours[1], o[1])};
                theirs = new double[] {Math.min(theirs[0], p.get("ms_per_example_step").asDouble()),
                    Math.min(theirs[1], p.get("cpu_ms_per_example_step").asDouble())};
                gflops = p.get("matmul_gflops").asDouble();
            }
            System.out.printf(Locale.ROOT, "%6d %10.1f / %9.1f %10.1f / %9.1f %6.2f / %5.2f   (reference matmul %.0f "
                    + "GFLOPS)%n", batch, ours[0], ours[1], theirs[0], theirs[1], theirs[0] / ours[0],
                    theirs[1] / ours[1], gflops);
        }
        System.out.println("ms per example per step; ratio = PyTorch ms / workbench ms");
    }

    /** The workbench's training step on random token ids: {wall, process CPU} ms per example. */
    static double[] workbench(BertWeights weights, int batch, int length, int steps) {
        SplittableRandom random = new SplittableRandom(batch);
        List<Tokens> rows = new ArrayList<>();
        int[] labels = new int[batch];
        for (int r = 0; r < batch; r++) {
            long[] ids = new long[length];
            ids[0] = 101;
            for (int t = 1; t < length - 1; t++) {
                ids[t] = 1000 + random.nextInt(weights.config().vocabSize() - 1000);
            }
            ids[length - 1] = 102;
            rows.add(new Tokens(ids, new long[length]));
            labels[r] = random.nextInt(3);
        }
        FineTuneOptions o = FineTuneOptions.defaults().withBatchSize(batch);
        try (BertTrainer trainer = BertTrainer.open(weights, 3, o, 1, 1000)) {
            for (int i = 0; i < WARMUP; i++) {
                trainer.step(rows, labels, false);
            }
            long start = System.nanoTime();
            long cpu = OS.getProcessCpuTime();
            for (int i = 0; i < steps; i++) {
                trainer.step(rows, labels, false);
            }
            double n = (double) steps * batch;
            return new double[] {(System.nanoTime() - start) / 1e6 / n, (OS.getProcessCpuTime() - cpu) / 1e6 / n};
        }
    }

    private static JsonNode python(Path script, int batch, int length, int threads, int steps, String blasDir)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/python3", script.toString(), Integer.toString(batch),
                Integer.toString(length), Integer.toString(threads), Integer.toString(WARMUP),
                Integer.toString(steps)).redirectErrorStream(true);
        pb.environment().put("OMP_NUM_THREADS", Integer.toString(threads));
        if (blasDir != null) {
            pb.environment().put("LD_LIBRARY_PATH", blasDir);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("the PyTorch reference failed (is python3-torch installed? apt-get "
                    + "install -y python3-torch):\n" + out);
        }
        String[] lines = out.strip().split("\n");
        return JSON.readTree(lines[lines.length - 1]);
    }

    private static Path extractScript() throws IOException {
        Path script = Files.createTempFile("bert_train_step", ".py");
        script.toFile().deleteOnExit();
        try (InputStream in = FineTuneStepBench.class.getResourceAsStream("/bench/bert_train_step.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        return script;
    }
}
