package org.socialsim.workbench.sim;

import java.util.Map;
import java.util.Objects;

/**
 * An information-propagation model of one cascade for {@link Calibration}: independent cascade with attention
 * persistence and platform recommendations, seeded at the root account, read as one trajectory column against
 * minutes. Parameters: {@code p} (repost chance per exposure), {@code persistence} (0 = classic cascade),
 * {@code recommend} (share of agents shown the post by the platform per step) and {@code minutes_per_step}.
 * Missing ones default to 0, 0, 0 and 1.
 *
 * @param graph   the follower graph
 * @param root    the account that posts first
 * @param text    the source post
 * @param horizon how many minutes to simulate
 * @param column  the trajectory column compared (e.g. "participants" for a cascade's scale)
 */
public record CascadeModel(SocialGraph graph, int root, String text, double horizon, String column)
        implements Calibration.Model {
    public CascadeModel {
        Objects.requireNonNull(graph, "graph");
        if (root < 0 || root >= graph.nodeCount()) {
            throw new IllegalArgumentException("root " + root + " is outside the graph of " + graph.nodeCount());
        }
        if (!(horizon > 0)) {
            throw new IllegalArgumentException("horizon must be positive, was " + horizon);
        }
        new StepStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0).value(column); // fails early on an unknown column
    }

    /**
     * A simulation builder with this parameter set's information policy and feed mix, to which more policies (emotion,
     * attitude), profiles or memory can be added. One thread: calibration runs many small simulations.
     */
    public Simulation.Builder builder(Map<String, Double> params, long seed) {
        IndependentCascade ic = IndependentCascade.of(get(params, "p", Double.NaN))
                .withPersistence(get(params, "persistence", 0));
        return Simulation.on(graph).policies(ic).feedMix(FeedMix.withRecommendations(get(params, "recommend", 0)))
                .seed(seed).threads(1);
    }

    /**
     * A simulation builder with this parameter set's feed mix (platform recommendations) and seed but no policy: for
     * another information policy, e.g. LLM agents, on the calibrated platform.
     */
    public Simulation.Builder platform(Map<String, Double> params, long seed) {
        return Simulation.on(graph).feedMix(FeedMix.withRecommendations(get(params, "recommend", 0))).seed(seed)
                .threads(1);
    }

    /** The information-only simulation of one parameter set. */
    public Simulation simulation(Map<String, Double> params, long seed) {
        return builder(params, seed).build();
    }

    /** Steps that cover the horizon for this parameter set's minutes per step. */
    public int steps(Map<String, Double> params) {
        return (int) Math.ceil(horizon / minutesPerStep(params));
    }

    /** Minutes one step stands for. */
    public double minutesPerStep(Map<String, Double> params) {
        return get(params, "minutes_per_step", 1);
    }

    /** The step that starts at this minute (for interventions). */
    public int stepAt(Map<String, Double> params, double minute) {
        return (int) Math.round(minute / minutesPerStep(params));
    }

    /** The source post at the root, at step 0. */
    public Intervention seedPost() {
        return Intervention.seed(root, text);
    }

    @Override
    public Curve simulate(Map<String, Double> params, long seed) {
        Trajectory t = simulation(params, seed).run("cascade", steps(params), seedPost());
        return t.curve(column).scaleTime(minutesPerStep(params));
    }

    /** The mean curve of another trajectory column over {@code runs} seeded runs, against minutes. */
    public Curve meanCurve(Map<String, Double> params, String otherColumn, int runs, long seed) {
        CascadeModel other = new CascadeModel(graph, root, text, horizon, otherColumn);
        double[] minutes = Curve.grid(0, horizon, (int) Math.max(2, Math.ceil(horizon) + 1));
        return Calibration.of(other).replicates(runs).seed(seed).meanCurve(params, minutes)
                .named("simulated " + otherColumn);
    }

    private static double get(Map<String, Double> params, String name, double fallback) {
        Double v = params.get(name);
        if (v == null) {
            if (Double.isNaN(fallback)) {
                throw new IllegalArgumentException("cascade model needs parameter '" + name + "'; got " + params.keySet());
            }
            return fallback;
        }
        return v;
    }
}
