package org.socialsim.workbench.baseline;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.socialsim.workbench.baseline.internal.BertBatches;
import org.socialsim.workbench.baseline.internal.BertNet;
import org.socialsim.workbench.baseline.internal.BertTrainer;
import org.socialsim.workbench.baseline.internal.FineTuneLoop;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.PredictorFactory;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.text.BertConfig;
import org.socialsim.workbench.text.BertTokenizer;
import org.socialsim.workbench.text.BertWeights;
import org.socialsim.workbench.text.DjlRuntime;
import org.socialsim.workbench.text.Tokens;

/**
 * Fully fine-tuned BERT: all-MiniLM-L6-v2 (loaded from the ONNX weights inside the LangChain4j jar into a BERT built
 * on DJL's PyTorch engine) with a classification head over its mean-pooled output, trained end to end on
 * {@code [CLS] post [SEP] user's visible feature text [SEP]} ({@link CaseText}) as {@link FineTuneOptions} say.
 * Saved and reloaded with {@link #save} / {@link #load}. Holds native memory (~90 MB): {@link #close()} it when done
 * (it is also freed once unreachable).
 */
public final class FineTunedBert implements ActionPredictor, AutoCloseable {
    private static final Cleaner CLEANER = Cleaner.create();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARAMS = "fine-tuned-bert.params";
    private static final String META = "fine-tuned-bert.json";
    private static final int FORMAT = 1;
    private static final int PREDICT_BATCH = 64;

    private final NDManager manager;
    private final BertNet net;
    private final FineTuneOptions options;
    private final TrainingLog log;
    private final String trainedOn;
    private final BertTokenizer tokenizer;
    private final Cleaner.Cleanable cleanable;

    private FineTunedBert(NDManager manager, BertNet net, FineTuneOptions options, TrainingLog log, String trainedOn) {
        this.manager = manager;
        this.net = net;
        this.options = options;
        this.log = log;
        this.trainedOn = trainedOn;
        this.tokenizer = BertTokenizer.miniLm(options.maxTokens());
        this.cleanable = CLEANER.register(this, manager::close);
    }

    /** Fine-tunes with {@link FineTuneOptions#forCurrentSize()} (matches {@link PredictorFactory}). */
    public static FineTunedBert fit(List<LabeledCase> train, List<LabeledCase> validation, long seed) {
        return fit(train, validation, seed, FineTuneOptions.forCurrentSize());
    }

    /** A factory with the given options. */
    public static PredictorFactory factory(FineTuneOptions options) {
        return (train, validation, seed) -> fit(train, validation, seed, options);
    }

    /** Fine-tunes on {@code train}, early-stopping on {@code validation}; everything random comes from {@code seed}. */
    public static FineTunedBert fit(List<LabeledCase> train, List<LabeledCase> validation, long seed,
                                    FineTuneOptions options) {
        return fit(train, validation, seed, options, step -> false);
    }

