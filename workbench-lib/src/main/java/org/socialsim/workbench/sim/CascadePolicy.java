package org.socialsim.workbench.sim;

import java.util.Arrays;
import org.socialsim.workbench.sim.internal.IntList;
import org.socialsim.workbench.sim.internal.Parallel;

/**
 * The shared loop of the push-style information policies (independent cascade, linear threshold): every agent that
 * shared in the previous step pushes along its follower edges; followers become aware and may be activated; an
 * activated agent reposts next, with the lowest-numbered activating followee as its cascade parent (order-free, so
 * the result does not depend on threads). Subclasses decide activation per edge.
 */
abstract class CascadePolicy implements Policy {
    static final int NONE = Integer.MAX_VALUE;
    /** Pushes along fewer follower edges than this run on one thread. */
    private static final long PARALLEL_EDGES = 200_000;
    private static final Parallel SERIAL = Parallel.of(1);

    /** Best (lowest) activating parent per agent; NONE when not activated this step. */
    int[] parentOf;
    private long examined;
    private long[] marks;
    private int[] activated = new int[0];

    @Override
    public boolean decidesSharing() {
        return true;
    }

    @Override
    public void start(World w) {
        parentOf = new int[w.n];
        Arrays.fill(parentOf, NONE);
        activated = new int[0];
        examined = 0;
    }

    /** Follower edges examined so far in this run (the benchmark's unit of work). */
    public long edgesExamined() {
        return examined;
    }

    /** Called once per step before the push, with the step's random key. */
    void prepare(World w, long key) {
    }

    /** Whether the push of v along edge e activates follower u, who has not shared yet. Thread-safe. */
    abstract boolean activates(World w, long key, int v, int u, int e);

    /**
     * Extra activations of the step that do not come along an edge (recommendations, retries), offered with
     * {@link #offerParent} into {@code lists[1]} (set it); {@code lists[0]} holds the edge activations. Default none.
     */
    void extra(World w, long key, IntList[] lists) {
    }

    /** The cascade parent of an activated agent (default: its lowest activating followee of this step). */
    int parentFor(int u) {
        return parentOf[u];
    }

    /** How an activated agent shares. */
    ShareKind kind(World w, long key, int u) {
        return ShareKind.REPOST;
    }

    @Override
    public final void step(World w) {
        long key = w.randomKey(salt());
        prepare(w, key);
        int[] start = w.graph.followerStart;
        int[] followers = w.graph.followersOf;
        byte[] phase = w.phase;
        boolean filter = w.feedMix.followeeShown() < 1;
        int count = w.frontierSize;
        int chunks = Math.max(1, Parallel.chunks(count, 16));
        IntList[] seen = new IntList[chunks];
        long[] newly = new long[chunks];
        // a small push runs on the caller's thread: handing it out costs more than it saves (same result either way)
        Parallel runner = w.parallel.threads() > 1 && pushEdges(w) >= PARALLEL_EDGES ? w.parallel : SERIAL;
        boolean shared = runner.threads() > 1;
        int[] awareAt = w.awareAt;
        int now = w.step;
        IntList[] hitU = new IntList[chunks];
        IntList[] hitV = new IntList[chunks];
        long[] work = new long[chunks];
        // the hot loop has no atomic operation: threads only set phase bytes and aware steps (to the same values) and
        // fill their own lists; on several threads an agent may be counted aware twice, resolved below, order-free
        runner.forRange(count, 16, (c, lo, hi) -> {
            IntList aware = shared ? new IntList(256) : null;
            long fresh = 0;
            IntList us = new IntList(64);
            IntList vs = new IntList(64);
            long edges = 0;
            for (int i = lo; i < hi; i++) {
                int v = w.frontier[i];
                int end = start[v + 1];
                edges += end - start[v];
                for (int e = start[v]; e < end; e++) {
                    int u = followers[e];
                    if (filter && !w.visible(v, u)) {
                        continue;
                    }
                    byte ph = phase[u];
                    if ((ph & World.STAGE) == World.UNAWARE) {
                        phase[u] = (byte) (ph | World.AWARE);
                        awareAt[u] = now;
                        fresh++;
                        if (shared) {
                            aware.add(u);
                        }
                    }
                    if ((ph & World.STAGE) < World.SHARED && activates(w, key, v, u, e)) {
                        us.add(u);
                        vs.add(v);
                    }
                }
            }
            work[c] = edges;
            newly[c] = fresh;
            seen[c] = aware;
            hitU[c] = us;
            hitV[c] = vs;
        });
        w.countAware(shared ? distinct(seen, w.n) : java.util.Arrays.stream(newly).sum());
        IntList found = new IntList(64);
        for (int c = 0; c < chunks; c++) {
            examined += work[c];
            IntList us = hitU[c];
            for (int i = 0, k = us == null ? 0 : us.size(); i < k; i++) {
                offerParent(us.get(i), hitV[c].get(i), found);
            }
        }
        IntList[] all = {found, null};
        extra(w, key, all);
        int total = found.size() + (all[1] == null ? 0 : all[1].size());
        if (activated.length < total) {
            activated = new int[Math.max(total, activated.length * 2)];
        }
        found.copyTo(activated, 0);
        if (all[1] != null) {
            all[1].copyTo(activated, found.size());
        }
        // on one thread: a share is a few array writes, cheaper than threads contending for the share counter
        for (int i = 0; i < total; i++) {
            int u = activated[i];
            int p = parentFor(u);
            parentOf[u] = NONE;
            w.share(u, p, w.sharedContent(p), kind(w, key, u));
        }
    }

    /** Follower edges the current frontier pushes along. */
    private static long pushEdges(World w) {
        int[] start = w.graph.followerStart;
        long edges = 0;
        for (int i = 0; i < w.frontierSize; i++) {
            int v = w.frontier[i];
            edges += start[v + 1] - start[v];
        }
        return edges;
    }

    /** How many distinct agents the lists hold (a bitset of n bits, small enough to stay in cache). */
    private long distinct(IntList[] lists, int n) {
        if (marks == null || marks.length < (n + 63) / 64) {
            marks = new long[(n + 63) / 64];
        }
        long count = 0;
        for (IntList l : lists) {
            for (int i = 0, k = l == null ? 0 : l.size(); i < k; i++) {
                int u = l.get(i);
                long bit = 1L << u;
                if ((marks[u >>> 6] & bit) == 0) {
                    marks[u >>> 6] |= bit;
                    count++;
                }
            }
        }
        for (IntList l : lists) {
            for (int i = 0, k = l == null ? 0 : l.size(); i < k; i++) {
                marks[l.get(i) >>> 6] = 0;
            }
        }
        return count;
    }

    /**
     * Records v as u's activating parent if it is the lowest so far; adds u to {@code list} on its first offer.
     * Single-threaded.
     */
    final void offerParent(int u, int v, IntList list) {
        int cur = parentOf[u];
        if (v < cur) {
            parentOf[u] = v;
            if (cur == NONE) {
                list.add(u);
            }
        }
    }

    /** The salt of this policy's random streams. */
    abstract long salt();
}
