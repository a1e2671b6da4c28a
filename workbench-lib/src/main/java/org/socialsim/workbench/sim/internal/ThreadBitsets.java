package org.socialsim.workbench.sim.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One bitset over {@code n} agents per thread that touches it: threads set bits in their own set with a plain OR (no
 * atomic operation, no cache line shared with another thread), and a pass afterwards reads the union. The union does
 * not depend on which thread set which bit, so results stay independent of the thread count. Lets a hot loop record
 * the agents it reached in a small set that stays in the core's cache instead of writing shared per-agent state.
 */
public final class ThreadBitsets {
    private final int words;
    private final List<long[]> sets = new ArrayList<>(); // guarded by itself
    private final ThreadLocal<long[]> mine = ThreadLocal.withInitial(this::register);

    /** Sets over agents 0 .. n - 1. */
    public ThreadBitsets(int n) {
        this.words = (n + 63) >>> 6;
    }

    /** The calling thread's set (created on its first call): set agent u with {@code bits[u >>> 6] |= 1L << u}. */
    public long[] mine() {
        return mine.get();
    }

    /** Number of 64-agent words. */
    public int words() {
        return words;
    }

    /**
     * Every thread's set, for a pass over the union; call only when no thread is setting bits. The pass clears the
     * words it reads so the sets are empty for the next round.
     */
    public long[][] all() {
        synchronized (sets) {
            return sets.toArray(new long[0][]);
        }
    }

    private long[] register() {
        long[] bits = new long[words];
        synchronized (sets) {
            sets.add(bits);
        }
        return bits;
    }
}
