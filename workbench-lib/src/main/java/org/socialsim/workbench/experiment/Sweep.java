package org.socialsim.workbench.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialsim.workbench.Workbench;
import org.socialsim.workbench.data.PostVectors;
import org.socialsim.workbench.experiment.internal.BuildInfo;
import org.socialsim.workbench.experiment.internal.ResultStore;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.ShotSelection;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.metrics.Bootstrap;
import org.socialsim.workbench.prompt.PromptConfig;
import org.socialsim.workbench.prompt.PromptRenderer;
import org.socialsim.workbench.prompt.PromptStyle;
import org.socialsim.workbench.text.Encoders;

/**
 * A grid of models x prompt configurations x seeds, run over the same test cases, one table row per cell and seed.
 * Works with any {@link ActionPredictor}: LLMs (through {@link #llm}) and anything a {@link PredictorFactory} fits.
 *
 * <pre>{@code
 * SweepResult r = Sweep.on(split).model("offline", CaseFeatureClassifier.factory(Encoders::miniLm))
 *         .groups(GroupSubset.leaveOneOut()).seeds(1, 2, 3).saveTo(dir).run();
 * r.table();   // model, config, groups, shots, seed, accuracy [low, high], macro-F1 [low, high], unparsed, ...
 * }</pre>
 *
 * <p>Configurations are the explicit {@link #configs} plus the grid {@link #groups} x {@link #shots} x
 * {@link #selections} (k = 0 is user-info, k > 0 few-shot); with neither, user-info with every group. With
 * {@link #saveTo} each prediction is appended to {@code predictions.jsonl} as soon as it finishes and a
 * {@code manifest.json} is written; running again skips every finished prediction (and every finished cell without
 * fitting), so an interrupted sweep resumes where it stopped.
 */
public final class Sweep {
    private final Map<ShotSelection, CaseSplit> splits = new EnumMap<>(ShotSelection.class);
    private final Map<String, SweepModel> models = new LinkedHashMap<>();
    private final List<PromptConfig> explicitConfigs = new ArrayList<>();
    private List<GroupSubset> groups = List.of();
    private int[] shots = {0};
    private List<ShotSelection> selections = List.of(ShotSelection.RECENT);
    private long[] seeds = {0};
    private Bootstrap bootstrap = Bootstrap.of(0).withResamples(1000);
    private PromptRenderer renderer = PromptRenderer.standard();
    private boolean repair;
    private Integer concurrency; // null: each model's own (a chat model's client's; 1 for the rest)
    private int chunkSize = 256;
    private Path dir;

    private Sweep(CaseSplit split) {
        splits.put(ShotSelection.RECENT, Objects.requireNonNull(split, "split"));
    }

    /** A sweep over these cases (their shots chosen most-recent). */
    public static Sweep on(CaseSplit split) {
        return new Sweep(split);
    }

    /** Cases whose shots were chosen another way (the same engagements), for few-shot configurations using it. */
    public Sweep on(ShotSelection selection, CaseSplit split) {
        splits.put(selection, Objects.requireNonNull(split, "split"));
        return this;
    }

    /** Adds a model fitted per cell and seed on the cell's (restricted) training and validation cases. */
    public Sweep model(String name, PredictorFactory factory) {
        Objects.requireNonNull(factory, "factory");
        return add(new SweepModel(name, null, 1, (config, train, validation, seed) ->
                factory.fit(train, validation, seed)));
    }

    /** Adds a ready predictor (it sees the cases restricted to each configuration). */
    public Sweep model(ActionPredictor predictor) {
        return add(new SweepModel(predictor.name(), null, 1, (config, train, validation, seed) -> predictor));
    }

    /** Adds a chat model: each cell prompts it with the cell's configuration ({@link LlmActionPredictor}). */
    public Sweep llm(LlmClient client) {
        ModelSpec spec = client.spec();
        return add(new SweepModel(spec.label(), spec, client.concurrency(), (config, train, validation, seed) ->
                LlmActionPredictor.of(client, config).withRenderer(renderer).withRepair(repair)));
    }

