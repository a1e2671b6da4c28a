package org.socialsim.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.socialsim.workbench.RunSize;
import org.socialsim.workbench.sim.Generators;
import org.socialsim.workbench.sim.HegselmannKrause;
import org.socialsim.workbench.sim.IndependentCascade;
import org.socialsim.workbench.sim.InitialAttitudes;
import org.socialsim.workbench.sim.Intervention;
import org.socialsim.workbench.sim.Policy;
import org.socialsim.workbench.sim.ScaleFree;
import org.socialsim.workbench.sim.Simulation;
import org.socialsim.workbench.sim.SocialGraph;
import org.socialsim.workbench.sim.EmotionContagion;

/**
 * The simulator at scale: a directed scale-free follower graph (1M accounts, about 10M follow edges at full size;
 * 100k at {@code WORKBENCH_SIZE=small}), fixed seed, classic policies. Measures graph build time, independent-cascade
 * edges examined per second, a full synchronous step (every agent reads all its followees: Hegselmann-Krause) in edges
 * per second on 1 and 2 threads, and memory per agent and per edge. In the same run, on the same graph and seeds:
 * the same loops written bare over int arrays (a simple loop, the practical limit of the naive method) and NetworkX's
 * independent cascade (Debian's python3-networkx, one Python process that builds the graph once and runs a cascade
 * after each engine repeat), with ratios as medians of the paired runs.
 *
 * <pre>environment/bench.sh sim [--nodes N] [--mean 10] [--p 0.05] [--repeats 5] [--no-networkx]</pre>
 */
public final class SimBench {
    private static final long GRAPH_SEED = 42;

