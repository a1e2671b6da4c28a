package org.socialsim.workbench.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socialsim.workbench.data.Action.QUOTE;
import static org.socialsim.workbench.data.Action.RETWEET;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;

class PairedTestTest {

    /** n cases, all truly RETWEET; the first `aRight` predictions of A are right, B is right on positions in bRight. */
    private static Outcomes outcomes(int n, List<Integer> right) {
        List<Action> truth = new ArrayList<>(Collections.nCopies(n, RETWEET));
        List<Action> pred = new ArrayList<>(Collections.nCopies(n, QUOTE));
        right.forEach(i -> pred.set(i, RETWEET));
        return Outcomes.ofActions(truth, pred);
    }

    @Test
    void exactMcNemarOnDiscordantPairs() {
        // A right on 0..6 (7), B right on 5..7 (3): b = 5 (0..4), c = 1 (7) -> p = 2 * P[Bin(6,.5) <= 1] = 2*7/64
        Outcomes a = outcomes(10, List.of(0, 1, 2, 3, 4, 5, 6));
        Outcomes b = outcomes(10, List.of(5, 6, 7));
        PairedTest t = PairedTest.mcNemar(a, b);
        assertEquals(5, t.firstOnly());
        assertEquals(1, t.secondOnly());
        assertEquals(14.0 / 64, t.pValue(), 1e-12);
        assertEquals(0.4, t.difference(), 1e-12);
        assertNull(t.interval());
    }

    @Test
    void mcNemarExtremes() {
        Outcomes a = outcomes(12, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        Outcomes none = outcomes(12, List.of());
        assertEquals(2.0 / 1024, PairedTest.mcNemar(a, none).pValue(), 1e-12);
        assertEquals(1.0, PairedTest.mcNemar(a, a).pValue(), 0);
        assertTrue(PairedTest.mcNemar(a, none).significant(0.05));
        assertTrue(PairedTest.mcNemar(a, none).toString().contains("p = 0.001953"), PairedTest.mcNemar(a, none)
                .toString());
        // 400 cases only the first gets right: the exact p (about 1e-120) is no "p = 0.000"
        List<Integer> many = java.util.stream.IntStream.range(0, 400).boxed().toList();
        String huge = PairedTest.mcNemar(outcomes(400, many), outcomes(400, List.of())).toString();
        assertTrue(huge.contains("p < 1e-16"), huge);
    }

    @Test
    void pairedBootstrapOfIdenticalScoresFindsNothing() {
        double[] s = {0.1, 0.5, 0.9, 0.3};
        PairedTest t = PairedTest.bootstrap(s, s.clone(), Bootstrap.of(1).withResamples(300));
        assertEquals(0, t.difference(), 0);
        assertEquals(1.0, t.pValue(), 0);
    }

    @Test
    void pairedBootstrapDetectsAConsistentDifference() {
        double[] a = new double[100];
        double[] b = new double[100];
        for (int i = 0; i < a.length; i++) {
            a[i] = 0.6 + (i % 7) * 0.01;
            b[i] = a[i] - 0.1 - (i % 3) * 0.01;
        }
        Bootstrap boot = Bootstrap.of(9).withResamples(999);
        PairedTest t = PairedTest.bootstrap(a, b, boot);
        assertEquals(0.1 + 0.0099, t.difference(), 0.001);
        assertEquals(1.0 / 1000, t.pValue(), 1e-12);
        assertEquals(100, t.firstOnly());
        assertTrue(t.interval().contains(t.difference()) && t.interval().lower() > 0.1, t.toString());
    }

    @Test
    void pairedBootstrapOnAccuracyAgreesWithMcNemarDirection() {
        Outcomes a = outcomes(60, range(0, 45));
        Outcomes b = outcomes(60, range(10, 40));
        PairedTest boot = PairedTest.bootstrapAccuracy(a, b, Bootstrap.of(2).withResamples(999));
        PairedTest exact = PairedTest.mcNemar(a, b);
        assertEquals(exact.difference(), boot.difference(), 1e-12);
        assertTrue(boot.pValue() < 0.01 && exact.pValue() < 0.01, boot + " / " + exact);
        PairedTest f1 = PairedTest.bootstrapMacroF1(a, b, Bootstrap.of(2).withResamples(300));
        assertTrue(f1.difference() > 0, f1.toString());
    }

    @Test
    void pairsMustBeTheSameCases() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedTest.mcNemar(outcomes(3, List.of()), outcomes(4, List.of())));
        assertThrows(IllegalArgumentException.class,
                () -> PairedTest.bootstrap(new double[2], new double[3], Bootstrap.of(1)));
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>();
        for (int i = from; i < to; i++) {
            r.add(i);
        }
        return r;
    }
}
