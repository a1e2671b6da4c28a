package org.socialsim.workbench.sim;

import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The outcome of a {@link Calibration}.
 *
 * @param best         the parameter set with the lowest error on the fit window
 * @param fitError     its RMSE on the fit window over the observed range
 * @param heldOutError its RMSE on the held-out tail over the observed range (never used to choose)
 * @param split        the time where the held-out tail starts
 * @param fitted       its mean simulated curve over the whole span
 * @param trials       every parameter set tried with both errors
 */
public record CalibrationResult(Map<String, Double> best, double fitError, double heldOutError, double split,
                                Curve fitted, Table trials) {
    public CalibrationResult {
        best = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(best));
    }

    /** A best parameter by name. */
    public double param(String name) {
        Double v = best.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no calibrated parameter '" + name + "'; have " + best.keySet());
        }
        return v;
    }
}
