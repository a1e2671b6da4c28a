package org.socialsim.workbench.sim;

import java.util.Arrays;
import org.socialsim.workbench.sim.internal.IntList;
import org.socialsim.workbench.sim.internal.Parallel;
import org.socialsim.workbench.sim.internal.ThreadBitsets;

/**
 * The shared loop of the push-style information policies (independent cascade, linear threshold): every agent that
 * shared in the previous step pushes along its follower edges; followers become aware and may be activated; an
 * activated agent reposts next, with the lowest-numbered activating followee as its cascade parent (order-free, so
 * the result does not depend on threads). Subclasses decide activation per edge.
 */
abstract class CascadePolicy implements Policy {
    static final int NONE = Integer.MAX_VALUE;
    /** Pushes along fewer follower edges than this run on one thread. */
    static final long PARALLEL_EDGES = 200_000;
    private static final Parallel SERIAL = Parallel.of(1);

    /** Best (lowest) activating parent per agent; NONE when not activated this step. */
    int[] parentOf;
    private long examined;
    private ThreadBitsets reached;
    /** Agents known to be past the unaware stage (a stage never goes back): the marking pass skips them. */
    private long[] known;
    /** This step's edge activations, for {@link #mergeHits} (cleared as it reads them). */
    private long[] activatedBits;
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
        reached = new ThreadBitsets(w.n);
        known = new long[reached.words()];
        activatedBits = new long[reached.words()];
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
     * Whether {@link #activates} is a pure function with no side effect, so it may also be asked about followers who
     * have shared already (and the loop can draw before it reads the follower's state). Default false.
     */
    boolean pureActivation() {
        return false;
    }

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
        // a small push runs on the caller's thread: handing it out costs more than it saves (same result either way)
        Parallel runner = w.parallel.threads() > 1 && pushEdges(w) >= PARALLEL_EDGES ? w.parallel : SERIAL;
        IntList[] hitU = new IntList[chunks];
        IntList[] hitV = new IntList[chunks];
        long[] work = new long[chunks];
        ThreadBitsets reached = this.reached;
        boolean pure = pureActivation();
        // the hot loop writes no shared state: each thread records the followers it reached in its own bitset and fills
        // its own lists; who became aware is read from the union of the bitsets afterwards (order-free)
        runner.forRange(count, 16, (c, lo, hi) -> {
            long[] mine = reached.mine();
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
                    mine[u >>> 6] |= 1L << u;
                    // a pure draw first: most edges then never read the follower's state
                    if (pure ? activates(w, key, v, u, e) && (phase[u] & World.STAGE) < World.SHARED
                            : (phase[u] & World.STAGE) < World.SHARED && activates(w, key, v, u, e)) {
                        us.add(u);
                        vs.add(v);
                    }
                }
            }
            work[c] = edges;
            hitU[c] = us;
            hitV[c] = vs;
        });
        w.countAware(count == 0 ? 0 : markReached(w, runner));
        for (int c = 0; c < chunks; c++) {
            examined += work[c];
        }
        // activated agents come in index order: they share in that order, so the next step's push reads the follower
        // arrays front to back (the largest single saving of the loop, measured: SimBench)
        IntList found = mergeHits(hitU, hitV, runner);
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
        int slot = w.firstFreeShare();
        for (int i = 0; i < total; i++) {
            int u = activated[i];
            int p = parentFor(u);
            parentOf[u] = NONE;
            if (!w.isRemoved(u)) {
                slot = w.put(slot, u, p, w.sharedContent(p), kind(w, key, u));
            }
        }
        w.endShares(slot);
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

    /**
     * Marks aware, at this step, every reached agent who was unaware, clearing the bitsets; returns how many. Agents are
     * visited in index order (sequential writes); word ranges go to threads in chunks.
     */
    private long markReached(World w, Parallel runner) {
        long[][] sets = reached.all();
        long[] known = this.known;
        byte[] phase = w.phase;
        int[] awareAt = w.awareAt;
        int now = w.step;
        return runner.count(reached.words(), 1024, (lo, hi) -> {
            long fresh = 0;
            for (int k = lo; k < hi; k++) {
                long bits = 0;
                for (long[] set : sets) {
                    bits |= set[k];
                    set[k] = 0;
                }
                bits &= ~known[k]; // agents known to be past unaware need no look
                known[k] |= bits;
                while (bits != 0) {
                    int u = (k << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    // without a branch (whether a reached agent is still unaware is unpredictable)
                    byte ph = phase[u];
                    int unaware = ((ph & World.STAGE) - 1) >>> 31; // 1 when the stage is UNAWARE (0), else 0
                    int mask = -unaware;
                    phase[u] = (byte) (ph | (World.AWARE & mask));
                    awareAt[u] = (awareAt[u] & ~mask) | (now & mask);
                    fresh += unaware;
                }
            }
            return fresh;
        });
    }

    /**
     * Gives every agent activated along an edge its lowest activating followee as parent and returns those agents in
     * index order. The agents are cut into one range per thread; each thread reads all the push's lists and keeps the
     * activations of its own range, so no two threads write the same agent.
     */
    private IntList mergeHits(IntList[] hitU, IntList[] hitV, Parallel runner) {
        int parts = runner.threads();
        int words = activatedBits.length;
        IntList[] found = new IntList[parts];
        long[] bits = activatedBits;
        runner.forRange(parts, 1, (part, x, y) -> {
            int fromWord = (int) ((long) words * part / parts);
            int toWord = (int) ((long) words * (part + 1) / parts);
            int from = fromWord << 6;
            int to = toWord << 6;
            for (int c = 0; c < hitU.length; c++) {
                IntList us = hitU[c];
                for (int i = 0, k = us == null ? 0 : us.size(); i < k; i++) {
                    int u = us.get(i);
                    if (u >= from && u < to) {
                        int v = hitV[c].get(i);
                        if (v < parentOf[u]) {
                            parentOf[u] = v;
                            bits[u >>> 6] |= 1L << u;
                        }
                    }
                }
            }
            IntList mine = new IntList(64);
            for (int k = fromWord; k < toWord; k++) {
                long b = bits[k];
                if (b != 0) {
                    bits[k] = 0;
                    while (b != 0) {
                        mine.add((k << 6) + Long.numberOfTrailingZeros(b));
                        b &= b - 1;
                    }
                }
            }
            found[part] = mine;
        });
        IntList all = found[0];
        for (int part = 1; part < parts; part++) {
            for (int i = 0; i < found[part].size(); i++) {
                all.add(found[part].get(i));
            }
        }
        return all;
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
