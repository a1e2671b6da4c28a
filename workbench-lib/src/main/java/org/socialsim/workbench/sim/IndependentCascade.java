package org.socialsim.workbench.sim;

import org.socialsim.workbench.sim.internal.IntList;
import org.socialsim.workbench.sim.internal.Rng;

/**
 * The independent cascade model (Goldenberg et al. 2001; Kempe et al. 2003): an agent who shared at step t - 1 gives
 * each follower one chance, with probability p, to repost at step t. Two optional extensions fit real cascades where a
 * post stays visible: attention persistence (an aware agent who has not shared reconsiders at every later step with
 * probability p * persistence^age) and platform recommendations (agents the feed mix shows the most shared content to
 * reshare it with probability p). With both at 0 it is the classic model. Offline default; writes no text.
 */
public final class IndependentCascade extends CascadePolicy {
    private static final double NEGLIGIBLE = 1e-6;

    private final double p;
    private final double persistence;
    private final double postShare;
    private final long threshold;
    private IntList waiting = new IntList(0);

    private IndependentCascade(double p, double persistence, double postShare) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("independent cascade: p must be in [0, 1], was " + p);
        }
        if (!(persistence >= 0 && persistence < 1)) {
            throw new IllegalArgumentException("independent cascade: persistence must be in [0, 1), was "
                    + persistence);
        }
        if (!(postShare >= 0 && postShare <= 1)) {
            throw new IllegalArgumentException("independent cascade: postShare must be in [0, 1], was " + postShare);
        }
        this.p = p;
        this.persistence = persistence;
        this.postShare = postShare;
        this.threshold = Rng.threshold(p);
    }

    /** The classic model with activation probability p. */
    public static IndependentCascade of(double p) {
        return new IndependentCascade(p, 0, 0);
    }

    /** With attention persistence: aware non-sharers retry with probability p * persistence^age. */
    public IndependentCascade withPersistence(double value) {
        return new IndependentCascade(p, value, postShare);
    }

    /** With this share of activations writing a new post instead of reposting. */
    public IndependentCascade withPostShare(double value) {
        return new IndependentCascade(p, persistence, value);
    }

    public double p() {
        return p;
    }

    public double persistence() {
        return persistence;
    }

    @Override
    public String name() {
        return "independent cascade p=" + p + (persistence > 0 ? " persistence=" + persistence : "");
    }

    @Override
    public void start(World w) {
        super.start(w);
        waiting = new IntList(0);
    }

    @Override
    long salt() {
        return 0x1C_0001L;
    }

    @Override
    boolean activates(World w, long key, int v, int u, int e) {
        return Rng.below(key, e, threshold);
    }

    /** The draw is a function of the step's key and the edge alone. */
    @Override
    boolean pureActivation() {
        return true;
    }

    @Override
    void extra(World w, long key, IntList[] lists) {
        IntList more = new IntList(16);
        if (w.feedMix.recommendRate() > 0 && w.trending >= 0) {
            int author = w.content(w.trending).author();
            long recKey = Rng.key(w.seed, w.step, salt() + 1);
            for (int u = 0; u < w.n; u++) {
                if (w.recommendation(u) >= 0) {
                    if (w.markAware(u)) {
                        w.countAware(1);
                    }
                    if (w.firstShareAt(u) == World.NEVER && Rng.below(recKey, u, threshold)) {
                        offerParent(u, author, more);
                    }
                }
            }
        }
        if (persistence > 0) {
            retry(w, more);
        }
        lists[1] = more;
    }

    /** Aware agents who never shared reconsider; the list keeps those whose chance is still worth drawing. */
    private void retry(World w, IntList more) {
        long retryKey = Rng.key(w.seed, w.step, salt() + 2);
        IntList next = new IntList(waiting.size() + 16);
        for (int i = 0; i < waiting.size(); i++) {
            int u = waiting.get(i);
            if (w.firstShareAt(u) != World.NEVER || parentOf[u] != NONE) {
                continue;
            }
            int age = w.step - w.awareAt[u];
            double chance = p * Math.pow(persistence, age);
            int source = sourceOf(w, u);
            if (source >= 0 && Rng.uniform(retryKey, u) < chance) {
                offerParent(u, source, more);
            } else if (chance * persistence > NEGLIGIBLE) {
                next.add(u);
            }
        }
        // agents who became aware this step and were not activated start waiting
        for (int u = 0; u < w.n; u++) {
            if (w.awareAt[u] == w.step && w.firstShareAt(u) == World.NEVER && parentOf[u] == NONE) {
                next.add(u);
            }
        }
        waiting = next;
    }

    /**
     * Whom a late sharer got the post from: its lowest followee that has shared and may still post, else the trending
     * post's author; -1 when there is none (a muted source's post can no longer be reshared).
     */
    private static int sourceOf(World w, int u) {
        SocialGraph g = w.graph;
        for (int i = g.followeeStart[u], end = g.followeeStart[u + 1]; i < end; i++) {
            int v = g.followees[i];
            if (w.firstShareAt(v) >= 0 && w.firstShareAt(v) < w.step && w.isActive(v)) {
                return v;
            }
        }
        return w.trending >= 0 ? w.content(w.trending).author() : -1;
    }

    @Override
    ShareKind kind(World w, long key, int u) {
        return postShare > 0 && Rng.uniform(key ^ 0x9057L, u) < postShare ? ShareKind.POST : ShareKind.REPOST;
    }
}
