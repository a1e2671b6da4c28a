package org.socialsim.workbench.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.MeteredPredictor.Metered;
import org.socialsim.workbench.experiment.internal.ResultStore;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.metrics.Bootstrap;
import org.socialsim.workbench.metrics.Metrics;
import org.socialsim.workbench.metrics.PairedTest;
import org.socialsim.workbench.metrics.Summary;
import org.socialsim.workbench.prompt.PromptRenderer;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What a sweep produced: one table row per cell and seed (in {@link Sweep#cells()} order), and for each row its
 * predictions, metrics, usage and prompts.
 */
public final class SweepResult {
    private final List<Cell> cells;
    private final Function<Cell, List<LabeledCase>> testOf;
    private final ResultStore store;
    private final Manifest manifest;
    private final Bootstrap bootstrap;
    private final PromptRenderer renderer;
    private final int tornLines;
    private final Table table;

    SweepResult(List<Cell> cells, Function<Cell, List<LabeledCase>> testOf, ResultStore store, Manifest manifest,
                Bootstrap bootstrap, PromptRenderer renderer, int tornLines) {
        this.cells = List.copyOf(cells);
        this.testOf = testOf;
        this.store = store;
        this.manifest = manifest;
        this.bootstrap = bootstrap;
        this.renderer = renderer;
        this.tornLines = tornLines;
        this.table = buildTable();
    }

    /**
     * One row per cell and seed: {@code model, config, style, groups, shots, selection, seed}, the
     * {@link Summary} columns (accuracy and macro-F1 with bootstrap intervals, n, unparsed), {@code bias_retweet,
     * bias_quote, bias_rewrite} (predicted share / true share), usage {@code calls, input_tokens, output_tokens,
     * reasoning_tokens, cache_hits}, and money {@code cost_usd} (billed for live calls) and {@code saved_usd} (what
     * the cache hits would have cost), priced by the client's {@link org.socialsim.workbench.llm.Prices} (missing
     * when the model has no price); all 0 for predictors that call no model.
     */
    public Table table() {
        return table;
    }

    /** The cells, in row order. */
    public List<Cell> cells() {
        return cells;
    }

    /** The manifest of this run. */
    public Manifest manifest() {
        return manifest;
    }

    /** Lines of an interrupted write cut from the predictions log when this run opened it (0 or 1). */
    public int tornLines() {
        return tornLines;
    }

    /** The predictions of a row, in test-case order. */
    public List<Prediction> predictions(int row) {
        Cell c = cells.get(row);
        Map<String, Metered> done = store.finished(c.key());
        List<Prediction> out = new ArrayList<>();
        for (LabeledCase lc : testOf.apply(c)) {
            Metered m = done.get(lc.caseId());
            if (m == null) {
                throw new IllegalStateException("cell '" + c.key() + "' has no prediction for case " + lc.caseId());
            }
            out.add(m.prediction());
        }
        return out;
    }

    /** The metrics of a row (confusion matrix, per-class scores, label distribution, ...). */
    public Metrics metrics(int row) {
        return Metrics.of(testOf.apply(cells.get(row)), predictions(row));
    }

    /** The row of the first cell with this model and configuration label (and any seed), or -1. */
    public int row(String model, String configLabel) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).model().equals(model) && cells.get(i).config().label().equals(configLabel)) {
                return i;
            }
        }
        return -1;
    }

    /** What the predictions of a row cost. */
    public CallUsage usage(int row) {
        CallUsage u = CallUsage.NONE;
        for (Metered m : store.finished(cells.get(row).key()).values()) {
            u = u.plus(m.usage());
        }
        return u;
    }

    /** The exact prompt an LLM is sent for the i-th test case of a row (whatever model the row used). */
    public ChatPrompt prompt(int row, int caseIndex) {
        Cell c = cells.get(row);
        return renderer.render(c.config(), testOf.apply(c).get(caseIndex).input());
    }

    /** Exact McNemar test between two rows (same test cases). */
    public PairedTest compare(int rowA, int rowB) {
        return PairedTest.mcNemar(metrics(rowA).outcomes(), metrics(rowB).outcomes());
    }

    /**
     * The rows as shot curves for a line plot: columns {@code model} (the series: how the shots were chosen, e.g.
     * "recent shots", prefixed with the model's name when the sweep has several models), {@code shots}, {@code accuracy}, {@code accuracy_low}, {@code accuracy_high}; a k = 0 row
     * (no shots, so no selection) starts every series of its model. Same columns as
     * {@link PaperFigures#shotCurveReference}, so the two append.
     */
    public Table shotCurve() {
        StringColumn series = StringColumn.create("model");
        IntColumn shots = IntColumn.create("shots");
        DoubleColumn acc = DoubleColumn.create("accuracy");
        DoubleColumn low = DoubleColumn.create("accuracy_low");
        DoubleColumn high = DoubleColumn.create("accuracy_high");
        Set<String> selections = new TreeSet<>();
        for (Cell c : cells) {
            if (c.config().shots() > 0) {
                selections.add(c.config().selection().name().toLowerCase(Locale.ROOT));
            }
        }
        boolean oneModel = cells.stream().map(Cell::model).distinct().count() == 1;
        for (int r = 0; r < cells.size(); r++) {
            Cell c = cells.get(r);
            List<String> names = c.config().shots() > 0
                    ? List.of(c.config().selection().name().toLowerCase(Locale.ROOT))
                    : List.copyOf(selections.isEmpty() ? Set.of("no") : selections);
            for (String sel : names) {
                series.append((oneModel ? "" : c.model() + ", ") + sel + " shots");
                shots.append(c.config().shots());
                acc.append(table.doubleColumn("accuracy").get(r));
                low.append(table.doubleColumn("accuracy_low").get(r));
                high.append(table.doubleColumn("accuracy_high").get(r));
            }
        }
        return Table.create("shot curve", series, shots, acc, low, high);
    }

    /** Up to {@code max} unparsed answers per row: model, config, seed, case, reason, raw answer. */
    public Table unparsedExamples(int max) {
        StringColumn model = StringColumn.create("model");
        StringColumn config = StringColumn.create("config");
        LongColumn seed = LongColumn.create("seed");
        StringColumn caseId = StringColumn.create("case");
        StringColumn note = StringColumn.create("reason");
        StringColumn raw = StringColumn.create("raw_answer");
        for (int r = 0; r < cells.size(); r++) {
            int shown = 0;
            for (Prediction p : predictions(r)) {
                if (!p.parsed() && shown++ < max) {
                    Cell c = cells.get(r);
                    model.append(c.model());
                    config.append(c.config().label());
                    seed.append(c.seed());
                    caseId.append(p.caseId());
                    note.append(p.note());
                    raw.append(p.rawAnswer());
                }
            }
        }
        return Table.create("unparsed answers (scored as wrong)", model, config, seed, caseId, note, raw);
    }

    private static void money(DoubleColumn c, double usd) {
        if (Double.isNaN(usd)) {
            c.appendMissing();
        } else {
            c.append(usd);
        }
    }

    private Table buildTable() {
        Table t = Table.create("sweep");
        StringColumn model = StringColumn.create("model");
        StringColumn config = StringColumn.create("config");
        StringColumn style = StringColumn.create("style");
        StringColumn groups = StringColumn.create("groups");
        IntColumn shots = IntColumn.create("shots");
        StringColumn selection = StringColumn.create("selection");
        LongColumn seed = LongColumn.create("seed");
        t.addColumns(model, config, style, groups, shots, selection, seed);
        Summary.addColumns(t);
        for (Action a : Action.values()) {
            t.addColumns(DoubleColumn.create("bias_" + a.label()));
        }
        for (String u : List.of("calls", "input_tokens", "output_tokens", "reasoning_tokens", "cache_hits")) {
            t.addColumns(LongColumn.create(u));
        }
        t.addColumns(DoubleColumn.create("cost_usd"), DoubleColumn.create("saved_usd"));
        for (int r = 0; r < cells.size(); r++) {
            Cell c = cells.get(r);
            model.append(c.model());
            config.append(c.config().label());
            style.append(c.config().style().label());
            groups.append(c.groupLabel());
            shots.append(c.config().shots());
            selection.append(c.config().selection().name().toLowerCase(Locale.ROOT));
            seed.append(c.seed());
            Metrics m = metrics(r);
            m.summarize(bootstrap).appendTo(t);
            for (Action a : Action.values()) {
                t.doubleColumn("bias_" + a.label()).append(m.distribution().bias(a));
            }
            CallUsage u = usage(r);
            t.longColumn("calls").append(u.calls());
            t.longColumn("input_tokens").append(u.inputTokens());
            t.longColumn("output_tokens").append(u.outputTokens());
            t.longColumn("reasoning_tokens").append(u.reasoningTokens());
            t.longColumn("cache_hits").append(u.cacheHits());
            money(t.doubleColumn("cost_usd"), u.costUsd());
            money(t.doubleColumn("saved_usd"), u.savedUsd());
        }
        return t;
    }
}
