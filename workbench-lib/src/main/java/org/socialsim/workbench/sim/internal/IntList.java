package org.socialsim.workbench.sim.internal;

import java.util.Arrays;

/** A growable list of ints (no boxing). */
public final class IntList {
    private int[] items;
    private int size;

    public IntList(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    public void add(int v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = v;
    }

    public int get(int i) {
        return items[i];
    }

    public int size() {
        return size;
    }

    public void clear() {
        size = 0;
    }

    /** Copies the items into {@code dest} from {@code offset}. */
    public void copyTo(int[] dest, int offset) {
        System.arraycopy(items, 0, dest, offset, size);
    }
}
