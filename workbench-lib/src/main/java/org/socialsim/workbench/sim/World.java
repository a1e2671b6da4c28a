package org.socialsim.workbench.sim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.socialsim.workbench.sim.internal.Parallel;
import org.socialsim.workbench.sim.internal.Rng;

/**
 * The state of one simulation run on compact arrays, double-buffered: during step t every policy reads what agents
 * were at the end of step t - 1 and writes step t, which {@link Simulation} commits at once. Per agent: one phase
 * byte for the hot loops (stage, muted, posted in the previous step), the step it became aware, a four-int share
 * record (first share step, content last shared, cascade parent, depth) kept together so a share touches one cache
 * line, and the emotion and attitude buffers. Policies read and write through the methods here; they are safe to
 * call from the threads of {@link #forAgents} as documented on each.
 */
public final class World {
    /** Marks "never" in the step fields. */
    static final int NEVER = -1;
    /** Marks a removed agent in the step fields. */
    static final int GONE = -2;

    /** Phase stage bits: has not seen the event. */
    static final byte UNAWARE = 0;
    /** Phase stage: has seen it, never shared. */
    static final byte AWARE = 1;
    /** Phase stage: has shared. */
    static final byte SHARED = 2;
    /** Phase stage: removed (neither reads nor posts). */
    static final byte OUT = 3;
    /** Mask of the stage in a phase byte. */
    static final int STAGE = 3;
    /** Phase flag: muted (its posts reach nobody). */
    static final int MUTED = 4;
    /** Phase flag: shared visibly in the previous step (its post is in its followers' feeds now). */
    static final int POSTED = 8;

    /** Share record fields (stride 4). */
    static final int FIRST = 0;
    static final int CONTENT = 1;
    static final int PARENT = 2;
    static final int DEPTH = 3;