    /**
     * Adds the chat model when there is one, else the offline stand-in ({@link CaseFeatureClassifier} on MiniLM,
     * not an LLM): what the notebooks do, with {@code llmOrOffline(Llm.fromEnvironment())}, so the same notebook
     * runs the LLM named by {@code WORKBENCH_LLM} or, when it is unset, a trained model with no LLM.
     */
    public Sweep llmOrOffline(Optional<LlmClient> client) {
        return client.isPresent() ? llm(client.get())
                : model(CaseFeatureClassifier.NAME, CaseFeatureClassifier.factory(Encoders::miniLm));
    }

    /**
     * The same, the offline stand-in reading its text vectors from {@code vectors} (e.g. the feature extractor's,
     * so each text is embedded once in a notebook, however many sweeps and shot selections it runs).
     */
    public Sweep llmOrOffline(Optional<LlmClient> client, PostVectors vectors) {
        return client.isPresent() ? llm(client.get())
                : model(CaseFeatureClassifier.NAME, CaseFeatureClassifier.factory(vectors));
    }

    /** Adds explicit prompt configurations. */
    public Sweep configs(PromptConfig... configs) {
        explicitConfigs.addAll(Arrays.asList(configs));
        return this;
    }

    /** The feature-group subsets of the grid (e.g. {@link GroupSubset#leaveOneOut()}). */
    public Sweep groups(List<GroupSubset> subsets) {
        this.groups = List.copyOf(subsets);
        return this;
    }

    /** The shot counts of the grid (0 = no examples). */
    public Sweep shots(int... ks) {
        for (int k : ks) {
            if (k < 0) {
                throw new IllegalArgumentException("shot count must be >= 0, was " + k);
            }
        }
        this.shots = ks.clone();
        return this;
    }

    /** How the grid's examples are chosen (each needs cases given with {@link #on(ShotSelection, CaseSplit)}). */
    public Sweep selections(ShotSelection... s) {
        this.selections = List.of(s);
        return this;
    }

    /** The seeds: each cell is fitted and scored once per seed. */
    public Sweep seeds(long... s) {
        if (s.length == 0) {
            throw new IllegalArgumentException("a sweep needs at least one seed");
        }
        this.seeds = s.clone();
        return this;
    }

    /** The bootstrap for confidence intervals (default 1000 resamples, 95%, seed 0). */
    public Sweep bootstrap(Bootstrap b) {
        this.bootstrap = Objects.requireNonNull(b, "bootstrap");
        return this;
    }

    /** Prompt templates of the LLM models (default: the shipped ones). */
    public Sweep renderer(PromptRenderer r) {
        this.renderer = Objects.requireNonNull(r, "renderer");
        return this;
    }

    /** Whether LLM models ask once more when an answer cannot be read (default off). */
    public Sweep repair(boolean on) {
        this.repair = on;
        return this;
    }

