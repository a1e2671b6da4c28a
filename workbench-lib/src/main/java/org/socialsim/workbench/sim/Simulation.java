package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.sim.internal.Parallel;

/**
 * An S3-style simulation on a follower graph: each step, agents read their feeds, update emotion and attitude, and
 * repost, post or stay inactive, as the configured {@link Policy policies} decide. Runs are synchronous (every policy
 * reads the previous step's state) and use counter-based random streams, so a run is identical for a seed on any
 * number of threads.
 *
 * <pre>{@code
 * Simulation sim = Simulation.on(graph).policies(IndependentCascade.of(0.05)).seed(7).build();
 * Trajectory t = sim.run("baseline", 30, Intervention.seed(root, "breaking news"));
 * }</pre>
 */
public final class Simulation {
    private final SocialGraph graph;
    private final List<Policy> policies;
    private final long seed;
    private final int threads;
    private final FeedMix feedMix;
    private final Profiles profiles;
    private final int memoryCapacity;
    private final InfluenceWeights weights;
    private final Relevance relevance;
    private final float[] initialAttitudes;
    private final boolean progress;

    private Simulation(Builder b) {
        this.graph = b.graph;
        this.policies = List.copyOf(b.policies);
        this.seed = b.seed;
        this.threads = b.threads;
        this.feedMix = b.feedMix;
        this.profiles = b.profiles;
        this.memoryCapacity = b.memoryCapacity;
        this.weights = b.weights;
        this.relevance = b.relevance;
        this.initialAttitudes = b.initialAttitudes;
        this.progress = b.progress;
        long sharing = policies.stream().filter(Policy::decidesSharing).count();
        if (sharing > 1) {
            throw new IllegalArgumentException("at most one policy may decide sharing, got " + sharing + ": "
                    + policies.stream().filter(Policy::decidesSharing).map(Policy::name).toList());
        }
        if (profiles != null && profiles.size() != graph.nodeCount()) {
            throw new IllegalArgumentException("profiles: " + profiles.size() + " for " + graph.nodeCount()
                    + " agents");
        }
    }

    /** Starts configuring a simulation on this graph. */
    public static Builder on(SocialGraph graph) {
        return new Builder(graph);
    }

    public SocialGraph graph() {
        return graph;
    }

    public List<Policy> policies() {
        return policies;
    }

    public long seed() {
        return seed;
    }

    /** A copy with another seed (same policies: run copies one after another, not at the same time). */
    public Simulation withSeed(long newSeed) {
        Builder b = toBuilder();
        b.seed = newSeed;
        return b.build();
    }

    /** A copy on another number of threads. */
    public Simulation withThreads(int newThreads) {
        return toBuilder().threads(newThreads).build();
    }

    /** Runs {@code steps} steps after step 0 (where the interventions of step 0, e.g. seeds, are placed). */
    public Trajectory run(String name, int steps, List<Intervention> interventions) {
        try (Run r = start(name, interventions)) {
            r.advance(steps);
            return r.trajectory();
        }
    }

    /** {@link #run(String, int, List)} with interventions as arguments. */
    public Trajectory run(String name, int steps, Intervention... interventions) {
        return run(name, steps, Arrays.asList(interventions));
    }

    /** Opens a run to step by hand (and inspect its {@link World} between steps); close it when done. */
    public Run start(String name, List<Intervention> interventions) {
        return new Run(name, interventions);
    }

    private Builder toBuilder() {
        Builder b = new Builder(graph);
        b.policies.addAll(policies);
        b.seed = seed;
        b.threads = threads;
        b.feedMix = feedMix;
        b.profiles = profiles;
        b.memoryCapacity = memoryCapacity;
        b.weights = weights;
        b.relevance = relevance;
        b.initialAttitudes = initialAttitudes;
        b.progress = progress;
        return b;
    }

    /** One run in progress. */
    public final class Run implements AutoCloseable {
        private final String name;
        private final List<Intervention> schedule;
        private final Parallel parallel;
        private final World world;
        private final List<StepStats> stats = new ArrayList<>();
        private final boolean sharingPolicy;

