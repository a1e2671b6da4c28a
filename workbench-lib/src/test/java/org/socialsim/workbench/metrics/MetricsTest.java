package org.socialsim.workbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialsim.workbench.data.Action.QUOTE;
import static org.socialsim.workbench.data.Action.RETWEET;
import static org.socialsim.workbench.data.Action.REWRITE;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.TestCases;
import org.socialsim.workbench.features.LabeledCase;
import tech.tablesaw.api.Table;

class MetricsTest {
    private static final double EPS = 1e-9;

    // Hand-checked example: 10 cases, 6 right, 1 unparsed.
    // truth R: R Q - ; truth Q: Q Q Q ; truth W: Q W R W
    static final List<Action> TRUTH = List.of(RETWEET, RETWEET, RETWEET, QUOTE, QUOTE, REWRITE, REWRITE, REWRITE,
            REWRITE, QUOTE);
    static final List<Action> PRED = Arrays.asList(RETWEET, QUOTE, null, QUOTE, QUOTE, QUOTE, REWRITE, RETWEET,
            REWRITE, QUOTE);

    static Outcomes example() {
        return Outcomes.ofActions(TRUTH, PRED);
    }

    @Test
    void accuracyCountsUnparsedAsWrong() {
        Metrics m = Metrics.of(example());
        assertEquals(10, m.n());
        assertEquals(1, m.unparsed());
        assertEquals(0.6, m.accuracy(), EPS);
    }

    @Test
    void confusionMatrixHasAnUnparsedColumn() {
        ConfusionMatrix c = Metrics.of(example()).confusion();
        assertEquals(1, c.count(RETWEET, RETWEET));
        assertEquals(1, c.count(RETWEET, QUOTE));
        assertEquals(1, c.count(RETWEET, null));
        assertEquals(3, c.count(QUOTE, QUOTE));
        assertEquals(1, c.count(REWRITE, RETWEET));
        assertEquals(1, c.count(REWRITE, QUOTE));
        assertEquals(2, c.count(REWRITE, REWRITE));
        assertEquals(5, c.predictedTotal(QUOTE));
        assertEquals(4, c.truthTotal(REWRITE));
        Table t = c.table();
        assertEquals(List.of("truth", "retweet", "quote", "rewrite", "unparsed"), t.columnNames());
        assertEquals(1, t.intColumn("unparsed").get(0));
        assertEquals(2, t.intColumn("rewrite").get(2));
        Table longForm = c.longTable();
        assertEquals(10, longForm.rowCount());   // 9 action pairs + the one truth with an unparsed answer
        assertEquals(10, (int) longForm.intColumn("count").sum());
        assertTrue(longForm.stringColumn("predicted").isMissing(3));
        assertEquals(1, longForm.intColumn("count").get(3));
    }

    @Test
    void perClassPrecisionRecallF1() {
        Metrics m = Metrics.of(example());
        // retweet: tp 1, predicted 2, support 3 -> P 0.5, R 1/3, F1 0.4
        assertEquals(0.5, m.of(RETWEET).precision(), EPS);
        assertEquals(1.0 / 3, m.of(RETWEET).recall(), EPS);
        assertEquals(0.4, m.of(RETWEET).f1(), EPS);
        // quote: tp 3, predicted 5, support 3 -> P 0.6, R 1, F1 0.75
        assertEquals(0.6, m.of(QUOTE).precision(), EPS);
        assertEquals(1.0, m.of(QUOTE).recall(), EPS);
        assertEquals(0.75, m.of(QUOTE).f1(), EPS);
        // rewrite: tp 2, predicted 2, support 4 -> P 1, R 0.5, F1 2/3
        assertEquals(2.0 / 3, m.of(REWRITE).f1(), EPS);
        assertEquals((0.4 + 0.75 + 2.0 / 3) / 3, m.macroF1(), EPS);
        Table t = m.byClassTable();
        assertEquals(3, t.rowCount());
        assertEquals(0.75, t.doubleColumn("f1").get(1), EPS);
    }