    static FineTunedBert fit(List<LabeledCase> train, List<LabeledCase> validation, long seed,
                             FineTuneOptions options, IntPredicate corruptStep) {
        List<LabeledCase> used = subset(train, options.maxTrainExamples(), seed);
        BertTokenizer tokenizer = BertTokenizer.miniLm(options.maxTokens());
        NDManager manager = DjlRuntime.pytorch().newBaseManager();
        try {
            FineTuneLoop.Result r = FineTuneLoop.run(manager, BertWeights.miniLm(), Action.values().length,
                    examples(tokenizer, used), examples(tokenizer, validation), options, seed, corruptStep);
            return new FineTunedBert(manager, r.net(), options, r.log(),
                    TrainingData.fingerprint(train, validation, seed, options));
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * The model saved in {@code dir} if it was trained on exactly these cases (as the model reads them), with this
     * seed and these options; otherwise fine-tunes one and saves it there. Lets a notebook rerun without retraining.
     */
    public static FineTunedBert fitOrLoad(Path dir, List<LabeledCase> train, List<LabeledCase> validation, long seed,
                                          FineTuneOptions options) {
        String fingerprint = TrainingData.fingerprint(train, validation, seed, options);
        if (Files.isRegularFile(dir.resolve(META)) && Files.isRegularFile(dir.resolve(PARAMS))) {
            try {
                if (fingerprint.equals(JSON.readTree(dir.resolve(META).toFile()).path("trainedOn").asText())) {
                    return load(dir);
                }
            } catch (IOException e) {
                // unreadable description: train afresh and overwrite it
            }
        }
        FineTunedBert bert = fit(train, validation, seed, options);
        bert.save(dir);
        return bert;
    }

    /** How training went: the learning curve, skipped steps, early stopping. */
    public TrainingLog log() {
        return log;
    }

    /** The options it was trained with. */
    public FineTuneOptions options() {
        return options;
    }

    @Override
    public String name() {
        return "fine-tuned BERT";
    }

    @Override
    public Prediction predict(EngagementCase c) {
        return predictAll(List.of(c)).get(0);
    }

    @Override
    public synchronized List<Prediction> predictAll(List<EngagementCase> cases) {
        float[][] logits = BertBatches.outputs(net, manager, tokens(tokenizer, cases), PREDICT_BATCH);
        List<Prediction> out = new ArrayList<>(cases.size());
        for (int i = 0; i < logits.length; i++) {
            out.add(Prediction.of(cases.get(i).caseId(), Action.values()[BertTrainer.argMax(logits[i])]));
        }
        return out;
    }

    /** Writes the weights and a JSON description (options, labels, training log) into {@code dir}. */
    public synchronized void save(Path dir) {
        try {
            Files.createDirectories(dir);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(dir.resolve(PARAMS))))) {
                net.saveParameters(out);
            }
            ObjectNode meta = JSON.createObjectNode();
            meta.put("format", FORMAT);
            meta.put("encoder", "all-MiniLM-L6-v2");
            meta.putPOJO("labels", List.of(Action.values()));
            meta.set("options", JSON.valueToTree(options));
            meta.set("log", JSON.valueToTree(log));
            meta.put("trainedOn", trainedOn);
            JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve(META).toFile(), meta);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the fine-tuned BERT to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads a model written by {@link #save}. */
    public static FineTunedBert load(Path dir) {
        Path metaFile = dir.resolve(META);
        NDManager manager = null;
        try {
            ObjectNode meta = (ObjectNode) JSON.readTree(metaFile.toFile());
            if (meta.path("format").asInt() != FORMAT) {
                throw new IllegalArgumentException(metaFile + ": unsupported format " + meta.path("format"));
            }
            if (!JSON.convertValue(meta.get("labels"), List.class).equals(labels())) {
                throw new IllegalArgumentException(metaFile + ": labels " + meta.get("labels") + " differ from "
                        + labels());
            }
            FineTuneOptions options = JSON.treeToValue(meta.get("options"), FineTuneOptions.class);
            TrainingLog log = JSON.treeToValue(meta.get("log"), TrainingLog.class);
            manager = DjlRuntime.pytorch().newBaseManager();
            BertNet net = BertNet.blank(manager, BertConfig.miniLmL6(), Action.values().length,
                    (float) options.dropout());
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                    Files.newInputStream(dir.resolve(PARAMS))))) {
                net.loadParameters(manager, in);
            }
            return new FineTunedBert(manager, net, options, log, meta.path("trainedOn").asText(""));
        } catch (IOException | MalformedModelException | RuntimeException e) {
            if (manager != null) {
                manager.close();
            }
            throw new IllegalArgumentException("cannot load a fine-tuned BERT from " + dir + ": " + e.getMessage(),
                    e);
        }
    }

    /** Frees the native memory; the predictor is unusable afterwards. */
    @Override
    public void close() {
        cleanable.clean();
    }

    private static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (Action a : Action.values()) {
            out.add(a.name());
        }
        return out;
    }

    private static List<LabeledCase> subset(List<LabeledCase> train, int max, long seed) {
        if (max == 0 || train.size() <= max) {
            return train;
        }
        List<LabeledCase> copy = new ArrayList<>(train);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        for (int i = copy.size() - 1; i > 0; i--) {
            java.util.Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy.subList(0, max);
    }

    private static FineTuneLoop.Examples examples(BertTokenizer tokenizer, List<LabeledCase> cases) {
        List<EngagementCase> inputs = new ArrayList<>(cases.size());
        int[] labels = new int[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            inputs.add(cases.get(i).input());
            labels[i] = cases.get(i).truth().ordinal();
        }
        return new FineTuneLoop.Examples(tokens(tokenizer, inputs), labels);
    }

    private static List<Tokens> tokens(BertTokenizer tokenizer, List<EngagementCase> cases) {
        List<String> posts = new ArrayList<>(cases.size());
        List<String> users = new ArrayList<>(cases.size());
        for (EngagementCase c : cases) {
            posts.add(CaseText.post(c));
            users.add(CaseText.user(c));
        }
        return tokenizer.tokenizePairs(posts, users);
    }
}
