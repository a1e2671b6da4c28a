package org.socialsim.workbench.data.internal;

/** Binary search over sorted arrays of times. */
public final class Sorted {
    private Sorted() {
    }

    /** The first index whose value is at least {@code key} ({@code a.length} if none): how many are below it. */
    public static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
