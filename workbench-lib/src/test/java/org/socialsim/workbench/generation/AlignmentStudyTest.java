package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.CaseSplit;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.Sweep;
import org.socialsim.workbench.experiment.SweepResult;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.metrics.Bootstrap;
import org.socialsim.workbench.prompt.PromptConfig;
import tech.tablesaw.api.Table;

class AlignmentStudyTest {
    private static final UnaryOperator<EngagementCase> ZERO_SHOT = c -> c.restrict(Set.of(), 0);
    private final List<LabeledCase> cases = cases(40);
    private final Map<String, Action> truth = new HashMap<>();

    AlignmentStudyTest() {
        cases.forEach(c -> truth.put(c.caseId(), c.truth()));
    }

    private static List<LabeledCase> cases(int n) {
        List<LabeledCase> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Action a = Action.values()[i % 3];
            out.add(Fixtures.labeled("c" + i, "Source post " + i + " about boosters.", a,
                    a == Action.RETWEET ? null : "My own words number " + i + "!", List.of()));
        }
        return out;
    }

    /** Right on cases 0-29, wrong on 30-38, unparsed on 39: accuracy 30/40. */
    private final ActionPredictor predictor = new ActionPredictor() {
        @Override
        public String name() {
            return "scripted predictor";
        }

        @Override
        public Prediction predict(EngagementCase c) {
            int i = Integer.parseInt(c.caseId().substring(1));
            if (i == 39) {
                return Prediction.unparsed(c.caseId(), "???", "no action in answer");
            }
            Action t = truth.get(c.caseId());
            return Prediction.of(c.caseId(), i < 30 ? t : Action.values()[(t.ordinal() + 1) % 3]);
        }
    };

    /** Writes exactly what the user wrote (a test double that knows the answers). */
    private final ResponseGenerator copier = new ResponseGenerator() {
        private final Map<String, String> texts = new HashMap<>();

        {
            cases.forEach(c -> texts.put(c.caseId(), ResponsePair.reference(c)));
        }

        @Override
        public String name() {
            return "copier (test double)";
        }

        @Override
        public String generate(EngagementCase c, Action action) {
            return texts.get(c.caseId());
        }
    };

    @Test
    void predictedRunCarriesAccuracyFailuresAndScores() {
        AlignmentStudy study = AlignmentStudy.of(SourceEchoGenerator.create(),
                Alignment.create(new Fixtures.TableEncoder(Map.of())));
        AlignmentRun run = study.run("zero-shot", ZERO_SHOT, cases, predictor);
        assertTrue(run.predicted());
        assertEquals(1, run.failedGenerations());
        assertEquals("scripted predictor", run.actions());
        assertEquals(SourceEchoGenerator.NAME, run.generator());
        Table t = AlignmentSummary.table(List.of(run), Bootstrap.of(3));
        int acc = t.stringColumn("measure").indexOf("accuracy");
        assertEquals(30.0 / 40, t.doubleColumn("mean").get(acc), 1e-12);
        assertTrue(t.doubleColumn("low").get(acc) < 0.75 && t.doubleColumn("high").get(acc) > 0.75);
        int meaning = t.stringColumn("measure").indexOf("meaning_cosine");
        assertEquals(39, t.intColumn("n").get(meaning));
        assertEquals(1, t.intColumn("missing").get(meaning));
        assertEquals("1 missing", t.stringColumn("status").get(meaning));
        int stance = t.stringColumn("measure").indexOf("stance_agreement");
        assertTrue(t.stringColumn("status").get(stance).startsWith("needs judge"));
        assertTrue(t.doubleColumn("mean").isMissing(stance));
        assertEquals(1 + 4 + 4, t.rowCount(), "accuracy, four measures, four judged dimensions marked");
    }

    @Test
    void summaryMeansAreTheMeansOfThePairValuesAndRepeatForASeed() {
        AlignmentStudy study = AlignmentStudy.of(SourceEchoGenerator.create(), Alignment.of(List.of(
                StyleScorer.create())));
        AlignmentRun run = study.runWithTrueActions("oracle", ZERO_SHOT, cases);
        assertNull(run.outcomes());
        assertEquals(AlignmentRun.TRUE_ACTIONS, run.actions());
        Table a = AlignmentSummary.table(List.of(run), Bootstrap.of(11));
        assertEquals(1, a.rowCount(), "no accuracy row without predictions");
        assertEquals(run.scores().mean("style_distance"), a.doubleColumn("mean").get(0), 1e-12);
        Table b = AlignmentSummary.table(List.of(run), Bootstrap.of(11));
        assertEquals(a.doubleColumn("low").get(0), b.doubleColumn("low").get(0), 0.0);
        assertEquals(a.doubleColumn("high").get(0), b.doubleColumn("high").get(0), 0.0);
    }

    @Test
    void pairedComparisonFindsTheMoreAlignedConfiguration() {
        Alignment alignment = Alignment.create(new Fixtures.TableEncoder(Map.of()));
        AlignmentRun copied = AlignmentStudy.of(copier, alignment).run("copier", ZERO_SHOT, cases, predictor);
        AlignmentRun echoed = AlignmentStudy.of(SourceEchoGenerator.create(), alignment)
                .run("echo", ZERO_SHOT, cases, predictor);
        Table t = AlignmentSummary.compare(copied, echoed, Bootstrap.of(5));
        int style = t.stringColumn("measure").indexOf("style_distance");
        assertEquals("lower", t.stringColumn("better").get(style));
        assertTrue(t.doubleColumn("difference").get(style) < 0);
        assertEquals(0.0, t.doubleColumn("first").get(style), 1e-12, "the copier's style is the user's");
        assertEquals("first better", t.stringColumn("verdict").get(style));
        int meaning = t.stringColumn("measure").indexOf("meaning_cosine");
        assertEquals("first better", t.stringColumn("verdict").get(meaning));
        assertEquals(39, t.intColumn("n").get(meaning), "cases where both have a value");
        int acc = t.stringColumn("measure").indexOf("accuracy");
        assertEquals(0.0, t.doubleColumn("difference").get(acc), 0.0);
        assertEquals("no clear difference", t.stringColumn("verdict").get(acc));
        int gender = t.stringColumn("measure").indexOf("gender_agreement");
        assertTrue(t.stringColumn("verdict").get(gender).startsWith("needs judge"));
    }

    @Test
    void everyRowOfASweepBecomesARunWithItsConfigurationAndPredictions() {
        List<LabeledCase> withShots = new ArrayList<>();
        for (LabeledCase c : cases) {
            withShots.add(Fixtures.labeled(c.caseId(), c.input().post().text(), c.truth(), c.responseText(),
                    List.of(Fixtures.shot(Action.QUOTE, "older post", "an older comment of mine"))));
        }
        SweepResult sweep = Sweep.on(CaseSplit.testOnly(withShots)).model(predictor)
                .configs(PromptConfig.zeroShot(), PromptConfig.fewShot(1, Set.of(), null)).run();
        NearestPastPostGenerator retrieval = NearestPastPostGenerator.create(new Fixtures.TableEncoder(Map.of()));
        List<AlignmentRun> runs = AlignmentStudy.of(retrieval, Alignment.of(List.of(StyleScorer.create())))
                .runAll(sweep, withShots);
        assertEquals(List.of("zero-shot", PromptConfig.fewShot(1, Set.of(), null).label()),
                runs.stream().map(AlignmentRun::configuration).toList());
        for (AlignmentRun r : runs) {
            assertEquals("scripted predictor", r.actions());
            assertEquals(30, (int) java.util.Arrays.stream(r.outcomes().correctness()).sum());
        }
        // zero-shot shows no shots, so retrieval echoes the post; one shot gives it the user's old comment
        assertEquals("Source post 1 about boosters.", runs.get(0).responses().get(1).text());
        assertEquals("an older comment of mine", runs.get(1).responses().get(1).text());
    }

    @Test
    void comparisonNeedsTheSameCases() {
        AlignmentStudy study = AlignmentStudy.of(SourceEchoGenerator.create(), Alignment.of(List.of(
                StyleScorer.create())));
        AlignmentRun all = study.runWithTrueActions("all", ZERO_SHOT, cases);
        AlignmentRun some = study.runWithTrueActions("some", ZERO_SHOT, cases.subList(0, 10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlignmentSummary.compare(all, some, Bootstrap.of(1)));
        assertTrue(e.getMessage().contains("same cases"), e.getMessage());
    }
}