    /**
     * How many predictions of a metered (LLM) predictor run at once, for every model (default: a chat model's
     * client's {@link LlmClient#concurrency()}, e.g. {@code WORKBENCH_LLM_CONCURRENCY}; 1 for other metered ones).
     */
    public Sweep concurrency(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, was " + n);
        }
        this.concurrency = n;
        return this;
    }

    /** How many cases a non-metered predictor predicts per batch before they are saved (default 256). */
    public Sweep chunkSize(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("chunk size must be >= 1, was " + n);
        }
        this.chunkSize = n;
        return this;
    }

    /** Saves predictions and the manifest in this folder, and resumes from what it holds. */
    public Sweep saveTo(Path folder) {
        this.dir = Objects.requireNonNull(folder, "folder");
        return this;
    }

    /** The cells this sweep will run, in order (model, then configuration, then seed). */
    public List<Cell> cells() {
        if (models.isEmpty()) {
            throw new IllegalStateException("a sweep needs at least one model (model(...) or llm(...))");
        }
        List<Cell> cells = new ArrayList<>();
        for (String m : models.keySet()) {
            for (Map.Entry<PromptConfig, String> c : configs().entrySet()) {
                for (long s : seeds) {
                    cells.add(new Cell(m, c.getKey(), c.getValue(), s));
                }
            }
        }
        return cells;
    }

    /** Runs every cell not yet finished and returns the table of all cells. */
    public SweepResult run() {
        List<Cell> cells = cells();
        for (Cell c : cells) {
            split(c.config());
        }
        Manifest manifest = manifest();
        ResultStore store = dir == null ? ResultStore.inMemory() : ResultStore.open(dir);
        try (store) {
            if (dir != null) {
                if (Files.exists(dir.resolve(Manifest.FILE))) {
                    manifest.requireCompatibleWith(Manifest.read(dir), dir);
                }
                manifest.write(dir);
            }
            CellRunner runner = new CellRunner(store, c -> concurrency != null ? concurrency
                    : models.get(c.model()).concurrency(), chunkSize);
            runner.runAll(cells, c -> split(c.config()), c -> models.get(c.model()).factory());
            return new SweepResult(cells, c -> split(c.config()).test(), store, manifest, bootstrap, renderer,
                    store.tornLines());
        }
    }

    private Sweep add(SweepModel m) {
        if (models.putIfAbsent(m.name(), m) != null) {
            throw new IllegalArgumentException("two models named '" + m.name() + "' in one sweep");
        }
        return this;
    }

    private Map<PromptConfig, String> configs() {
        Map<PromptConfig, String> out = new LinkedHashMap<>();
        for (PromptConfig c : explicitConfigs) {
            out.putIfAbsent(c, label(c.groups()));
        }
        List<GroupSubset> subsets = groups.isEmpty() && explicitConfigs.isEmpty() ? List.of(GroupSubset.all()) : groups;
        for (GroupSubset g : subsets) {
            for (int k : shots) {
                for (ShotSelection s : k == 0 ? List.of(ShotSelection.RECENT) : selections) {
                    out.putIfAbsent(PromptConfig.withShots(k, g.groups(), s), g.label());
                }
            }
        }
        return out;
    }

    private static String label(Set<FeatureGroup> groups) {
        if (groups.size() == FeatureGroup.values().length) {
            return "all";
        }
        return groups.isEmpty() ? "none" : groups.stream().sorted().map(g -> g.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("+"));
    }

    private CaseSplit split(PromptConfig c) {
        ShotSelection s = c.style() == PromptStyle.FEW_SHOT ? c.selection()
                : ShotSelection.RECENT;
        CaseSplit split = splits.get(s);
        if (split == null) {
            throw new IllegalStateException("configuration '" + c.label() + "' needs cases whose shots were chosen "
                    + s + "; add them with on(ShotSelection." + s + ", split)");
        }
        return split;
    }

    private Manifest manifest() {
        Map<String, String> hashes = new LinkedHashMap<>();
        splits.forEach((s, split) -> hashes.put(s.name().toLowerCase(Locale.ROOT), split.hash()));
        Map<String, ModelSpec> specs = new LinkedHashMap<>();
        models.values().stream().filter(m -> m.spec() != null).forEach(m -> specs.put(m.name(), m.spec()));
        String commit;
        try {
            commit = BuildInfo.gitCommit(Workbench.home());
        } catch (IllegalStateException e) {
            commit = "unknown";
        }
        List<Long> seedList = Arrays.stream(seeds).boxed().toList();
        return new Manifest(BuildInfo.version(), commit, Instant.now().toString(), hashes,
                specs.isEmpty() ? Map.of() : renderer.templateHashes(), renderer.source(), List.copyOf(models.keySet()), specs,
                List.copyOf(configs().keySet()), seedList, bootstrap);
    }
}