    private SimBench() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = RunSize.current().pick(100_000, 1_000_000);
        double mean = 10;
        double p = 0.05;
        int repeats = 5;
        boolean networkx = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--nodes" -> nodes = Integer.parseInt(args[++i]);
                case "--mean" -> mean = Double.parseDouble(args[++i]);
                case "--p" -> p = Double.parseDouble(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--no-networkx" -> networkx = false;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --nodes N, --mean M, --p P, --repeats R, --no-networkx)");
            }
        }
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("SimBench: directed scale-free graph, %,d accounts, mean following %.0f, seed %d, IC p=%.3f,"
                + " %d repeats, %d processors, java %s%n", nodes, mean, GRAPH_SEED, p, repeats, cores,
                System.getProperty("java.version"));
        warmUp(p);

        // ---- build
        long before = usedAfterGc();
        resetPeaks();
        long t0 = System.nanoTime();
        SocialGraph g = Generators.directedScaleFree(ScaleFree.of(nodes, mean), GRAPH_SEED, 2);
        double build = seconds(t0);
        long peakBuild = peakHeap() - before;
        long graphBytes = usedAfterGc() - before;
        long edges = g.edgeCount();
        System.out.printf("graph: %,d nodes, %,d follow edges (self-loops and repeats dropped)%n", g.nodeCount(), edges);
        BareCsr bare = new BareCsr(g);
        int[] src = new int[(int) edges];
        int[] dst = new int[(int) edges];
        edgeList(bare, src, dst);
        t0 = System.nanoTime();
        SocialGraph rebuilt = SocialGraph.fromEdges(nodes, src, dst, (int) edges);
        double fromList = seconds(t0);
        check(rebuilt.edgeCount() == edges, "rebuilt graph differs");
        rebuilt = null;

        // ---- independent cascade: engine, bare loop and NetworkX alternate, so each repeat pairs runs taken under the
        // same machine load; the ratios reported are the medians of the paired ratios
        int[] seeds = seeds(g, 10);
        double[][] icRatio = new double[3][repeats];
        double[][] nxRatio = new double[3][repeats];
        double[] engineIc = new double[3];
        double bareIc = 0;
        double nxIc = 0;
        long engineActivated = 0;
        long bareActivated = 0;
        long nxActivated = 0;
        JsonNode nxInfo = null;
        double nxBuild = Double.NaN;
        NetworkxReference nx = null;
        if (networkx) {
            System.out.printf("NetworkX (Debian python3-networkx) builds the same graph (about a minute) ...%n");
            try {
                nx = new NetworkxReference(src, dst, nodes, seeds, p);
                nxBuild = nx.buildSeconds();
            } catch (IOException e) {
                System.out.println("NetworkX reference unavailable, its columns stay empty: " + e.getMessage());
            }
        }
        try {
            for (int r = 0; r < repeats; r++) {
                long t = System.nanoTime();
                long[] res = bare.cascade(seeds, p, 100 + r);
                double bareRate = res[0] / seconds(t);
                bareIc = Math.max(bareIc, bareRate);
                bareActivated = res[1];
                double[] rate = new double[3];
                for (int threads = 1; threads <= 2; threads++) {
                    double[] e = engineCascade(g, seeds, p, threads, 100 + r);
                    rate[threads] = e[0] / e[1];
                    engineIc[threads] = Math.max(engineIc[threads], rate[threads]);
                    icRatio[threads][r] = rate[threads] / bareRate;
                    engineActivated = (long) e[2];
                }
                if (nx != null) {
                    double[] x;
                    try {
                        x = nx.cascade(100 + r);
                    } catch (IOException e) {
                        System.out.println("NetworkX reference failed, its columns stay empty: " + e.getMessage());
                        nx.close();
                        nx = null;
                        continue;
                    }
                    double nxRate = x[0] / x[1];
                    nxIc = Math.max(nxIc, nxRate);
                    nxActivated = (long) x[2];
                    for (int threads = 1; threads <= 2; threads++) {
                        nxRatio[threads][r] = rate[threads] / nxRate;
                    }
                }
            }
            if (nx != null) {
                nxInfo = nx.finish();
            }
        } finally {
            if (nx != null) {
                nx.close();
            }
        }
        double[] engineSweep = new double[3];
        double[] bareSweep = new double[3];
        double[][] sweepRatio = new double[3][repeats + 2];
        double[] contagion = new double[3];
        float[] x = InitialAttitudes.uniform(nodes, 3);
        float[] out = new float[nodes];
        for (int threads = 1; threads <= 2; threads++) {
            contagion[threads] = edges / engineStep(g, EmotionContagion.of(0.3, 0.1), x, threads, repeats + 2, seeds);
            for (int r = 0; r < repeats + 2; r++) {
                long t = System.nanoTime();
                bare.boundedConfidence(x, out, 0.3f, threads);
                double bareRate = edges / seconds(t);
                double engineRate = edges / engineStep(g, HegselmannKrause.of(0.3), x, threads, 1, seeds);
                bareSweep[threads] = Math.max(bareSweep[threads], bareRate);
                engineSweep[threads] = Math.max(engineSweep[threads], engineRate);
                sweepRatio[threads][r] = engineRate / bareRate;
            }
        }

        // ---- memory of one run's state
        long beforeRun = usedAfterGc();
        long stateBytes;
        try (Simulation.Run run = Simulation.on(g).policies(IndependentCascade.of(p)).threads(1).build()
                .start("memory", List.of())) {
            stateBytes = usedAfterGc() - beforeRun;
            check(run.world().agentCount() == nodes, "run lost its world");
        }

        // ---- report
        System.out.println();
        System.out.println("| measure | engine | bare CSR loop | ratio engine/bare | NetworkX | ratio engine/NetworkX |");
        System.out.println("|---|---|---|---|---|---|");
        boolean withNx = nxInfo != null;
        System.out.printf("| IC edges examined/s, 1 thread | %s | %s | %.2f | %s | %s |%n", fmt(engineIc[1]),
                fmt(bareIc), median(icRatio[1]), withNx ? fmt(nxIc) + " edges/s" : "-",
                withNx ? String.format("%.1fx", median(nxRatio[1])) : "-");
        System.out.printf("| IC edges examined/s, 2 threads | %s | %s (1 thread) | %.2f | | %s |%n", fmt(engineIc[2]),
                fmt(bareIc), median(icRatio[2]), withNx ? String.format("%.1fx", median(nxRatio[2])) : "-");
        for (int threads = 1; threads <= 2; threads++) {
            System.out.printf("| full step (Hegselmann-Krause) edges/s, %d thread%s | %s | %s | %.2f | - | - |%n",
                    threads, threads > 1 ? "s" : "", fmt(engineSweep[threads]), fmt(bareSweep[threads]),
                    median(sweepRatio[threads]));
        }
        for (int threads = 1; threads <= 2; threads++) {
            System.out.printf("| full step (emotion contagion) edges/s, %d thread%s | %s | - | - | - | - |%n",
                    threads, threads > 1 ? "s" : "", fmt(contagion[threads]));
        }
        System.out.printf("| build: generate + CSR both ways, 2 threads | %.2f s | | | %s | %s |%n", build,
                withNx ? String.format("%.1f s (from arrays)", nxBuild) : "-",
                withNx ? String.format("%.0fx", nxBuild / build) : "-");
        System.out.printf("| build: CSR both ways from an edge list, all cores | %.2f s | | | | |%n", fromList);
        System.out.printf("| graph memory (retained) | %.1f B/edge, %.1f B/node | (arrays: %.1f B/edge) | | %s | |%n",
                (double) graphBytes / edges, (double) graphBytes / nodes, (double) g.bytes() / edges,
                withNx ? String.format("peak RSS %.0f B/edge", nxInfo.get("peak_rss_mb").asDouble() * 1048576
                        / edges) : "-");
        System.out.printf("| peak heap while building | %.1f B/edge | | | | |%n", (double) peakBuild / edges);
        System.out.printf("| run state (one run, all aspects) | %.1f B/agent = %.1f B/edge | | | | |%n",
                (double) stateBytes / nodes, (double) stateBytes / edges);
        System.out.printf("| graph + run state | %.1f B/edge | | | | |%n", (double) (graphBytes + stateBytes) / edges);
        System.out.printf("%nIC activated: engine %,d (1 run), bare loop %,d, NetworkX %s (same seeds and p; each"
                + " its own random numbers)%n", engineActivated, bareActivated,
                withNx ? String.format("%,d", nxActivated) : "-");
        if (withNx) {
            System.out.println("NetworkX " + nxInfo.get("networkx").asText() + ": " + nxInfo);
        }
        System.out.println("Throughputs are the best of the repeats; ratios are medians of paired runs taken back to"
                + " back (each repeat runs the bare loop, the engine on 1 and 2 threads, then NetworkX).");
        System.out.println("The engine pushes each step's sharers in agent order (reading the follower arrays front to back);"
                + " the bare loop keeps discovery order, as NetworkX does.");
        System.out.println("Goals (issue 7): engine within 2x of the bare loop, >= 20x NetworkX, <= ~20 B/edge, build"
                + " < 2 s. Timings on a shared machine are noisy; the ratios are measured in the same run.");
    }

    private static void warmUp(double p) throws InterruptedException {
        SocialGraph g = Generators.directedScaleFree(ScaleFree.of(50_000, 10), 1, 2);
        int[] seeds = seeds(g, 10);
        BareCsr bare = new BareCsr(g);
        float[] x = InitialAttitudes.uniform(g.nodeCount(), 1);
        for (int i = 0; i < 5; i++) {
            engineCascade(g, seeds, p, 1 + i % 2, i);
            bare.cascade(seeds, p, i);
            engineStep(g, HegselmannKrause.of(0.3), x, 1 + i % 2, 2, seeds);
            engineStep(g, EmotionContagion.of(0.3, 0.1), x, 1 + i % 2, 2, seeds);
            bare.boundedConfidence(x, new float[x.length], 0.3f, 1 + i % 2);
        }
    }

    /** {edges examined, seconds, activated} of one engine cascade run to its end. */
    private static double[] engineCascade(SocialGraph g, int[] seeds, double p, int threads, long seed) {
        IndependentCascade ic = IndependentCascade.of(p);
        Simulation sim = Simulation.on(g).policies(ic).threads(threads).seed(seed).build();
        try (Simulation.Run run = sim.start("ic", seedPosts(seeds))) {
            long t0 = System.nanoTime();
            while (run.world().frontierSize() > 0) {
                run.step();
            }
            double s = seconds(t0);
            return new double[] {ic.edgesExamined(), s, run.trajectory().last().participants()};
        }
    }

    /** Best seconds of one full step of a sweeping policy (after one untimed step). */
    private static double engineStep(SocialGraph g, Policy policy, float[] x, int threads, int steps, int[] seeds) {
        Simulation sim = Simulation.on(g).policies(policy).threads(threads).initialAttitudes(x).build();
        try (Simulation.Run run = sim.start("sweep", seedPosts(seeds))) {
            run.step();
            double best = Double.MAX_VALUE;
            for (int i = 0; i < steps; i++) {
                long t0 = System.nanoTime();
                run.step();
                best = Math.min(best, seconds(t0));
            }
            return best;
        }
    }

    private static List<Intervention> seedPosts(int[] seeds) {
        List<Intervention> out = new ArrayList<>();
        for (int s : seeds) {
            out.add(Intervention.seed(s, "news"));
        }
        return out;
    }

    /** k distinct accounts with followers, drawn with a fixed seed. */
    private static int[] seeds(SocialGraph g, int k) {
        SplittableRandom rnd = new SplittableRandom(7);
        int[] out = new int[k];
        int found = 0;
        while (found < k) {
            int u = rnd.nextInt(g.nodeCount());
            if (g.followerCount(u) > 0 && Arrays.stream(out, 0, found).noneMatch(v -> v == u)) {
                out[found++] = u;
            }
        }
        return out;
    }

    /** The follow edges as (followee, follower) pairs: the direction posts travel. */
    private static void edgeList(BareCsr b, int[] src, int[] dst) {
        int k = 0;
        for (int v = 0; v < b.n; v++) {
            for (int e = b.followerStart[v]; e < b.followerStart[v + 1]; e++) {
                src[k] = b.followers[e];
                dst[k++] = v;
            }
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the peak heap). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String fmt(double perSecond) {
        return perSecond >= 1e6 ? String.format("%.1fM", perSecond / 1e6) : String.format("%.0f", perSecond);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
