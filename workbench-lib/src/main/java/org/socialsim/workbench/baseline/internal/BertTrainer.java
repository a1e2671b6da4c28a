package org.socialsim.workbench.baseline.internal;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.AdamW;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.socialsim.workbench.baseline.FineTuneOptions;
import org.socialsim.workbench.text.BertWeights;
import org.socialsim.workbench.text.DjlRuntime;
import org.socialsim.workbench.text.TokenBatch;
import org.socialsim.workbench.text.Tokens;

/**
 * Training steps for a pretrained {@link BertNet} with a classification head: AdamW (decoupled weight decay on
 * matrices only) under a linear warm-up then linear decay schedule, global gradient-norm clipping, and a guard
 * that skips and counts a step whose loss or gradients are not finite. {@link FineTuneLoop} drives it over epochs.
 * The head's initial weights come from {@code seed}; dropout draws from PyTorch's generator, which is reseeded with
 * it (that generator is process-wide: train one model at a time in a JVM for identical reruns).
 */
public final class BertTrainer implements AutoCloseable {
    private static final int EVAL_BATCH = 64;

    private final Engine engine;
    private final NDManager manager;
    private final BertNet net;
    private final List<Parameter> params;
    private final Optimizer decayed;
    private final Optimizer undecayed;
    private final double maxGradNorm;
    private final Tracker schedule;
    private int applied;
    private int skipped;

    private BertTrainer(BertWeights weights, int classes, FineTuneOptions o, long seed, int totalSteps) {
        engine = DjlRuntime.pytorch();
        engine.setRandomSeed((int) (seed ^ (seed >>> 32)));
        manager = engine.newBaseManager();
        net = BertNet.pretrained(manager, weights, classes, (float) o.dropout(), seed);
        net.trainable();
        params = new ArrayList<>(net.getParameters().values());
        int warmup = (int) Math.round(o.warmupFraction() * totalSteps);
        schedule = t -> (float) (o.learningRate() * rateFactor(t, warmup, totalSteps));
        decayed = AdamW.builder().optLearningRateTracker(schedule).optWeightDecays((float) o.weightDecay()).build();
        undecayed = AdamW.builder().optLearningRateTracker(schedule).optWeightDecays(0f).build();
        maxGradNorm = o.maxGradNorm();
    }

    /** A trainer over the pretrained weights, for a run of {@code totalSteps} steps (the schedule's length). */
    public static BertTrainer open(BertWeights weights, int classes, FineTuneOptions o, long seed, int totalSteps) {
        return new BertTrainer(weights, classes, o, seed, totalSteps);
    }

    /**
     * One training step on a batch: forward, backward, guard, clip, update.
     *
     * @param corrupt (tests only) poison the loss with NaN
     * @return the batch's mean loss, or NaN if the step was skipped
     */
    public double step(List<Tokens> rows, int[] labels, boolean corrupt) {
        double loss = forwardBackward(rows, labels, corrupt);
        List<NDArray> grads = gradients();
        try {
            double norm = Double.isFinite(loss) ? GradientGuard.globalNorm(grads) : Double.NaN;
            if (!Double.isFinite(norm)) {
                GradientGuard.clear(grads);
                skipped++;
                return Double.NaN;
            }
            GradientGuard.clip(grads, norm, maxGradNorm);
            for (int i = 0; i < params.size(); i++) {
                NDArray w = params.get(i).getArray();
                // DJL's PyTorch AdamW kernel also zeroes the gradient it consumed
                (w.getShape().dimension() > 1 ? decayed : undecayed).update(params.get(i).getId(), w, grads.get(i));
            }
            applied++;
            return loss;
        } finally {
            grads.forEach(NDArray::close);
        }
    }

    private double forwardBackward(List<Tokens> rows, int[] labels, boolean corrupt) {
        int classes = net.classes();
        float[] oneHot = new float[rows.size() * classes];
        for (int r = 0; r < rows.size(); r++) {
            oneHot[r * classes + labels[r]] = 1f;
        }
        try (NDManager m = manager.newSubManager()) {
            NDList inputs = BertBatches.inputs(m, TokenBatch.pad(rows));
            NDArray target = m.create(oneHot, new Shape(rows.size(), classes));
            try (GradientCollector collector = engine.newGradientCollector()) {
                NDArray logits = net.forward(new ParameterStore(m, false), inputs, true).singletonOrThrow();
                NDArray loss = logits.logSoftmax(-1).mul(target).sum().div(-rows.size());
                if (corrupt) {
                    loss = loss.mul(Float.NaN);
                }
                collector.backward(loss);
                return loss.getFloat();
            }
        }
    }

    /** Mean cross-entropy and accuracy over labelled rows ({NaN, NaN} for none), without dropout or gradients. */
    public double[] evaluate(List<Tokens> rows, int[] labels) {
        if (rows.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        float[][] logits = BertBatches.outputs(net, manager, rows, EVAL_BATCH);
        double loss = 0;
        int hits = 0;
        for (int i = 0; i < logits.length; i++) {
            loss -= logSoftmax(logits[i])[labels[i]];
            hits += argMax(logits[i]) == labels[i] ? 1 : 0;
        }
        return new double[] {loss / logits.length, (double) hits / logits.length};
    }

    /** Steps applied so far. */
    public int applied() {
        return applied;
    }

    /** Steps skipped by the guard so far. */
    public int skipped() {
        return skipped;
    }

    /** The learning rate after {@code update} applied steps. */
    public double learningRate(int update) {
        return schedule.getNewValue(Math.max(1, update));
    }

    /** A copy of every weight, in parameter order. */
    public float[][] snapshot() {
        float[][] out = new float[params.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = params.get(i).getArray().toFloatArray();
        }
        return out;
    }

    /** A network in {@code target} holding {@code weights} (a {@link #snapshot()}). */
    public BertNet export(NDManager target, float[][] weights) {
        BertNet out = BertNet.blank(target, net.config(), net.classes(), net.dropout());
        List<Parameter> to = new ArrayList<>(out.getParameters().values());
        for (int i = 0; i < weights.length; i++) {
            to.get(i).getArray().set(FloatBuffer.wrap(weights[i]));
        }
        return out;
    }

    /** Frees the training state (weights, gradients, optimizer moments). */
    @Override
    public void close() {
        manager.close();
    }

    /** Linear warm-up to 1 over {@code warmup} updates, then linear decay to 0 at {@code total}. */
    static double rateFactor(int update, int warmup, int total) {
        if (update <= warmup) {
            return (double) update / Math.max(1, warmup);
        }
        return Math.max(0.0, (double) (total - update) / Math.max(1, total - warmup));
    }

    static double[] logSoftmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : logits) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : logits) {
            sum += Math.exp(v - max);
        }
        double[] out = new double[logits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = logits[i] - max - Math.log(sum);
        }
        return out;
    }

    /** Index of the largest value (the first on ties). */
    public static int argMax(float[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Handles on the parameters' gradients (close them after use; the gradients themselves stay). */
    private List<NDArray> gradients() {
        List<NDArray> out = new ArrayList<>(params.size());
        for (Parameter p : params) {
            out.add(p.getArray().getGradient());
        }
        return out;
    }
}
