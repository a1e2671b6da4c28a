package org.socialsim.workbench.sim.internal;

/**
 * Counter-based random numbers: a value is a pure function of (key, index), so the draw an agent or an edge gets never
 * depends on which thread asks or in which order. The mixing function is SplitMix64's finaliser (the generator behind
 * {@link java.util.SplittableRandom}); {@code bits(key, i)} for i = 0, 1, 2 ... is exactly a SplitMix64 sequence.
 */
public final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double UNIT = 0x1.0p-53;

    private Rng() {
    }

    /** SplitMix64's 64-bit finaliser. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The key of one stream: a run seed, a step and a salt naming who draws (a policy, a phase). */
    public static long key(long seed, long step, long salt) {
        return mix(mix(seed + salt * GOLDEN) + step * 0xD1B54A32D192ED03L);
    }

    /** 64 random bits, number {@code index} of the stream {@code key}. */
    public static long bits(long key, long index) {
        return mix(key + (index + 1) * GOLDEN);
    }

    /** A uniform double in [0, 1), number {@code index} of the stream {@code key}. */
    public static double uniform(long key, long index) {
        return (bits(key, index) >>> 11) * UNIT;
    }

    /**
     * The threshold t such that {@code (bits >>> 1) < t} holds with probability p: a comparison with no floating point
     * in the inner loop.
     */
    public static long threshold(double p) {
        if (!(p >= 0) || p > 1) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + p);
        }
        return p >= 1 ? Long.MAX_VALUE : (long) (p * 0x1.0p63);
    }

    /** Whether draw {@code index} of stream {@code key} falls under a {@link #threshold}. */
    public static boolean below(long key, long index, long threshold) {
        return (bits(key, index) >>> 1) < threshold;
    }
}
