package org.socialsim.workbench.sim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);

    /** Best (lowest) activating parent per agent; NONE when not activated this step. */
    int[] parentOf;
    private long examined;
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

    /** Whether the push of v along edge e (to follower u, not yet a sharer) activates u. Thread-safe. */
    abstract boolean activates(World w, long key, int v, int u, int e);

    /** Extra activations of the step that do not come along an edge (recommendations, retries); default none. */
    void extra(World w, long key, IntList[] found) {
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
        int[] firstShare = w.firstShareAt;
        boolean filter = w.feedMix.followeeShown() < 1;
        int count = w.frontierSize;
        int chunks = Math.max(1, Parallel.chunks(count, 16));
        IntList[] found = new IntList[chunks + 1];
        long[] work = new long[chunks];
        w.parallel.forRange(count, 16, (c, lo, hi) -> {
            IntList local = new IntList(64);
            long won = 0;
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
                    if (w.markAware(u)) {
                        won++;
                    }
                    if (firstShare[u] == World.NEVER && activates(w, key, v, u, e)) {
                        offerParent(u, v, local);
                    }
                }
            }
            w.countAware(won);
            work[c] = edges;
            found[c] = local;
        });
        for (long x : work) {
            examined += x;
        }
        extra(w, key, found);
        int total = 0;
        for (IntList l : found) {
            total += l == null ? 0 : l.size();
        }
        if (activated.length < total) {
            activated = new int[Math.max(total, activated.length * 2)];
        }
        int at = 0;
        for (IntList l : found) {
            if (l != null) {
                l.copyTo(activated, at);
                at += l.size();
            }
        }
        int[] list = activated;
        w.forRange(total, 256, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                int u = list[i];
                int p = parentFor(u);
                parentOf[u] = NONE;
                w.share(u, p, w.shared[p], kind(w, key, u));
            }
        });
    }

    /** Records v as u's activating parent if it is the lowest so far; adds u to {@code local} on its first offer. */
    final void offerParent(int u, int v, IntList local) {
        int cur = parentOf[u];
        while (v < cur) {
            int witness = (int) INTS.compareAndExchange(parentOf, u, cur, v);
            if (witness == cur) {
                if (cur == NONE) {
                    local.add(u);
                }
                return;
            }
            cur = witness;
        }
    }

    /** The salt of this policy's random streams. */
    abstract long salt();
}
