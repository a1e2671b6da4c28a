package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.socialsim.workbench.progress.Progress;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Fits a model's parameters to an observed curve by grid or random search, seeded. The curve is split in time: the
 * parameters are chosen on the first part only (RMSE divided by the observed curve's range over the whole span, on
 * the mean curve of a few replicate runs), and the held-out tail shows how well the fit predicts what it did not see.
 *
 * <pre>{@code
 * CalibrationResult r = Calibration.of(model).param("p", 0.01, 0.5).param("persistence", 0, 0.95)
 *         .randomSearch(60).heldOut(0.3).seed(7).fit(observed);
 * }</pre>
 */
public final class Calibration {

    /** What is calibrated: parameters in, a curve out (on the observed curve's time axis). */
    @FunctionalInterface
    public interface Model {
        Curve simulate(Map<String, Double> params, long seed);
    }

    /** A parameter searched in [low, high]. */
    public record Param(String name, double low, double high) {
        public Param {
            Objects.requireNonNull(name, "name");
            if (!(low <= high)) {
                throw new IllegalArgumentException("parameter " + name + ": low " + low + " > high " + high);
            }
        }
    }

    private final Model model;
    private final List<Param> params = new ArrayList<>();
    private int gridPoints = 5;
    private int trials = -1;
    private long seed = 1;
    private int replicates = 3;
    private double heldOut = 0.3;
    private int points = 100;

    private Calibration(Model model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public static Calibration of(Model model) {
        return new Calibration(model);
    }

    /** Searches {@code name} in [low, high]. */
    public Calibration param(String name, double low, double high) {
        params.add(new Param(name, low, high));
        return this;
    }

    /** A full grid with this many points per parameter (the default, 5 points). */
    public Calibration grid(int pointsPerParam) {
        if (pointsPerParam < 1) {
            throw new IllegalArgumentException("grid points must be at least 1, was " + pointsPerParam);
        }
        this.gridPoints = pointsPerParam;
        this.trials = -1;
        return this;
    }

    /** Random search: this many parameter sets drawn uniformly (seeded). */
    public Calibration randomSearch(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("trials must be at least 1, was " + count);
        }
        this.trials = count;
        return this;
    }

    /** Seeds of the search and of the replicate runs (default 1). */
    public Calibration seed(long value) {
        this.seed = value;
        return this;
    }

    /** Runs averaged per parameter set (default 3). */
    public Calibration replicates(int value) {
        if (value < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, was " + value);
        }
        this.replicates = value;
        return this;
    }

    /** Share of the observed time span kept out of the fit, at its end (default 0.3). */
    public Calibration heldOut(double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("held-out fraction must be in (0, 1), was " + fraction);
        }
        this.heldOut = fraction;
        return this;
    }

    /** Comparison times across the observed span (default 100). */
    public Calibration points(int value) {
        if (value < 4) {
            throw new IllegalArgumentException("need at least 4 comparison points, got " + value);
        }
        this.points = value;
        return this;
    }

    /** The parameter sets this search will try, in order. */
    public List<Map<String, Double>> candidates() {
        if (params.isEmpty()) {
            throw new IllegalStateException("no parameters to calibrate; add some with param(name, low, high)");
        }
        List<Map<String, Double>> out = new ArrayList<>();
        if (trials > 0) {
            SplittableRandom rnd = new SplittableRandom(seed);
            for (int t = 0; t < trials; t++) {
                Map<String, Double> m = new LinkedHashMap<>();
                for (Param p : params) {
                    m.put(p.name(), p.low() + (p.high() - p.low()) * rnd.nextDouble());
                }
                out.add(m);
            }
            return out;
        }
        int total = 1;
        for (Param p : params) {
            total = Math.multiplyExact(total, pointsOf(p));
        }
        for (int k = 0; k < total; k++) {
            Map<String, Double> m = new LinkedHashMap<>();
            int rest = k;
            for (Param p : params) {
                int count = pointsOf(p);
                int i = rest % count;
                rest /= count;
                m.put(p.name(), count == 1 ? (p.low() + p.high()) / 2
                        : p.low() + (p.high() - p.low()) * i / (count - 1));
            }
            out.add(m);
        }
        return out;
    }

    /** Grid points of one parameter: one for a fixed parameter (low = high). */
    private int pointsOf(Param p) {
        return p.low() == p.high() ? 1 : gridPoints;
    }

    /** The mean curve of the replicate runs of one parameter set, read at {@code times}. */
    public Curve meanCurve(Map<String, Double> values, double[] times) {
        double[] sum = new double[times.length];
        for (int r = 0; r < replicates; r++) {
            double[] y = model.simulate(values, seed + 1000L * (r + 1)).at(times);
            for (int i = 0; i < y.length; i++) {
                sum[i] += y[i] / replicates;
            }
        }
        return new Curve("simulated " + values, times, sum);
    }

    /** Searches, then reports the best set by fit-window error with its held-out error and all trials. */
    public CalibrationResult fit(Curve observed) {
        double[] all = Curve.grid(observed.start(), observed.end(), points);
        double split = observed.start() + (1 - heldOut) * (observed.end() - observed.start());
        double[] fitTimes = java.util.Arrays.stream(all).filter(t -> t <= split).toArray();
        double[] testTimes = java.util.Arrays.stream(all).filter(t -> t > split).toArray();
        double scale = CurveFit.range(observed, all);
        List<Map<String, Double>> sets = candidates();
        double[] fitErr = new double[sets.size()];
        double[] testErr = new double[sets.size()];
        int best = 0;
        try (Progress bar = Progress.start("calibrate", sets.size())) {
            for (int k = 0; k < sets.size(); k++) {
                Curve mean = meanCurve(sets.get(k), all);
                fitErr[k] = CurveFit.nrmse(observed, mean, fitTimes, scale);
                testErr[k] = CurveFit.nrmse(observed, mean, testTimes, scale);
                if (fitErr[k] < fitErr[best]) {
                    best = k;
                }
                bar.step();
            }
        }
        Table table = Table.create("calibration trials", IntColumn.indexColumn("trial", sets.size(), 0));
        for (Param p : params) {
            table.addColumns(DoubleColumn.create(p.name(), sets.stream().mapToDouble(m -> m.get(p.name())).toArray()));
        }
        table.addColumns(DoubleColumn.create("fit_nrmse", fitErr), DoubleColumn.create("heldout_nrmse", testErr));
        Curve fitted = meanCurve(sets.get(best), all).named("simulated (calibrated)");
        return new CalibrationResult(sets.get(best), fitErr[best], testErr[best], split, fitted, table);
    }
}