        private Run(String name, List<Intervention> interventions) {
            this.name = Objects.requireNonNull(name, "name");
            this.schedule = new ArrayList<>(interventions);
            this.schedule.sort(java.util.Comparator.comparingInt(Intervention::step));
            this.parallel = Parallel.of(threads);
            MemoryPool memory = memoryCapacity > 0
                    ? new MemoryPool(graph.nodeCount(), memoryCapacity, weights, relevance) : null;
            this.world = new World(graph, seed, parallel, feedMix, profiles, memory);
            if (initialAttitudes != null) {
                world.initialAttitudes(initialAttitudes);
            }
            this.sharingPolicy = policies.stream().anyMatch(Policy::decidesSharing);
            for (Policy p : policies) {
                p.start(world);
            }
            apply(0);
            stats.add(world.commit());
        }

        public World world() {
            return world;
        }

        /** Runs one more step and returns its statistics. */
        public StepStats step() {
            int t = world.step();
            apply(t);
            if (world.memory != null) {
                world.memory.deliver(world);
            }
            if (!sharingPolicy) {
                Exposure.push(world);
            }
            for (Policy p : policies) {
                try {
                    p.step(world);
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("policy '" + p.name() + "' in run '" + name + "': "
                            + e.getMessage() + " (policies: " + policies.stream().map(Policy::name).toList() + ")", e);
                }
            }
            StepStats s = world.commit();
            stats.add(s);
            return s;
        }

        /** Runs k more steps. */
        public Run advance(int k) {
            if (k < 0) {
                throw new IllegalArgumentException("steps must be non-negative, was " + k);
            }
            try (Progress bar = progress ? Progress.start("simulate " + name, k) : null) {
                for (int i = 0; i < k; i++) {
                    step();
                    if (bar != null) {
                        bar.step();
                    }
                }
            }
            return this;
        }

        /** The curves so far, with the policies' reports. */
        public Trajectory trajectory() {
            List<String> reports = new ArrayList<>();
            for (Policy p : policies) {
                if (!p.report().isEmpty()) {
                    reports.add(p.name() + ": " + p.report());
                }
            }
            return new Trajectory(name, stats, reports);
        }

        private void apply(int t) {
            for (Intervention i : schedule) {
                if (i.step() == t) {
                    i.apply(world);
                }
            }
        }

        @Override
        public void close() {
            parallel.close();
        }
    }

    /** Options of a simulation; only the graph is required. */
    public static final class Builder {
        private final SocialGraph graph;
        private final List<Policy> policies = new ArrayList<>();
        private long seed = 1;
        private int threads = Runtime.getRuntime().availableProcessors();
        private FeedMix feedMix = FeedMix.followeesOnly();
        private Profiles profiles;
        private int memoryCapacity;
        private InfluenceWeights weights = InfluenceWeights.defaults();
        private Relevance relevance = Relevance.none();
        private float[] initialAttitudes;
        private boolean progress;

        private Builder(SocialGraph graph) {
            this.graph = Objects.requireNonNull(graph, "graph");
        }

        /** The policies, stepped in this order (the state they read is the previous step's whatever the order). */
        public Builder policies(Policy... list) {
            policies.addAll(Arrays.asList(list));
            return this;
        }

        /** The run seed (default 1). */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Threads to step on (default: all processors). Results do not depend on it. */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + value);
            }
            this.threads = value;
            return this;
        }

        /** The initial feed mix (default: all followee posts, no recommendations). */
        public Builder feedMix(FeedMix value) {
            this.feedMix = Objects.requireNonNull(value, "feedMix");
            return this;
        }

        /** Profile texts and demographics of the agents. */
        public Builder profiles(Profiles value) {
            this.profiles = value;
            return this;
        }

        /** Gives every agent a memory pool of this capacity, ranked with these weights and relevance. */
        public Builder memory(int capacity, InfluenceWeights influence, Relevance rel) {
            this.memoryCapacity = capacity;
            this.weights = Objects.requireNonNull(influence, "weights");
            this.relevance = Objects.requireNonNull(rel, "relevance");
            return this;
        }

        /** Initial attitudes, one per agent in [-1, 1] (see {@link InitialAttitudes}). */
        public Builder initialAttitudes(float[] values) {
            this.initialAttitudes = values.clone();
            return this;
        }

        /** Shows a progress bar per run (off by default: calibration runs many small simulations). */
        public Builder progress(boolean value) {
            this.progress = value;
            return this;
        }

        public Simulation build() {
            return new Simulation(this);
        }
    }
}
