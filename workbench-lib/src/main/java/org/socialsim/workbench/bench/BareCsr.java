package org.socialsim.workbench.bench;

import java.util.SplittableRandom;
import org.socialsim.workbench.sim.SocialGraph;

/**
 * The practical limit SimBench compares the engine with: the same work written as bare loops over int arrays in
 * compressed sparse rows, with no engine around them.
 */
final class BareCsr {
    final int n;
    final int[] followerStart;
    final int[] followers;
    final int[] followeeStart;
    final int[] followees;

    /** Copies the graph's rows into plain arrays (outside any timing). */
    BareCsr(SocialGraph g) {
        n = g.nodeCount();
        followerStart = new int[n + 1];
        followeeStart = new int[n + 1];
        for (int u = 0; u < n; u++) {
            followerStart[u + 1] = followerStart[u] + g.followerCount(u);
            followeeStart[u + 1] = followeeStart[u] + g.followeeCount(u);
        }
        followers = new int[followerStart[n]];
        followees = new int[followeeStart[n]];
        for (int u = 0; u < n; u++) {
            for (int i = 0; i < g.followerCount(u); i++) {
                followers[followerStart[u] + i] = g.follower(u, i);
            }
            for (int i = 0; i < g.followeeCount(u); i++) {
                followees[followeeStart[u] + i] = g.followee(u, i);
            }
        }
    }

    /** Independent cascade from the seeds: returns {edges examined, activated}. */
    long[] cascade(int[] seeds, double p, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        boolean[] active = new boolean[n];
        int[] frontier = new int[n];
        int[] next = new int[n];
        int size = 0;
        for (int s : seeds) {
            if (!active[s]) {
                active[s] = true;
                frontier[size++] = s;
            }
        }
        long examined = 0;
        long activated = size;
        while (size > 0) {
            int nextSize = 0;
            for (int i = 0; i < size; i++) {
                int v = frontier[i];
                int end = followerStart[v + 1];
                examined += end - followerStart[v];
                for (int e = followerStart[v]; e < end; e++) {
                    int u = followers[e];
                    if (!active[u] && rnd.nextDouble() < p) {
                        active[u] = true;
                        next[nextSize++] = u;
                    }
                }
            }
            activated += nextSize;
            int[] t = frontier;
            frontier = next;
            next = t;
            size = nextSize;
        }
        return new long[] {examined, activated};
    }

    /** One Hegselmann-Krause step over every agent's followees, rows [from, to). */
    void boundedConfidence(float[] x, float[] out, float eps, int from, int to) {
        for (int u = from; u < to; u++) {
            float xu = x[u];
            double sum = xu;
            int count = 1;
            for (int i = followeeStart[u], end = followeeStart[u + 1]; i < end; i++) {
                float xv = x[followees[i]];
                if (Math.abs(xv - xu) <= eps) {
                    sum += xv;
                    count++;
                }
            }
            out[u] = (float) (sum / count);
        }
    }

    /** The same step on {@code threads} plain threads, rows split so each gets about the same number of edges. */
    void boundedConfidence(float[] x, float[] out, float eps, int threads) throws InterruptedException {
        if (threads == 1) {
            boundedConfidence(x, out, eps, 0, n);
            return;
        }
        Thread[] ts = new Thread[threads];
        int from = 0;
        for (int t = 0; t < threads; t++) {
            long want = (long) followeeStart[n] * (t + 1) / threads;
            int to = t == threads - 1 ? n : upperRow(want);
            int lo = from;
            int hi = to;
            ts[t] = new Thread(() -> boundedConfidence(x, out, eps, lo, hi));
            ts[t].start();
            from = to;
        }
        for (Thread t : ts) {
            t.join();
        }
    }

    private int upperRow(long edges) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (followeeStart[mid] < edges) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
