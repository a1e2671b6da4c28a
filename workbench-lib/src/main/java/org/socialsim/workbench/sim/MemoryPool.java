package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Each agent's memory: at most {@code capacity} messages, ranked by S3's influence score (recency through a forgetting
 * function, relevance to the user, source). A message arriving at a full pool replaces the least influential one if it
 * scores higher; a message already held is refreshed when it arrives again from a stronger source or later. Stored in
 * flat arrays (capacity slots per agent). Each agent's slots are written only by the thread handling that agent.
 */
public final class MemoryPool {
    /** A remembered message with its current influence. */
    public record Memory(int content, int from, int step, MessageSource source, double relevance, double influence) {
    }

    private static final MessageSource[] SOURCES = MessageSource.values();

    private final int capacity;
    private final InfluenceWeights weights;
    private final Relevance relevance;
    private final int[] content;
    private final int[] from;
    private final int[] at;
    private final byte[] source;
    private final float[] rel;
    private final byte[] size;

    MemoryPool(int agents, int capacity, InfluenceWeights weights, Relevance relevance) {
        if (capacity < 1 || capacity > 127) {
            throw new IllegalArgumentException("memory capacity must be in [1, 127], was " + capacity);
        }
        long slots = (long) agents * capacity;
        if (slots > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("memory of " + agents + " agents x " + capacity + " is too large");
        }
        this.capacity = capacity;
        this.weights = Objects.requireNonNull(weights, "weights");
        this.relevance = Objects.requireNonNull(relevance, "relevance");
        content = new int[(int) slots];
        from = new int[(int) slots];
        at = new int[(int) slots];
        source = new byte[(int) slots];
        rel = new float[(int) slots];
        size = new byte[agents];
    }

    public int capacity() {
        return capacity;
    }

    public InfluenceWeights weights() {
        return weights;
    }

    /** How many messages agent u remembers. */
    public int size(int u) {
        return size[u];
    }

    /**
     * Offers a message to u's pool at step {@code now}; returns whether it is kept. The relevance is computed once
     * here and kept with the message.
     */
    public boolean offer(int u, Content c, int sharer, int now, MessageSource src) {
        int base = u * capacity;
        int k = size[u];
        int contentId = c.id();
        double r = relevance.score(u, c);
        double incoming = weights.influence(0, r, src);
        for (int i = base; i < base + k; i++) {
            if (content[i] == contentId) {
                if (incoming > influence(i, now)) {
                    put(i, contentId, sharer, now, src, r);
                }
                return true;
            }
        }
        if (k < capacity) {
            put(base + k, contentId, sharer, now, src, r);
            size[u] = (byte) (k + 1);
            return true;
        }
        int weakest = base;
        double low = influence(base, now);
        for (int i = base + 1; i < base + k; i++) {
            double s = influence(i, now);
            if (s < low) {
                low = s;
                weakest = i;
            }
        }
        if (incoming > low) {
            put(weakest, contentId, sharer, now, src, r);
            return true;
        }
        return false;
    }

    /** u's memories at step {@code now}, most influential first (ties: newer, then lower content id). */
    public List<Memory> recall(int u, int now) {
        int base = u * capacity;
        List<Memory> out = new ArrayList<>(size[u]);
        for (int i = base; i < base + size[u]; i++) {
            out.add(new Memory(content[i], from[i], at[i], SOURCES[source[i]], rel[i], influence(i, now)));
        }
        out.sort(Comparator.comparingDouble(Memory::influence).reversed()
                .thenComparing(Comparator.comparingInt(Memory::step).reversed())
                .thenComparingInt(Memory::content));
        return out;
    }

    /** Puts every agent's feed of this step into its pool (in parallel over agents). */
    void deliver(World w) {
        int now = w.step();
        w.forAgents((lo, hi) -> {
            for (int u = lo; u < hi; u++) {
                if (!w.isRemoved(u)) {
                    for (FeedItem item : w.feed(u)) {
                        offer(u, w.content(item.content()), item.from(), now, item.source());
                    }
                }
            }
        });
    }

    private double influence(int slot, int now) {
        return weights.influence(now - at[slot], rel[slot], SOURCES[source[slot]]);
    }

    private void put(int slot, int contentId, int sharer, int now, MessageSource src, double r) {
        content[slot] = contentId;
        from[slot] = sharer;
        at[slot] = now;
        source[slot] = (byte) src.ordinal();
        rel[slot] = (float) r;
    }
}