    private static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);

    /** A range of agents [from, to) handed to one thread. */
    @FunctionalInterface
    public interface AgentRange {
        void run(int from, int to);
    }

    final SocialGraph graph;
    final int n;
    final long seed;
    final Parallel parallel;
    int step;

    final byte[] phase;
    final int[] awareAt;
    final int[] record;
    byte[] emotion;
    byte[] emotionNext;
    float[] attitude;
    float[] attitudeNext;
    boolean emotionUpdating;
    boolean attitudeUpdating;
    boolean emotionTracked;
    boolean attitudeTracked;
    /** Whether any agent was removed (sweeps skip the per-edge check until then). */
    boolean anyRemoved;

    int[] frontier;
    int frontierSize;
    int[] pendingAgent;
    final int[] pendingParent;
    final int[] pendingContent;
    final byte[] pendingKind;
    final AtomicInteger pendingSize = new AtomicInteger();

    final AtomicLong awareCount = new AtomicLong();
    final AtomicLong newAware = new AtomicLong();
    long participants;
    long[] depthCounts = new long[16];
    int trending = -1;

    FeedMix feedMix;
    final List<Content> contents = Collections.synchronizedList(new ArrayList<>());
    long[] contentShares = new long[4];
    final Profiles profiles;
    final MemoryPool memory;

    World(SocialGraph graph, long seed, Parallel parallel, FeedMix feedMix, Profiles profiles, MemoryPool memory) {
        this.graph = graph;
        this.n = graph.nodeCount();
        this.seed = seed;
        this.parallel = parallel;
        this.feedMix = feedMix;
        this.profiles = profiles;
        this.memory = memory;
        phase = new byte[n];
        awareAt = new int[n];
        Arrays.fill(awareAt, NEVER);
        record = new int[4 * n];
        Arrays.fill(record, NEVER);
        emotion = new byte[n];
        emotionNext = new byte[n];
        attitude = new float[n];
        attitudeNext = new float[n];
        frontier = new int[n];
        pendingAgent = new int[n];
        pendingParent = new int[n];
        pendingContent = new int[n];
        pendingKind = new byte[n];
    }

    // ---------------------------------------------------------------- what everyone reads

    public SocialGraph graph() {
        return graph;
    }

    public int agentCount() {
        return n;
    }

    /** The step being computed (1, 2, ...; 0 while the seeds are placed). */
    public int step() {
        return step;
    }

    public long seed() {
        return seed;
    }

    public FeedMix feedMix() {
        return feedMix;
    }

    /** Profiles (texts, demographics), or null when the run has none. */
    public Profiles profiles() {
        return profiles;
    }

    /** The memory pools, or null when memory is off. */
    public MemoryPool memory() {
        return memory;
    }

    /** Runs {@code body} over all agents in ranges, on the run's threads. */
    public void forAgents(AgentRange body) {
        parallel.forRange(n, 2048, (c, lo, hi) -> body.run(lo, hi));
    }

    /** Runs {@code body} over ranges of [0, count) (e.g. of the frontier), on the run's threads. */
    public void forRange(int count, int grain, AgentRange body) {
        parallel.forRange(count, grain, (c, lo, hi) -> body.run(lo, hi));
    }

    /** The key of this step's random stream for a salt (one salt per policy and purpose). */
    public long randomKey(long salt) {
        return Rng.key(seed, step, salt);
    }

    /** A uniform draw in [0, 1) for (key, index): the same value whoever asks, in whatever order. */
    public static double uniform(long key, long index) {
        return Rng.uniform(key, index);
    }

    /** Emotion of u at the end of the previous step. */
    public Emotion emotion(int u) {
        return Emotion.ofLevel(emotion[u]);
    }

    /** Emotion level (0, 1, 2) of u at the end of the previous step. */
    public int emotionLevel(int u) {
        return emotion[u];
    }

    /** Attitude of u in [-1, 1] at the end of the previous step (&gt; 0 is positive). */
    public float attitude(int u) {
        return attitude[u];
    }

    public boolean isAware(int u) {
        return awareAt[u] >= 0;
    }

    /** The step u first became aware, or a negative value. */
    public int awareAt(int u) {
        return awareAt[u];
    }

    public boolean hasShared(int u) {
        return record[4 * u + FIRST] >= 0;
    }

    /** The step u first shared, or a negative value. */
    public int firstShareAt(int u) {
        return record[4 * u + FIRST];
    }

    /** Whether u's post of the previous step is in its followers' feeds now. */
    public boolean sharedLastStep(int v) {
        return (phase[v] & POSTED) != 0;
    }

    /** The content u shared last, or -1. */
    public int sharedContent(int u) {
        return record[4 * u + CONTENT];
    }

    /** The agent u first shared from (its cascade parent), or -1 (a seed or none). */
    public int parent(int u) {
        return record[4 * u + PARENT];
    }

    /** Cascade depth of u (0 for a seed), or -1 if it never shared. */
    public int depth(int u) {
        return record[4 * u + DEPTH];
    }

    public boolean isRemoved(int u) {
        return (phase[u] & STAGE) == OUT;
    }

    public boolean isMuted(int u) {
        return (phase[u] & MUTED) != 0;
    }

    /** Whether u may still post visibly (neither muted nor removed). */
    boolean isActive(int u) {
        return (phase[u] & MUTED) == 0 && (phase[u] & STAGE) != OUT;
    }

    /** How many agents shared visibly in the previous step. */
    public int frontierSize() {
        return frontierSize;
    }

    /** The i-th agent that shared visibly in the previous step (in no particular order). */
    public int frontier(int i) {
        return frontier[i];
    }

    /** Whether v's post reaches u's feed this step, under the feed mix (a draw per (step, v, u) when not all show). */
    public boolean visible(int v, int u) {
        double shown = feedMix.followeeShown();
        return shown >= 1 || Rng.uniform(Rng.key(seed, step, 0x5EED_F00DL), ((long) v << 32) | u) < shown;
    }

    /** The content the platform recommends to u this step, or -1 (a draw per (step, u) against the rate). */
    public int recommendation(int u) {
        double rate = feedMix.recommendRate();
        if (rate <= 0 || trending < 0 || isRemoved(u)) {
            return -1;
        }
        return Rng.uniform(Rng.key(seed, step, 0x7EC0_77EDL), u) < rate ? trending : -1;
    }

    /**
     * What u reads this step: its own post of the previous step, the visible posts its followees shared in the
     * previous step (mutual or one-way), and the platform's recommendation if any. Empty for removed agents.
     */
    public List<FeedItem> feed(int u) {
        List<FeedItem> items = new ArrayList<>();
        if (isRemoved(u)) {
            return items;
        }
        int own = sharedContent(u);
        if (sharedLastStep(u) && own >= 0 && content(own).author() == u) {
            items.add(new FeedItem(own, u, MessageSource.OWN));
        }
        for (int i = graph.followeeStart[u], end = graph.followeeStart[u + 1]; i < end; i++) {
            int v = graph.followees[i];
            if (sharedLastStep(v) && visible(v, u)) {
                items.add(new FeedItem(sharedContent(v), v, graph.follows(v, u) ? MessageSource.MUTUAL
                        : MessageSource.FOLLOWEE));
            }
        }
        int rec = recommendation(u);
        if (rec >= 0) {
            items.add(new FeedItem(rec, content(rec).author(), MessageSource.RECOMMENDED));
        }
        return items;
    }

    /** All contents posted so far, in order of id. */
    public List<Content> contents() {
        synchronized (contents) {
            return List.copyOf(contents);
        }
    }

    public Content content(int id) {
        return contents.get(id);
    }

    // ---------------------------------------------------------------- what policies write

    /**
     * Marks u aware at this step. Thread-safe; returns true for the one caller that changed it (count those and pass
     * the total to {@link #countAware}).
     */
    public boolean markAware(int u) {
        if ((phase[u] & STAGE) == UNAWARE && INTS.compareAndSet(awareAt, u, NEVER, step)) {
            phase[u] |= AWARE;
            return true;
        }
        return false;
    }

    /** Adds k newly aware agents (the winners of {@link #markAware}) to this step's count. Thread-safe. */
    public void countAware(long k) {
        if (k != 0) {
            newAware.addAndGet(k);
            awareCount.addAndGet(k);
        }
    }

    /**
     * u shares {@code content} this step, learned from {@code from} (-1 when it learned it from no agent). Visible to
     * its followers next step unless u is muted. Thread-safe; each agent shares at most once per step.
     */
    public void share(int u, int from, int content, ShareKind kind) {
        if (isRemoved(u)) {
            return;
        }
        put(pendingSize.getAndIncrement(), u, from, content, kind);
    }

    /**
     * Shares of a serial pass, with no atomic operation per share (an atomic increment would fence each one): from one
     * thread while no other thread shares, {@code i = firstFreeShare()}, then {@code i = put(i, ...)} for every share
     * (as {@link #share}; the caller skips removed agents), then {@code endShares(i)}.
     */
    int firstFreeShare() {
        return pendingSize.get();
    }

    /** Writes one share at slot i and returns the next slot. */
    int put(int i, int u, int from, int content, ShareKind kind) {
        if (i >= n) {
            throw new IllegalStateException("step " + step + ": more shares than agents; a policy shares an agent "
                    + "twice in one step (agent " + u + ")");
        }
        pendingAgent[i] = u;
        pendingParent[i] = from;
        pendingContent[i] = content;
        pendingKind[i] = (byte) kind.ordinal();
        return i + 1;
    }

    /** Ends a serial pass of {@link #put}s: the next free slot. */
    void endShares(int next) {
        pendingSize.set(next);
    }

    /** Posts new content by {@code author} and returns its id (share it with {@link #share}). Thread-safe. */
    public int post(int author, String text, Emotion emotionOfPost, float attitudeOfPost) {
        synchronized (contents) {
            int id = contents.size();
            contents.add(new Content(id, author, step, text, emotionOfPost, attitudeOfPost));
            return id;
        }
    }

    /**
     * Opens this step's emotion update: next emotions start as the current ones; then {@link #setNextEmotion} changes
     * some. One policy per step.
     */
    public void beginEmotionUpdate() {
        beginEmotionSweep();
        System.arraycopy(emotion, 0, emotionNext, 0, n);
    }

    /**
     * Opens this step's emotion update for a policy that sets every agent's next emotion itself (no copy of the
     * current ones). One policy per step.
     */
    public void beginEmotionSweep() {
        if (emotionUpdating) {
            throw new IllegalStateException("step " + step + ": two policies update emotions in one step");
        }
        emotionUpdating = true;
        emotionTracked = true;
    }

    /** Sets u's emotion level for the end of this step. Thread-safe for distinct agents. */
    public void setNextEmotion(int u, int level) {
        if (!emotionUpdating) {
            throw new IllegalStateException("call beginEmotionUpdate() before setNextEmotion");
        }
        emotionNext[u] = (byte) level;
    }

    /** Opens this step's attitude update (next attitudes start as the current ones). One policy per step. */
    public void beginAttitudeUpdate() {
        beginAttitudeSweep();
        System.arraycopy(attitude, 0, attitudeNext, 0, n);
    }

    /** Opens this step's attitude update for a policy that sets every agent's next attitude itself (no copy). */
    public void beginAttitudeSweep() {
        if (attitudeUpdating) {
            throw new IllegalStateException("step " + step + ": two policies update attitudes in one step");
        }
        attitudeUpdating = true;
        attitudeTracked = true;
    }

    /** Sets u's attitude (clamped to [-1, 1]) for the end of this step. Thread-safe for distinct agents. */
    public void setNextAttitude(int u, float value) {
        if (!attitudeUpdating) {
            throw new IllegalStateException("call beginAttitudeUpdate() before setNextAttitude");
        }
        attitudeNext[u] = Math.max(-1f, Math.min(1f, value));
    }

    // ---------------------------------------------------------------- interventions and set-up

    /** Sets initial attitudes (one per agent, in [-1, 1]) before the run starts. */
    void initialAttitudes(float[] values) {
        if (values.length != n) {
            throw new IllegalArgumentException("initial attitudes: " + values.length + " values for " + n + " agents");
        }
        for (int u = 0; u < n; u++) {
            if (!(values[u] >= -1 && values[u] <= 1)) {
                throw new IllegalArgumentException("initial attitude of agent " + u + " must be in [-1, 1], was "
                        + values[u]);
            }
        }
        System.arraycopy(values, 0, attitude, 0, n);
        attitudeTracked = true;
    }

    /** Injects a post: the author becomes aware, takes the post's emotion and attitude, and shares it this step. */
    int inject(int author, String text, Emotion emo, float att) {
        checkAgent(author);
        if (isRemoved(author)) {
            throw new IllegalArgumentException("cannot inject a post by removed agent " + author);
        }
        int id = post(author, text, emo, att);
        emotion[author] = emo.level();
        attitude[author] = att;
        emotionTracked |= emo != Emotion.CALM;
        if (markAware(author)) {
            countAware(1);
        }
        share(author, -1, id, ShareKind.POST);
        return id;
    }

    /** Mutes or removes agents from this step on; their posts of the previous step leave the feeds. */
    void restrict(int[] agents, boolean remove) {
        for (int u : agents) {
            checkAgent(u);
            int p = phase[u] & ~POSTED | MUTED;
            if (remove) {
                if (awareAt[u] >= 0) {
                    awareCount.decrementAndGet();
                }
                awareAt[u] = GONE;
                p = (p & ~STAGE) | OUT;
                anyRemoved = true;
                if (record[4 * u + FIRST] == NEVER) {
                    record[4 * u + FIRST] = GONE;
                }
            }
            phase[u] = (byte) p;
        }
        int w = 0;
        for (int i = 0; i < frontierSize; i++) {
            if (isActive(frontier[i])) {
                frontier[w++] = frontier[i];
            }
        }
        frontierSize = w;
        if (trending >= 0 && !isActive(contents.get(trending).author())) {
            trending = StepCommit.trending(this, contents.size());
        }
    }

    private void checkAgent(int u) {
        if (u < 0 || u >= n) {
            throw new IllegalArgumentException("agent " + u + " is outside [0, " + n + ")");
        }
    }

    /** Applies this step's shares, swaps the buffers and returns the step's statistics. */
    StepStats commit() {
        return StepCommit.commit(this);
    }
}
