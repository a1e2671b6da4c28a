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

    /** The simulation of one parameter set (one thread: calibration runs many small ones). */
    public Simulation simulation(Map<String, Double> params, long seed) {
        IndependentCascade ic = IndependentCascade.of(get(params, "p", Double.NaN))
                .withPersistence(get(params, "persistence", 0));
        return Simulation.on(graph).policies(ic).feedMix(FeedMix.withRecommendations(get(params, "recommend", 0)))
                .seed(seed).threads(1).build();
    }

    @Override
    public Curve simulate(Map<String, Double> params, long seed) {
        double minutes = get(params, "minutes_per_step", 1);
        int steps = (int) Math.ceil(horizon / minutes);
        Trajectory t = simulation(params, seed).run("cascade", steps, Intervention.seed(root, text));
        return t.curve(column).scaleTime(minutes);
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
