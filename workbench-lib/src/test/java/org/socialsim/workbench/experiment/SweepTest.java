package org.socialsim.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.experiment.internal.ResultStore;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.ShotSelection;
import org.socialsim.workbench.llm.LlmException;
import org.socialsim.workbench.llm.Prices;
import org.socialsim.workbench.progress.ProgressSinks;
import org.socialsim.workbench.prompt.PromptConfig;
import tech.tablesaw.api.Table;

class SweepTest {
    static final CaseSplit SPLIT = CaseSplit.testOnly(TestCases.planted(120, 5, "t"));

    @BeforeAll
    static void quiet() {
        ProgressSinks.use(ProgressSinks.silent());
    }

    @Test
    void leaveOneOutGridHasOneRowPerCellAndSeedAndShowsTheRatesEffect() {
        RatesPredictor p = new RatesPredictor();
        SweepResult r = Sweep.on(SPLIT).model(p).groups(GroupSubset.leaveOneOut()).seeds(1, 2).run();
        Table t = r.table();
        assertEquals(8, t.rowCount());
        assertEquals(List.of("all", "all", "-profile", "-profile", "-counts", "-counts", "-rates", "-rates"),
                t.stringColumn("groups").asList());
        assertEquals(8 * 120, p.calls.get());
        double all = t.doubleColumn("accuracy").get(0);
        double noRates = t.doubleColumn("accuracy").get(6);
        assertTrue(all > 0.7 && noRates < 0.5, "all " + all + ", -rates " + noRates);
        assertEquals(1.0 / (r.metrics(6).distribution().share(org.socialsim.workbench.data.Action.QUOTE).trueShare()),
                t.doubleColumn("bias_quote").get(6), 1e-9);
        assertTrue(t.doubleColumn("accuracy_low").get(0) < all && t.doubleColumn("accuracy_high").get(0) > all);
        assertEquals(0, t.longColumn("calls").get(0));
        assertTrue(r.compare(0, 6).pValue() < 0.001);
    }

    @Test
    void shotGridMapsZeroToUserInfoAndNeedsCasesForEachSelection() {
        Sweep s = Sweep.on(SPLIT).model(new RatesPredictor()).groups(List.of(GroupSubset.all())).shots(0, 1, 3)
                .selections(ShotSelection.RECENT, ShotSelection.SIMILAR);
        List<Cell> cells = s.cells();
        assertEquals(List.of("user-info [profile+counts+rates]", "few-shot k=1 recent [profile+counts+rates]",
                "few-shot k=1 similar [profile+counts+rates]", "few-shot k=3 recent [profile+counts+rates]",
                "few-shot k=3 similar [profile+counts+rates]"), cells.stream().map(c -> c.config().label()).toList());
        IllegalStateException e = assertThrows(IllegalStateException.class, s::run);
        assertTrue(e.getMessage().contains("on(ShotSelection.SIMILAR"), e.getMessage());
        SweepResult r = s.on(ShotSelection.SIMILAR, SPLIT).run();
        assertEquals(List.of(0, 1, 1, 3, 3), r.table().intColumn("shots").asList());
        Table curve = r.shotCurve();
        assertEquals(List.of("recent shots", "similar shots", "recent shots", "similar shots", "recent shots",
                "similar shots"),
                curve.stringColumn("model").asList());
        assertEquals(List.of(0, 0, 1, 1, 3, 3), curve.intColumn("shots").asList());
        assertEquals(curve.columnNames(), PaperFigures.shotCurveReference(0, 1).columnNames());
    }

