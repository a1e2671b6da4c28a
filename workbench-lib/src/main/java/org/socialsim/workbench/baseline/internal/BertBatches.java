package org.socialsim.workbench.baseline.internal;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.socialsim.workbench.text.TokenBatch;
import org.socialsim.workbench.text.Tokens;

/** Batching for the DJL BERT: padded inputs, length-sorted inference, and length-bucketed shuffled training order. */
public final class BertBatches {
    /** Sorting pool for training batches, in batches: shuffle, then sort by length within pools of this many. */
    private static final int POOL = 50;

    private BertBatches() {
    }

    /** The network's inputs for a padded batch, created in {@code manager}. */
    public static NDList inputs(NDManager manager, TokenBatch batch) {
        Shape shape = new Shape(batch.rows(), batch.width());
        return new NDList(manager.create(batch.ids(), shape), manager.create(batch.types(), shape),
                manager.create(batch.mask(), shape));
    }

    /** Indices of {@code rows} grouped into batches, the shortest first: each batch pads little. */
    public static List<int[]> byLength(List<Tokens> rows, int batchSize) {
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> rows.get(i).length()));
        return chunk(Arrays.asList(order), batchSize);
    }

    /**
     * One epoch's batches: a seeded shuffle, then, within pools of 50 batches, sorted by length so each batch pads
     * little; the batches are shuffled again so lengths do not trend through the epoch.
     */
    public static List<int[]> shuffled(List<Tokens> rows, int batchSize, SplittableRandom random) {
        List<Integer> order = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        shuffle(order, random);
        int pool = POOL * batchSize;
        for (int from = 0; from < order.size(); from += pool) {
            order.subList(from, Math.min(order.size(), from + pool)).sort(Comparator.comparingInt(i ->
                    rows.get(i).length()));
        }
        List<int[]> batches = chunk(order, batchSize);
        shuffle(batches, random);
        return batches;
    }

    /** The network's outputs for every row, in the rows' order (inference mode, length-sorted batches). */
    public static float[][] outputs(BertNet net, NDManager parent, List<Tokens> rows, int batchSize) {
        float[][] out = new float[rows.size()][];
        for (int[] batch : byLength(rows, batchSize)) {
            List<Tokens> part = new ArrayList<>(batch.length);
            for (int i : batch) {
                part.add(rows.get(i));
            }
            try (NDManager m = parent.newSubManager()) {
                float[] flat = net.forward(new ParameterStore(m, false), inputs(m, TokenBatch.pad(part)), false)
                        .singletonOrThrow().toFloatArray();
                int width = flat.length / batch.length;
                for (int r = 0; r < batch.length; r++) {
                    out[batch[r]] = Arrays.copyOfRange(flat, r * width, (r + 1) * width);
                }
            }
        }
        return out;
    }

    private static List<int[]> chunk(List<Integer> order, int size) {
        List<int[]> out = new ArrayList<>();
        for (int from = 0; from < order.size(); from += size) {
            out.add(order.subList(from, Math.min(order.size(), from + size)).stream().mapToInt(Integer::intValue)
                    .toArray());
        }
        return out;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }
}
