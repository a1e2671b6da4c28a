package org.socialsim.workbench.experiment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.socialsim.workbench.experiment.MeteredPredictor.Metered;
import org.socialsim.workbench.experiment.internal.ResultStore;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.llm.LlmException;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.prompt.PromptConfig;

/** Runs the unfinished predictions of a sweep's cells, saving each as it finishes. */
final class CellRunner {
    private final ResultStore store;
    private final ToIntFunction<Cell> concurrency;
    private final int chunkSize;

    CellRunner(ResultStore store, ToIntFunction<Cell> concurrency, int chunkSize) {
        this.store = store;
        this.concurrency = concurrency;
        this.chunkSize = chunkSize;
    }

    void runAll(List<Cell> cells, Function<Cell, CaseSplit> splitOf, Function<Cell, SweepModel.CellFactory> factoryOf) {
        long total = 0;
        long done = 0;
        for (Cell c : cells) {
            List<LabeledCase> test = splitOf.apply(c).test();
            total += test.size();
            done += test.size() - pending(c, test).size();
        }
        try (Progress progress = Progress.start("sweep", total)) {
            progress.stepBy(done);
            for (Cell c : cells) {
                CaseSplit split = splitOf.apply(c);
                List<LabeledCase> todo = pending(c, split.test());
                if (todo.isEmpty()) {
                    continue;
                }
                progress.message(c.key());
                try {
                    run(c, split, todo, factoryOf.apply(c), progress);
                } catch (LlmException e) {
                    throw new LlmException(stopped(c, split, e), e);
                } catch (RuntimeException e) {
                    throw new IllegalStateException(stopped(c, split, e), e);
                }
            }
        }
    }

    private List<LabeledCase> pending(Cell c, List<LabeledCase> test) {
        Map<String, Metered> finished = store.finished(c.key());
        List<LabeledCase> out = new ArrayList<>();
        for (LabeledCase lc : test) {
            if (!finished.containsKey(lc.caseId())) {
                out.add(lc);
            }
        }
        return out;
    }

    private String stopped(Cell c, CaseSplit split, RuntimeException e) {
        return "sweep stopped in cell '" + c.key() + "' with " + store.count(c.key()) + " of " + split.test().size()
                + " predictions finished (everything finished is saved; run again to resume): " + e.getMessage();
    }

    private void run(Cell c, CaseSplit split, List<LabeledCase> todo, SweepModel.CellFactory factory, Progress progress) {
        PromptConfig config = c.config();
        ActionPredictor predictor = factory.create(config, restrict(config, split.train()),
                restrict(config, split.validation()), c.seed());
        List<EngagementCase> inputs = new ArrayList<>(todo.size());
        for (LabeledCase lc : todo) {
            inputs.add(config.restrict(lc.input()));
        }
        if (predictor instanceof MeteredPredictor metered) {
            runMetered(c.key(), metered, inputs, progress, concurrency.applyAsInt(c));
        } else {
            runChunks(c.key(), predictor, inputs, progress);
        }
    }

    private static List<LabeledCase> restrict(PromptConfig config, List<LabeledCase> cases) {
        List<LabeledCase> out = new ArrayList<>(cases.size());
        for (LabeledCase lc : cases) {
            out.add(new LabeledCase(config.restrict(lc.input()), lc.truth(), lc.responseText()));
        }
        return out;
    }

    private void runChunks(String key, ActionPredictor predictor, List<EngagementCase> inputs, Progress progress) {
        for (int from = 0; from < inputs.size(); from += chunkSize) {
            List<EngagementCase> chunk = inputs.subList(from, Math.min(inputs.size(), from + chunkSize));
            List<Prediction> preds = predictor.predictAll(chunk);
            if (preds.size() != chunk.size()) {
                throw new IllegalStateException("predictor '" + predictor.name() + "' returned " + preds.size()
                        + " predictions for " + chunk.size() + " cases");
            }
            List<Metered> out = new ArrayList<>(chunk.size());
            for (int i = 0; i < chunk.size(); i++) {
                out.add(new Metered(requireCase(predictor, chunk.get(i), preds.get(i)), CallUsage.NONE));
            }
            store.appendAll(key, out);
            progress.stepBy(chunk.size());
        }
    }

    /** At most {@code concurrency} predictions in flight; each saved as it completes; on a failure the ones in flight are still saved. */
    private void runMetered(String key, MeteredPredictor predictor, List<EngagementCase> inputs, Progress progress,
                            int concurrency) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true);
            return t;
        });
        ExecutorCompletionService<Metered> cs = new ExecutorCompletionService<>(pool);
        Deque<EngagementCase> queue = new ArrayDeque<>(inputs);
        int inFlight = 0;
        RuntimeException failure = null;
        try {
            while (inFlight > 0 || (failure == null && !queue.isEmpty())) {
                while (failure == null && inFlight < concurrency && !queue.isEmpty()) {
                    EngagementCase c = queue.poll();
                    cs.submit(() -> {
                        Metered m = predictor.predictMetered(c);
                        return new Metered(requireCase(predictor, c, m.prediction()), m.usage());
                    });
                    inFlight++;
                }
                try {
                    Metered m = cs.take().get();
                    store.append(key, m);
                    progress.step();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException r ? r
                                : new IllegalStateException(e.getCause().toString(), e.getCause());
                    }
                } finally {
                    inFlight--;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IllegalStateException("sweep interrupted", e);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static Prediction requireCase(ActionPredictor p, EngagementCase c, Prediction pred) {
        if (!pred.caseId().equals(c.caseId())) {
            throw new IllegalStateException("predictor '" + p.name() + "' answered case " + pred.caseId()
                    + " when asked for case " + c.caseId());
        }
        return pred;
    }
}
