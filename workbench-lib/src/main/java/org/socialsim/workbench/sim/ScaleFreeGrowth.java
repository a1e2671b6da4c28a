package org.socialsim.workbench.sim;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.socialsim.workbench.sim.internal.Csr;
import org.socialsim.workbench.sim.internal.Parallel;

/** The edge list of the directed scale-free model ({@link ScaleFree}), grown for {@link Generators#directedScaleFree}. */
final class ScaleFreeGrowth {
    private ScaleFreeGrowth() {
    }

    /**
     * Grows the edge list of the model into src/dst and returns its length. Ends with exactly {@code nodes} accounts and
     * at least {@code edges} edges: once the accounts are all there every step joins existing ones; if the edges run out
     * first, the remaining accounts arrive one edge each.
     * <p>
     * Which random numbers are drawn never depends on which accounts earlier draws picked, so the edges are grown in
     * batches: first the draws, each pick of an existing edge end written as a reference {@code -1 - index}, then the
     * references resolved in order (a tight loop of independent reads that the processor overlaps), on a second thread
     * when there is one, while the next batch is drawn. The graph is the same as drawing and reading one edge at a time.
     * The edge list is garbage once the rows are built (peak 12 bytes per edge).
     */
    static Csr followingRows(ScaleFree model, long seed, Parallel parallel) {
        int n = model.nodes();
        int capacity = (int) (model.edges() + n);
        int[] src = new int[capacity];
        int[] dst = new int[capacity];
        if (parallel.threads() == 1) {
            int m = grow(model, seed, src, dst, new Inline(src, dst));
            return Csr.fromPairs(n, src, dst, m, parallel);
        }
        // the second thread also counts the following rows' lengths in two parts, for the counting sort
        int split = (int) (model.edges() / 2);
        int[][] counts = {new int[n], new int[n]};
        int m;
        try (Background resolver = new Background(src, dst, split, counts, parallel)) {
            m = grow(model, seed, src, dst, resolver);
        }
        return Csr.fromCounted(n, src, dst, new int[] {0, Math.min(split, m), m}, counts, parallel);
    }

    private static int grow(ScaleFree model, long seed, int[] src, int[] dst, Resolver resolver) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = model.nodes();
        long target = model.edges();
        double alpha = model.alpha();
        double alphaBeta = 1 - model.gamma();
        double grow = model.alpha() / (model.alpha() + model.gamma());
        double dIn = model.deltaIn();
        double dOut = model.deltaOut();
        int nodes = 1;
        int m = 0;
        int drawn = 0;
        boolean betaPossible = alphaBeta > alpha;
        while (nodes < n || m < target) {
            double r = rnd.nextDouble();
            int move = r < alpha ? 0 : r < alphaBeta ? 1 : 2;
            if (nodes == n && move != 1) {
                if (!betaPossible) {
                    break; // every move adds an account and all are there
                }
                move = 1; // no more accounts: join existing ones instead
            } else if (m >= target && move == 1) {
                move = rnd.nextDouble() < grow ? 0 : 2; // no more edges between existing accounts: grow instead
            }
            int v;
            int w;
            if (move == 0) {
                w = pick(rnd, m, nodes, dIn);
                v = nodes++;
            } else if (move == 1) {
                v = pick(rnd, m, nodes, dOut);
                w = pick(rnd, m, nodes, dIn);
            } else {
                v = pick(rnd, m, nodes, dOut);
                w = nodes++;
            }
            src[m] = v;
            dst[m++] = w;
            if (m - drawn == BATCH) {
                resolver.drawn(m);
                drawn = m;
            }
        }
        resolver.drawn(m);
        return m;
    }

    /** Edges drawn before their references are handed on to be resolved. */
    private static final int BATCH = 4096;

    /**
     * An account chosen with probability proportional to (its count among the edge ends [0, m) + delta), one draw:
     * an account number, or {@code -1 - i} for "the account at edge end i", resolved by {@link #resolve}.
     */
    private static int pick(SplittableRandom rnd, int m, int nodes, double delta) {
        double total = m + nodes * delta;
        if (total <= 0) {
            return 0;
        }
        double r = rnd.nextDouble() * total;
        if (r < m) {
            return -1 - (int) r;
        }
        return Math.min(nodes - 1, (int) ((r - m) / delta));
    }

    private static void count(int[] src, int[] count, int from, int to) {
        for (int i = from; i < to; i++) {
            count[src[i]]++;
        }
    }

    /** Replaces the references of edges [from, to) by the accounts they name (earlier edges, already resolved). */
    private static void resolve(int[] src, int[] dst, int from, int to) {
        for (int i = from; i < to; i++) {
            int v = src[i];
            int w = dst[i];
            src[i] = v < 0 ? src[-1 - v] : v;
            dst[i] = w < 0 ? dst[-1 - w] : w;
        }
    }

    /** Resolves the references of the edges drawn so far, in order; {@link #close} returns once all are resolved. */
    private interface Resolver extends AutoCloseable {
        /** Edges [0, m) are drawn. */
        void drawn(int m);

        @Override
        void close();
    }

    /** Resolves each batch at once on the drawing thread. */
    private static final class Inline implements Resolver {
        private final int[] src;
        private final int[] dst;
        private int done;

        Inline(int[] src, int[] dst) {
            this.src = src;
            this.dst = dst;
        }

        @Override
        public void drawn(int m) {
            resolve(src, dst, done, m);
            done = m;
        }

        @Override
        public void close() {
        }
    }

    /**
     * Resolves on one of the run's threads, following the drawing thread batch by batch: it reads only edges before the
     * last published batch end, which the drawing thread no longer writes.
     */
    private static final class Background implements Resolver {
        private final AtomicInteger published = new AtomicInteger();
        private volatile boolean finished;
        private volatile Thread worker;
        private final ForkJoinTask<?> task;

        /** Also counts the sources of edges [0, split) into counts[0] and of the later ones into counts[1]. */
        Background(int[] src, int[] dst, int split, int[][] counts, Parallel parallel) {
            task = parallel.fork(() -> {
                worker = Thread.currentThread();
                int done = 0;
                while (true) {
                    boolean last = finished;
                    int m = published.get();
                    if (m > done) {
                        resolve(src, dst, done, m);
                        count(src, counts[0], done, Math.min(m, split));
                        count(src, counts[1], Math.max(done, split), m);
                        done = m;
                    } else if (last) {
                        return;
                    } else {
                        LockSupport.parkNanos(this, 1_000_000);
                    }
                }
            });
        }

        @Override
        public void drawn(int m) {
            published.set(m);
            LockSupport.unpark(worker);
        }

        @Override
        public void close() {
            finished = true;
            LockSupport.unpark(worker);
            task.join();
        }
    }
}
