package org.socialsim.workbench.sim.internal;

import java.util.Arrays;

/**
 * Compressed sparse rows: {@code offsets} (length n + 1) and {@code targets}; row u holds
 * {@code targets[offsets[u] .. offsets[u + 1])}, sorted ascending with no duplicates. Built by a counting sort that
 * runs in parallel parts (each part counts and scatters its own share of the entries).
 *
 * @param offsets row starts, offsets[n] = number of entries
 * @param targets the column indexes of all rows, row after row (it may run past offsets[n]; the tail is unused)
 */
public record Csr(int[] offsets, int[] targets) {

    /** Number of rows. */
    public int rows() {
        return offsets.length - 1;
    }

    /** Number of entries. */
    public int size() {
        return offsets[offsets.length - 1];
    }

    /**
     * Builds rows from the first {@code m} pairs (src[i], dst[i]): a counting sort by source, then each row sorted with
     * duplicates and self-loops removed.
     *
     * @throws IllegalArgumentException naming the first pair with a node outside [0, n)
     */
    public static Csr fromPairs(int n, int[] src, int[] dst, int m, Parallel parallel) {
        int parts = parallel.threads();
        int[] bounds = evenBounds(m, parts);
        int[][] cursor = new int[parts][];
        parallel.forRange(parts, 1, (c, lo, hi) -> {
            for (int p = lo; p < hi; p++) {
                int[] count = new int[n];
                for (int i = bounds[p]; i < bounds[p + 1]; i++) {
                    int s = src[i];
                    int d = dst[i];
                    if (s < 0 || s >= n || d < 0 || d >= n) {
                        throw new IllegalArgumentException("edge " + i + " (" + s + " -> " + d
                                + ") has a node outside [0, " + n + ")");
                    }
                    count[s]++;
                }
                cursor[p] = count;
            }
        });
        return fromCounted(n, src, dst, bounds, cursor, parallel);
    }

    /**
     * Builds rows from pairs already counted by parts: part p holds the pairs [bounds[p], bounds[p + 1]) and
     * {@code counts[p][u]} is how many of them have source u (the counts are used up as write cursors). The rows do not
     * depend on where the parts are cut.
     */
    public static Csr fromCounted(int n, int[] src, int[] dst, int[] bounds, int[][] counts, Parallel parallel) {
        int[] offsets = starts(n, counts);
        int[] targets = new int[bounds[bounds.length - 1]];
        parallel.forRange(counts.length, 1, (c, lo, hi) -> {
            for (int p = lo; p < hi; p++) {
                int[] at = counts[p];
                for (int i = bounds[p]; i < bounds[p + 1]; i++) {
                    targets[at[src[i]]++] = dst[i];
                }
            }
        });
        return compact(n, offsets, targets, parallel);
    }

    /** The transposed rows (row v lists every u with v in row u), sorted because each part covers a row range in order. */
    public Csr transpose(Parallel parallel) {
        int n = rows();
        int parts = parallel.threads();
        int[] rowBounds = new int[parts + 1];
        for (int p = 1; p < parts; p++) {
            long want = (long) size() * p / parts;
            int u = Arrays.binarySearch(offsets, (int) want);
            rowBounds[p] = Math.max(rowBounds[p - 1], u >= 0 ? u : -u - 2);
        }
        rowBounds[parts] = n;
        int[][] cursor = new int[parts][];
        parallel.forRange(parts, 1, (c, lo, hi) -> {
            for (int p = lo; p < hi; p++) {
                int[] count = new int[n];
                for (int i = offsets[rowBounds[p]]; i < offsets[rowBounds[p + 1]]; i++) {
                    count[targets[i]]++;
                }
                cursor[p] = count;
            }
        });
        int[] tOffsets = starts(n, cursor);
        int[] tTargets = new int[size()];
        parallel.forRange(parts, 1, (c, lo, hi) -> {
            for (int p = lo; p < hi; p++) {
                int[] at = cursor[p];
                for (int u = rowBounds[p]; u < rowBounds[p + 1]; u++) {
                    for (int i = offsets[u], end = offsets[u + 1]; i < end; i++) {
                        tTargets[at[targets[i]]++] = u;
                    }
                }
            }
        });
        return new Csr(tOffsets, tTargets);
    }

    /** Whether row u holds v (binary search). */
    public boolean contains(int u, int v) {
        return Arrays.binarySearch(targets, offsets[u], offsets[u + 1], v) >= 0;
    }

    /**
     * Row offsets from per-part counts, turning each part's counts into its write cursors in place: part p writes row
     * u from offsets[u] + (entries of parts before p in row u).
     */
    private static int[] starts(int n, int[][] counts) {
        int[] offsets = new int[n + 1];
        int running = 0;
        for (int u = 0; u < n; u++) {
            offsets[u] = running;
            for (int[] count : counts) {
                int c = count[u];
                count[u] = running;
                running += c;
            }
        }
        offsets[n] = running;
        return offsets;
    }

    private static int[] evenBounds(int m, int parts) {
        int[] b = new int[parts + 1];
        for (int p = 0; p <= parts; p++) {
            b[p] = (int) ((long) m * p / parts);
        }
        return b;
    }

    /** Sorts every row, then drops duplicates and self-loops, shifting rows left in place. */
    private static Csr compact(int n, int[] offsets, int[] targets, Parallel parallel) {
        parallel.forRange(n, 4096, (c, lo, hi) -> {
            for (int u = lo; u < hi; u++) {
                if (offsets[u + 1] - offsets[u] > 1) {
                    Arrays.sort(targets, offsets[u], offsets[u + 1]);
                }
            }
        });
        int write = 0;
        int start = 0;
        for (int u = 0; u < n; u++) {
            int end = offsets[u + 1];
            offsets[u] = write;
            int last = -1;
            for (int i = start; i < end; i++) {
                int v = targets[i];
                if (v != u && v != last) {
                    targets[write++] = v;
                    last = v;
                }
            }
            start = end;
        }
        offsets[n] = write;
        // keep a slightly long array rather than copy it (a copy would double the peak memory)
        return new Csr(offsets, write >= targets.length * 0.9 ? targets : Arrays.copyOf(targets, write));
    }
}
