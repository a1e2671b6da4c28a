package org.socialsim.workbench.sim;

import java.util.Arrays;
import org.socialsim.workbench.sim.internal.Parallel;

/** The end of a step: applies the shares policies made, builds the next frontier, swaps buffers, measures. */
final class StepCommit {
    private StepCommit() {
    }

    static StepStats commit(World w) {
        int count = w.pendingSize.get();
        int step = w.step;
        byte[] phase = w.phase;
        int[] rec = w.record;
        // the previous frontier's posts leave the feeds
        int[] old = w.frontier;
        w.forRange(w.frontierSize, 4096, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                phase[old[i]] &= ~World.POSTED;
            }
        });
        int chunks = Math.max(1, Parallel.chunks(count, 1024));
        long[] posts = new long[chunks];
        long[] firsts = new long[chunks];
        int contentCount = w.contents.size();
        if (w.contentShares.length < contentCount) {
            w.contentShares = Arrays.copyOf(w.contentShares, Math.max(contentCount, w.contentShares.length * 2));
        }
        long[][] perContent = new long[chunks][];
        long[][] perDepth = new long[chunks][];
        int[] pending = w.pendingAgent;
        w.parallel.forRange(count, 1024, (c, lo, hi) -> {
            long[] local = new long[contentCount];
            long[] depths = new long[8];
            for (int i = lo; i < hi; i++) {
                int u = pending[i];
                int b = 4 * u;
                int content = w.pendingContent[i];
                rec[b + World.CONTENT] = content;
                if (content >= 0 && content < contentCount) {
                    local[content]++;
                }
                if (w.pendingKind[i] == ShareKind.POST.ordinal()) {
                    posts[c]++;
                }
                int ph = phase[u];
                boolean visible = (ph & World.MUTED) == 0;
                if (rec[b + World.FIRST] == World.NEVER) {
                    rec[b + World.FIRST] = step;
                    int p = w.pendingParent[i];
                    rec[b + World.PARENT] = p;
                    int pd = p >= 0 ? rec[4 * p + World.DEPTH] : -1;
                    int d = pd >= 0 ? pd + 1 : 0;
                    rec[b + World.DEPTH] = d;
                    if (d >= depths.length) {
                        depths = Arrays.copyOf(depths, Math.max(d + 1, depths.length * 2));
                    }
                    depths[d]++;
                    firsts[c]++;
                    ph = (ph & ~World.STAGE) | World.SHARED;
                }
                phase[u] = (byte) (visible ? ph | World.POSTED : ph);
                if (!visible) {
                    pending[i] = -1;
                }
            }
            perContent[c] = local;
            perDepth[c] = depths;
        });
        long postCount = 0;
        long newParticipants = 0;
        for (int c = 0; c < chunks; c++) {
            postCount += posts[c];
            newParticipants += firsts[c];
            if (perContent[c] != null) {
                for (int k = 0; k < contentCount; k++) {
                    w.contentShares[k] += perContent[c][k];
                }
                long[] depths = perDepth[c];
                if (depths.length > w.depthCounts.length) {
                    w.depthCounts = Arrays.copyOf(w.depthCounts, depths.length);
                }
                for (int d = 0; d < depths.length; d++) {
                    w.depthCounts[d] += depths[d];
                }
            }
        }
        // the next frontier: this step's visible shares, in the pending array (muted ones were marked -1)
        int next = 0;
        for (int i = 0; i < count; i++) {
            if (pending[i] >= 0) {
                pending[next++] = pending[i];
            }
        }
        w.frontier = pending;
        w.frontierSize = next;
        w.pendingAgent = old;
        w.pendingSize.set(0);
        w.participants += newParticipants;
        w.trending = trending(w, contentCount);
        if (w.emotionUpdating) {
            byte[] t = w.emotion;
            w.emotion = w.emotionNext;
            w.emotionNext = t;
            w.emotionUpdating = false;
        }
        if (w.attitudeUpdating) {
            float[] t = w.attitude;
            w.attitude = w.attitudeNext;
            w.attitudeNext = t;
            w.attitudeUpdating = false;
        }
        StepStats stats = StepStats.measure(w, w.newAware.getAndSet(0), newParticipants, postCount,
                count - postCount);
        w.step++;
        return stats;
    }

    /** The most shared content whose author may still post (muted or removed authors' contents are not pushed). */
    static int trending(World w, int count) {
        int best = -1;
        long[] shares = w.contentShares;
        for (int i = 0, end = Math.min(count, shares.length); i < end; i++) {
            long v = shares[i];
            if (v > 0 && (best < 0 || v > shares[best]) && w.isActive(w.contents.get(i).author())) {
                best = i;
            }
        }
        return best;
    }
}
