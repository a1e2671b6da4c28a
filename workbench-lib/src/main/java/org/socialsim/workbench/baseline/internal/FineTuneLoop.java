package org.socialsim.workbench.baseline.internal;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.socialsim.workbench.baseline.FineTuneOptions;
import org.socialsim.workbench.baseline.TrainingLog;
import org.socialsim.workbench.baseline.TrainingLog.Checkpoint;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.text.BertWeights;
import org.socialsim.workbench.text.Tokens;

/**
 * Epochs of {@link BertTrainer} steps over length-bucketed, seeded shuffles, with validation passes at a fixed
 * interval (the learning curve) and early stopping that keeps the weights of the most accurate pass.
 */
public final class FineTuneLoop {
    private FineTuneLoop() {
    }

    /** Labelled, tokenized inputs. */
    public record Examples(List<Tokens> rows, int[] labels) {
        public Examples {
            rows = List.copyOf(rows);
            if (rows.size() != labels.length) {
                throw new IllegalArgumentException(rows.size() + " inputs but " + labels.length + " labels");
            }
        }

        /** Number of examples. */
        public int size() {
            return labels.length;
        }
    }

    /** The fine-tuned network (in the caller's manager) and how training went. */
    public record Result(BertNet net, TrainingLog log) {
    }

    /** Trains; {@code corruptStep} (tests only) poisons the loss of the chosen steps (1-based) with NaN. */
    public static Result run(NDManager target, BertWeights weights, int classes, Examples train, Examples validation,
                             FineTuneOptions o, long seed, IntPredicate corruptStep) {
        if (train.size() == 0) {
            throw new IllegalArgumentException("cannot fine-tune on zero training cases");
        }
        long started = System.currentTimeMillis();
        SplittableRandom random = new SplittableRandom(seed);
        int stepsPerEpoch = (train.size() + o.batchSize() - 1) / o.batchSize();
        int totalSteps = stepsPerEpoch * o.epochs();
        int evalEvery = Math.max(1, (int) Math.ceil((double) stepsPerEpoch / o.evaluationsPerEpoch()));
        boolean validate = validation.size() > 0;
        try (BertTrainer trainer = BertTrainer.open(weights, classes, o, seed, totalSteps);
             Progress progress = Progress.start("fine-tune BERT", totalSteps)) {
            List<Checkpoint> checkpoints = new ArrayList<>();
            float[][] kept = null;
            int best = -1;
            int sinceBest = 0;
            double lossSum = 0;
            int lossCount = 0;
            int step = 0;
            boolean stop = false;
            for (int epoch = 0; epoch < o.epochs() && !stop; epoch++) {
                for (int[] batch : BertBatches.shuffled(train.rows(), o.batchSize(), random)) {
                    step++;
                    List<Tokens> rows = new ArrayList<>(batch.length);
                    int[] labels = new int[batch.length];
                    for (int r = 0; r < batch.length; r++) {
                        rows.add(train.rows().get(batch[r]));
                        labels[r] = train.labels()[batch[r]];
                    }
                    double loss = trainer.step(rows, labels, corruptStep.test(step));
                    if (!Double.isNaN(loss)) {
                        lossSum += loss;
                        lossCount++;
                    }
                    progress.step();
                    if (step % evalEvery != 0 && step != totalSteps) {
                        continue;
                    }
                    double[] val = trainer.evaluate(validation.rows(), validation.labels());
                    checkpoints.add(new Checkpoint(trainer.applied(), (double) step / stepsPerEpoch,
                            lossCount == 0 ? Double.NaN : lossSum / lossCount, val[0], val[1],
                            trainer.learningRate(trainer.applied())));
                    lossSum = 0;
                    lossCount = 0;
                    progress.message(String.format(java.util.Locale.ROOT, "loss %.3f%s skipped %d",
                            checkpoints.get(checkpoints.size() - 1).trainLoss(),
                            validate ? String.format(java.util.Locale.ROOT, " val acc %.3f", val[1]) : "",
                            trainer.skipped()));
                    if (validate && (best < 0 || val[1] > checkpoints.get(best).validationAccuracy())) {
                        best = checkpoints.size() - 1;
                        kept = trainer.snapshot();
                        sinceBest = 0;
                    } else if (validate && ++sinceBest >= o.patience() && step != totalSteps) {
                        stop = true;
                        break;
                    }
                }
            }
            if (trainer.applied() == 0) {
                throw new IllegalStateException("fine-tuning failed: all " + trainer.skipped()
                        + " steps had a non-finite loss or gradient (try a lower learning rate than "
                        + o.learningRate() + ")");
            }
            BertNet out = trainer.export(target, kept != null ? kept : trainer.snapshot());
            return new Result(out, new TrainingLog(checkpoints, best, trainer.applied(), trainer.skipped(), stop,
                    System.currentTimeMillis() - started));
        }
    }
}
