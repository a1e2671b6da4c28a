package org.socialsim.workbench.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.socialsim.workbench.RunSize;

/**
 * How the fully fine-tuned BERT trains: AdamW with linear warm-up and linear decay, gradient-norm clipping, early
 * stopping on validation accuracy. Converts to and from JSON.
 *
 * @param epochs              passes over the training cases (at most; early stopping may end sooner)
 * @param batchSize           cases per step
 * @param maxTokens           longest input, special tokens included: {@code [CLS] post [SEP] user text [SEP]},
 *                            truncated longest-first
 * @param learningRate        peak learning rate
 * @param warmupFraction      share of all steps over which the rate rises linearly from 0 to its peak
 * @param weightDecay         AdamW's decoupled weight decay (not applied to biases and LayerNorm parameters)
 * @param dropout             dropout on embeddings, attention, layer outputs and the pooled vector
 * @param maxGradNorm         gradients are rescaled to at most this global L2 norm
 * @param evaluationsPerEpoch validation passes per epoch (the learning curve's resolution)
 * @param patience            stop after this many validation passes without a better accuracy
 * @param maxTrainExamples    train on a seeded random subset of at most this many cases (0: all)
 */
public record FineTuneOptions(int epochs, int batchSize, int maxTokens, double learningRate, double warmupFraction,
                              double weightDecay, double dropout, double maxGradNorm, int evaluationsPerEpoch,
                              int patience, int maxTrainExamples) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public FineTuneOptions {
        check(epochs > 0, "epochs", epochs);
        check(batchSize > 0, "batchSize", batchSize);
        check(maxTokens >= 8 && maxTokens <= 512, "maxTokens (8..512)", maxTokens);
        check(learningRate > 0 && learningRate < 1, "learningRate", learningRate);
        check(warmupFraction >= 0 && warmupFraction < 1, "warmupFraction", warmupFraction);
        check(weightDecay >= 0, "weightDecay", weightDecay);
        check(dropout >= 0 && dropout < 1, "dropout", dropout);
        check(maxGradNorm > 0, "maxGradNorm", maxGradNorm);
        check(evaluationsPerEpoch > 0, "evaluationsPerEpoch", evaluationsPerEpoch);
        check(patience > 0, "patience", patience);
        check(maxTrainExamples >= 0, "maxTrainExamples", maxTrainExamples);
    }

    /** The full run: 3 epochs, batch 16, 128 tokens, rate 5e-5, 10% warm-up, 4 validation passes per epoch. */
    public static FineTuneOptions defaults() {
        return new FineTuneOptions(3, 16, 128, 5e-5, 0.1, 0.01, 0.1, 1.0, 4, 4, 0);
    }

    /** The CI-sized run: 1 epoch over at most 300 cases, 64 tokens, a higher rate for the few steps. */
    public static FineTuneOptions small() {
        return new FineTuneOptions(1, 16, 64, 1e-4, 0.1, 0.01, 0.1, 1.0, 3, 3, 300);
    }

    /** {@link #small()} when {@code WORKBENCH_SIZE=small}, else {@link #defaults()}. */
    public static FineTuneOptions forCurrentSize() {
        return RunSize.current() == RunSize.SMALL ? small() : defaults();
    }

    /** These options with another number of epochs. */
    public FineTuneOptions withEpochs(int n) {
        return new FineTuneOptions(n, batchSize, maxTokens, learningRate, warmupFraction, weightDecay, dropout,
                maxGradNorm, evaluationsPerEpoch, patience, maxTrainExamples);
    }

    /** These options with another batch size. */
    public FineTuneOptions withBatchSize(int n) {
        return new FineTuneOptions(epochs, n, maxTokens, learningRate, warmupFraction, weightDecay, dropout,
                maxGradNorm, evaluationsPerEpoch, patience, maxTrainExamples);
    }

    /** These options with another input length cap. */
    public FineTuneOptions withMaxTokens(int n) {
        return new FineTuneOptions(epochs, batchSize, n, learningRate, warmupFraction, weightDecay, dropout,
                maxGradNorm, evaluationsPerEpoch, patience, maxTrainExamples);
    }

    /** These options with another peak learning rate. */
    public FineTuneOptions withLearningRate(double rate) {
        return new FineTuneOptions(epochs, batchSize, maxTokens, rate, warmupFraction, weightDecay, dropout,
                maxGradNorm, evaluationsPerEpoch, patience, maxTrainExamples);
    }

    /** These options with another training-subset cap (0: all cases). */
    public FineTuneOptions withMaxTrainExamples(int n) {
        return new FineTuneOptions(epochs, batchSize, maxTokens, learningRate, warmupFraction, weightDecay, dropout,
                maxGradNorm, evaluationsPerEpoch, patience, n);
    }

    /** The options as a JSON object. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write fine-tuning options as JSON: " + e.getMessage(), e);
        }
    }

    /** Reads options written by {@link #toJson()}. */
    public static FineTuneOptions fromJson(String json) {
        try {
            return JSON.readValue(json, FineTuneOptions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not fine-tuning options JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void check(boolean ok, String name, Object value) {
        if (!ok) {
            throw new IllegalArgumentException("fine-tuning option " + name + " is out of range: " + value);
        }
    }
}
