package org.socialsim.workbench.sim;

/** Helpers shared by the cascade tests: many seeded runs of a policy from one seed agent. */
final class CascadeTesting {
    private CascadeTesting() {
    }

    /** Final trajectories of {@code runs} runs (seeds 1..runs) of {@code policy} from agent {@code root}. */
    static Trajectory[] runs(SocialGraph g, Policy policy, int root, int steps, int runs) {
        Trajectory[] out = new Trajectory[runs];
        for (int s = 0; s < runs; s++) {
            out[s] = Simulation.on(g).policies(policy).threads(1).seed(s + 1).build()
                    .run("run" + s, steps, Intervention.seed(root, "news"));
        }
        return out;
    }

    /** Share of runs in which agent u shared, with the world kept per run. */
    static double[] shareProbability(SocialGraph g, Policy policy, int root, int steps, int runs) {
        double[] hits = new double[g.nodeCount()];
        for (int s = 0; s < runs; s++) {
            Simulation sim = Simulation.on(g).policies(policy).threads(1).seed(s + 1).build();
            try (Simulation.Run r = sim.start("run", java.util.List.of(Intervention.seed(root, "news")))) {
                r.advance(steps);
                for (int u = 0; u < g.nodeCount(); u++) {
                    if (r.world().hasShared(u)) {
                        hits[u]++;
                    }
                }
            }
        }
        for (int u = 0; u < hits.length; u++) {
            hits[u] /= runs;
        }
        return hits;
    }

    /** Mean of the last step's participants. */
    static double meanParticipants(Trajectory[] runs) {
        double s = 0;
        for (Trajectory t : runs) {
            s += t.last().participants();
        }
        return s / runs.length;
    }
}
