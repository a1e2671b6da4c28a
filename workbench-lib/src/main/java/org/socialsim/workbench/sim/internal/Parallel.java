package org.socialsim.workbench.sim.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a loop over index ranges on a fixed number of threads. The ranges (chunks) depend only on the loop length and
 * the grain, never on the number of threads, so per-chunk partial results combined in chunk order are identical on one
 * thread or many. With one thread everything runs on the caller's thread.
 */
public final class Parallel implements AutoCloseable {
    /** Most chunks a loop is cut into. */
    private static final int MAX_CHUNKS = 256;

    /** Work on one range [lo, hi) that is chunk number {@code chunk}. */
    @FunctionalInterface
    public interface RangeAction {
        void run(int chunk, int lo, int hi);
    }

    /** Work on one range that returns a partial count. */
    @FunctionalInterface
    public interface RangeCount {
        long count(int lo, int hi);
    }

    private final int threads;
    private final ForkJoinPool pool;

    private Parallel(int threads) {
        this.threads = threads;
        this.pool = threads > 1 ? new ForkJoinPool(threads) : null;
    }

    /** A loop runner on {@code threads} threads (at least 1). */
    public static Parallel of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        return new Parallel(threads);
    }

    public int threads() {
        return threads;
    }

    /** How many chunks a loop of length n with this grain is cut into. */
    public static int chunks(int n, int grain) {
        if (n <= 0) {
            return 0;
        }
        int size = Math.max(Math.max(1, grain), (n + MAX_CHUNKS - 1) / MAX_CHUNKS);
        return (n + size - 1) / size;
    }

    /** Runs {@code action} over [0, n) in chunks of at least {@code grain} indexes. */
    public void forRange(int n, int grain, RangeAction action) {
        int chunks = chunks(n, grain);
        if (chunks == 0) {
            return;
        }
        int size = (n + chunks - 1) / chunks;
        if (pool == null || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                action.run(c, c * size, Math.min(n, (c + 1) * size));
            }
            return;
        }
        // dynamic scheduling: each thread takes the next chunk when it is done with one, so a few heavy chunks (an
        // account with a million followers) do not leave the other threads idle; the caller's thread works too
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                action.run(c, c * size, Math.min(n, (c + 1) * size));
            }
        };
        ForkJoinTask<?>[] helpers = new ForkJoinTask<?>[Math.min(threads, chunks) - 1];
        for (int i = 0; i < helpers.length; i++) {
            helpers[i] = pool.submit(worker);
        }
        try {
            worker.run();
        } finally {
            for (ForkJoinTask<?> h : helpers) {
                h.join();
            }
        }
    }

    /**
     * Starts {@code task} on one of the threads and returns at once (the caller joins the returned task); only for a
     * runner of at least two threads, so that the caller's own work goes on beside it.
     */
    public ForkJoinTask<?> fork(Runnable task) {
        if (pool == null) {
            throw new IllegalStateException("fork needs at least two threads; this runner has " + threads);
        }
        return pool.submit(task);
    }

    /** Sums per-chunk counts over [0, n). */
    public long count(int n, int grain, RangeCount count) {
        long[] partial = new long[Math.max(1, chunks(n, grain))];
        forRange(n, grain, (c, lo, hi) -> partial[c] = count.count(lo, hi));
        long sum = 0;
        for (long p : partial) {
            sum += p;
        }
        return sum;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }
}
