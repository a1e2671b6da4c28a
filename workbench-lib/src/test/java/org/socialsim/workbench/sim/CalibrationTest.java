package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void recoversAPlantedParameterAndPredictsTheHeldOutTailBetterThanAGuess() {
        SocialGraph g = Generators.directedScaleFree(ScaleFree.of(400, 4), 21, 1);
        int root = Intervention.mostFollowed(g, 1)[0];
        CascadeModel model = new CascadeModel(g, root, "news", 40, "participants");
        Map<String, Double> truth = Map.of("p", 0.25, "persistence", 0.5);
        Curve observed = Calibration.of(model).param("p", 0, 1).replicates(10).seed(99)
                .meanCurve(truth, Curve.grid(0, 40, 41)).named("planted");
        CalibrationResult r = Calibration.of(model).param("p", 0.02, 0.6).param("persistence", 0.5, 0.5).grid(15)
                .replicates(4).heldOut(0.4).seed(5).fit(observed);
        assertEquals(0.25, r.param("p"), 0.07, "planted p recovered: " + r.best());
        double[] tail = java.util.Arrays.stream(Curve.grid(0, 40, 100)).filter(t -> t > r.split()).toArray();
        Curve guess = Calibration.of(model).param("p", 0, 1).replicates(4).seed(5)
                .meanCurve(Map.of("p", 0.05, "persistence", 0.5), Curve.grid(0, 40, 41));
        double guessTail = CurveFit.nrmse(observed, guess, tail);
        assertTrue(r.heldOutError() < 0.5 * guessTail, "held-out " + r.heldOutError() + " vs guess " + guessTail);
        assertEquals(15, r.trials().rowCount());
        assertTrue(r.trials().columnNames().containsAll(List.of("p", "fit_nrmse", "heldout_nrmse")));
    }

    @Test
    void randomSearchIsSeeded() {
        Calibration a = Calibration.of((p, s) -> null).param("x", 0, 1).param("y", 5, 6).randomSearch(4).seed(3);
        Calibration b = Calibration.of((p, s) -> null).param("x", 0, 1).param("y", 5, 6).randomSearch(4).seed(3);
        assertEquals(a.candidates(), b.candidates());
        assertTrue(a.candidates().stream().allMatch(m -> m.get("y") >= 5 && m.get("y") <= 6));
        assertEquals(9, Calibration.of((p, s) -> null).param("x", 0, 1).param("y", 0, 1).grid(3).candidates().size());
    }
}
