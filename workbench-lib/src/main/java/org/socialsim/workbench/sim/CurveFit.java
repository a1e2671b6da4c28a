package org.socialsim.workbench.sim;

import java.util.List;
import java.util.Objects;
import smile.math.distance.DynamicTimeWarping;
import smile.validation.metric.RMSE;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How far a simulated curve is from an observed one, both read at the same times: root mean squared error, RMSE
 * normalised by the observed range (comparable across curves of different scales), and dynamic time warping
 * distance (Smile's, with a Sakoe-Chiba band of 10% of the points), which forgives a curve that runs early or late.
 *
 * @param observed  name of the observed curve
 * @param simulated name of the simulated curve
 * @param points    number of comparison times
 * @param rmse      root mean squared error
 * @param nrmse     rmse / (max - min of the observed values), or rmse / |mean| when the observed curve is flat
 * @param dtw       DTW distance (sum of absolute differences along the best warping path) divided by points
 */
public record CurveFit(String observed, String simulated, int points, double rmse, double nrmse, double dtw) {
    public CurveFit {
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(simulated, "simulated");
    }

    /** Compares two curves at the given times. */
    public static CurveFit of(Curve observed, Curve simulated, double[] times) {
        if (times.length < 2) {
            throw new IllegalArgumentException("need at least 2 comparison times, got " + times.length);
        }
        double[] o = observed.at(times);
        double[] s = simulated.at(times);
        double rmse = RMSE.of(o, s);
        return new CurveFit(observed.name(), simulated.name(), times.length, rmse, normalise(rmse, o),
                DynamicTimeWarping.d(o, s, Math.max(1, times.length / 10)) / times.length);
    }

    /** Normalised RMSE alone, over the observed range at these times. */
    public static double nrmse(Curve observed, Curve simulated, double[] times) {
        double[] o = observed.at(times);
        return normalise(RMSE.of(o, simulated.at(times)), o);
    }

    /**
     * RMSE at these times divided by a given scale (the calibration uses the observed range over the whole span, so
     * errors on a window and on the held-out tail are in the same unit).
     */
    public static double nrmse(Curve observed, Curve simulated, double[] times, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, was " + scale);
        }
        return RMSE.of(observed.at(times), simulated.at(times)) / scale;
    }

    /** The range (max - min) of a curve's values at these times, or |mean| when flat, or 1 when all zero. */
    public static double range(Curve curve, double[] times) {
        return scaleOf(curve.at(times));
    }

    private static double normalise(double rmse, double[] observed) {
        return rmse / scaleOf(observed);
    }

    private static double scaleOf(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
        }
        double scale = max > min ? max - min : Math.abs(sum / values.length);
        return scale > 0 ? scale : 1;
    }

    /** One row per comparison. */
    public static Table table(String name, List<CurveFit> fits) {
        return Table.create(name,
                StringColumn.create("observed", fits.stream().map(CurveFit::observed).toList()),
                StringColumn.create("simulated", fits.stream().map(CurveFit::simulated).toList()),
                DoubleColumn.create("rmse", fits.stream().mapToDouble(CurveFit::rmse).toArray()),
                DoubleColumn.create("nrmse", fits.stream().mapToDouble(CurveFit::nrmse).toArray()),
                DoubleColumn.create("dtw", fits.stream().mapToDouble(CurveFit::dtw).toArray()));
    }
}