    @Test
    void neverPredictedClassHasZeroPrecisionAndF1() {
        Metrics m = Metrics.of(Outcomes.ofActions(List.of(RETWEET, QUOTE), List.of(QUOTE, QUOTE)));
        assertEquals(0.0, m.of(RETWEET).precision(), EPS);
        assertEquals(0.0, m.of(RETWEET).f1(), EPS);
        assertEquals(0.0, m.of(REWRITE).recall(), EPS);
        // quote: P 0.5, R 1 -> F1 2/3; macro over three actions
        assertEquals((2.0 / 3) / 3, m.macroF1(), EPS);
    }

    @Test
    void biasIndexIsPredictedShareOverTrueShare() {
        LabelDistribution d = Metrics.of(example()).distribution();
        assertEquals(2.0 / 3, d.bias(RETWEET), EPS);
        assertEquals(5.0 / 3, d.bias(QUOTE), EPS);
        assertEquals(0.5, d.bias(REWRITE), EPS);
        assertEquals(0.5, d.share(QUOTE).predictedShare(), EPS);
        assertEquals(0.3, d.share(QUOTE).trueShare(), EPS);
        assertEquals(QUOTE, d.mostOverPredicted());
        assertEquals(1, d.unparsed());
        Table t = d.table();
        assertEquals(4, t.rowCount());
        assertEquals("unparsed", t.stringColumn("action").get(3));
        assertEquals(0.1, t.doubleColumn("predicted_share").get(3), EPS);
    }

    @Test
    void biasIsNaNForAnActionThatNeverOccurs() {
        LabelDistribution d = Metrics.of(Outcomes.ofActions(List.of(QUOTE), List.of(REWRITE))).distribution();
        assertTrue(Double.isNaN(d.bias(REWRITE)));
        assertEquals(0.0, d.bias(QUOTE), EPS);
    }

    @Test
    void matchesPredictionsToCasesById() {
        List<LabeledCase> cases = TestCases.labeled(List.of(RETWEET, QUOTE, REWRITE));
        List<Prediction> preds = List.of(Prediction.of("c2", REWRITE), Prediction.unparsed("c0", "dunno", "no label"),
                Prediction.of("c1", RETWEET));
        Metrics m = Metrics.of(cases, preds);
        assertEquals(List.of("c0", "c1", "c2"), m.outcomes().caseIds());
        assertEquals(1.0 / 3, m.accuracy(), EPS);
        assertEquals(1, m.unparsed());
    }

    @Test
    void missingOrExtraPredictionsAreNamed() {
        List<LabeledCase> cases = TestCases.labeled(List.of(RETWEET, QUOTE));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Outcomes.of(cases, List.of(Prediction.of("c0", RETWEET))));
        assertTrue(missing.getMessage().contains("c1"), missing.getMessage());
        IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
                () -> Outcomes.of(cases, List.of(Prediction.of("c0", RETWEET), Prediction.of("c1", QUOTE),
                        Prediction.of("zz", QUOTE))));
        assertTrue(extra.getMessage().contains("zz"), extra.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Metrics.of(Outcomes.ofActions(List.of(), List.of())));
    }

    @Test
    void compareTableHasOneRowPerNameWithIntervals() {
        Map<String, Metrics> byName = new LinkedHashMap<>();
        byName.put("a", Metrics.of(example()));
        byName.put("b", Metrics.of(Outcomes.ofActions(TRUTH, TRUTH)));
        Table t = Metrics.compare(byName, Bootstrap.of(1).withResamples(200));
        assertEquals(2, t.rowCount());
        assertEquals("b", t.stringColumn("name").get(1));
        assertEquals(1.0, t.doubleColumn("accuracy").get(1), EPS);
        assertEquals(1.0, t.doubleColumn("accuracy_low").get(1), EPS);
        assertTrue(t.doubleColumn("accuracy_low").get(0) < 0.6 && t.doubleColumn("accuracy_high").get(0) > 0.6);
        assertEquals(1, t.intColumn("unparsed").get(0));
    }
}