    @Test
    void llmCellsRecordUsageAndUnparsedAnswersWithExamples() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(pr -> pr.user().contains("Post 7\n") ? "no idea"
                : ScriptedLlmClient.byRates(pr));
        SweepResult r = Sweep.on(SPLIT).llm(llm).configs(PromptConfig.zeroShot(),
                PromptConfig.userInfo(Set.of(FeatureGroup.RATES))).concurrency(4).run();
        Table t = r.table();
        assertEquals(2, t.rowCount());
        assertEquals(List.of(1, 1), t.intColumn("unparsed").asList());
        assertEquals(120, t.longColumn("calls").get(0));
        assertTrue(t.longColumn("input_tokens").get(1) > t.longColumn("input_tokens").get(0));
        Table ex = r.unparsedExamples(5);
        assertEquals(2, ex.rowCount());
        assertEquals("t7", ex.stringColumn("case").get(0));
        assertEquals("no idea", ex.stringColumn("raw_answer").get(0));
        assertTrue(r.prompt(1, 0).user().contains("% were retweets"));
        assertTrue(r.table().doubleColumn("bias_quote").get(0) > 2, "zero-shot always says quote");
    }

    @Test
    void anLlmRunsAtItsClientsConcurrencyUnlessTheSweepSaysOtherwise() {
        ScriptedLlmClient four = new ScriptedLlmClient(ScriptedLlmClient::byRates, Integer.MAX_VALUE, 15)
                .runningAtOnce(4);
        CaseSplit some = CaseSplit.testOnly(TestCases.planted(24, 7, "c"));
        Sweep.on(some).llm(four).configs(PromptConfig.zeroShot()).run();
        assertTrue(four.maxInFlight() > 1 && four.maxInFlight() <= 4, "in flight at once: " + four.maxInFlight());

        ScriptedLlmClient one = new ScriptedLlmClient(ScriptedLlmClient::byRates, Integer.MAX_VALUE, 15)
                .runningAtOnce(4);
        Sweep.on(some).llm(one).configs(PromptConfig.zeroShot()).concurrency(1).run();
        assertEquals(1, one.maxInFlight());
    }

    @Test
    void llmOrOfflinePicksTheChatModelWhenThereIsOne() {
        ScriptedLlmClient llm = ScriptedLlmClient.answering(ScriptedLlmClient::byRates);
        assertEquals(List.of(llm.spec().label()),
                Sweep.on(SPLIT).llmOrOffline(java.util.Optional.of(llm)).cells().stream().map(Cell::model).toList());
        assertEquals(List.of(CaseFeatureClassifier.NAME),
                Sweep.on(SPLIT).llmOrOffline(java.util.Optional.empty()).cells().stream().map(Cell::model).toList());
    }

    @Test
    void rerunSkipsEveryFinishedPredictionAndGivesTheSameTable(@TempDir Path dir) {
        RatesPredictor first = new RatesPredictor();
        Table t1 = Sweep.on(SPLIT).model(first).groups(GroupSubset.addOne()).saveTo(dir).run().table();
        assertEquals(4 * 120, first.calls.get());
        RatesPredictor second = new RatesPredictor();
        Table t2 = Sweep.on(SPLIT).model(second).groups(GroupSubset.addOne()).saveTo(dir).run().table();
        assertEquals(0, second.calls.get());
        assertEquals(t1.print(), t2.print());
        Manifest m = Manifest.read(dir);
        assertEquals(SPLIT.hash(), m.datasetHashes().get("recent"));
        assertEquals(List.of(0L), m.seeds());
        assertEquals(4, m.configs().size());
    }

    @Test
    void aBudgetStopEndsCleanlyAndTheRerunFinishesOnlyTheRest(@TempDir Path dir) {
        Prices prices = Prices.none().with("scripted", 1.0, 4.0);
        ScriptedLlmClient poor = new ScriptedLlmClient(ScriptedLlmClient::byRates, 50, 0).pricedAt(prices);
        LlmException e = assertThrows(LlmException.class, () -> Sweep.on(SPLIT).llm(poor)
                .configs(PromptConfig.userInfo(Set.of(FeatureGroup.RATES))).concurrency(3).saveTo(dir).run());
        assertTrue(e.getMessage().startsWith("sweep stopped in cell"), e.getMessage());
        assertTrue(e.getMessage().contains("budget of 50 calls spent"), e.getMessage());
        try (ResultStore s = ResultStore.open(dir)) {
            assertEquals(50, s.count(Sweep.on(SPLIT).llm(poor).configs(PromptConfig.userInfo(
                    Set.of(FeatureGroup.RATES))).cells().get(0).key()));
        }
        ScriptedLlmClient rich = ScriptedLlmClient.answering(ScriptedLlmClient::byRates).pricedAt(prices);
        SweepResult r = Sweep.on(SPLIT).llm(rich).configs(PromptConfig.userInfo(Set.of(FeatureGroup.RATES)))
                .saveTo(dir).run();
        assertEquals(70, rich.calls());
        assertEquals(120, r.table().intColumn("n").get(0));
        assertEquals(120, r.table().longColumn("calls").get(0));
        // the money of the 50 predictions made before the stop was saved with them and is counted again
        CallUsage u = r.usage(0);
        assertEquals((u.inputTokens() * 1.0 + u.outputTokens() * 4.0) / 1e6, r.table().doubleColumn("cost_usd").get(0),
                1e-12);
        assertEquals(0.0, r.table().doubleColumn("saved_usd").get(0));
    }

    @Test
    void otherCasesInTheSameFolderAreRefused(@TempDir Path dir) {
        Sweep.on(SPLIT).model(new RatesPredictor()).saveTo(dir).run();
        CaseSplit other = CaseSplit.testOnly(TestCases.planted(30, 6, "o"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Sweep.on(other).model(new RatesPredictor()).saveTo(dir).run());
        assertTrue(e.getMessage().contains("other recent cases"), e.getMessage());
    }

    @Test
    void aTornLastLineIsCutAndRedoneAMalformedLineIsNamed(@TempDir Path dir) throws IOException {
        RatesPredictor p = new RatesPredictor();
        Sweep.on(SPLIT).model(p).saveTo(dir).run();
        Path f = dir.resolve(ResultStore.FILE);
        List<String> lines = Files.readAllLines(f);
        String last = lines.get(lines.size() - 1);
        Files.writeString(f, String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"
                + last.substring(0, last.length() / 2), StandardCharsets.UTF_8);
        RatesPredictor again = new RatesPredictor();
        SweepResult r = Sweep.on(SPLIT).model(again).saveTo(dir).run();
        assertEquals(1, r.tornLines());
        assertEquals(1, again.calls.get());
        assertEquals(120, Files.readAllLines(f).size());

        Files.writeString(f, "{\"cell\": \"x\", \"case\": 3}\n", StandardOpenOption.APPEND);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Sweep.on(SPLIT).model(new RatesPredictor()).saveTo(dir).run());
        assertTrue(e.getMessage().contains("predictions.jsonl line 121: field 'case'"), e.getMessage());
    }
}
