package org.socialsim.workbench.text;

import java.util.List;

/**
 * Token sequences padded with id 0 to the longest in the batch, flattened row-major: what an encoder's forward pass
 * takes ({@code input_ids}, {@code token_type_ids}, {@code attention_mask}, each [rows, width]).
 *
 * @param rows  number of sequences
 * @param width padded length
 * @param ids   token ids
 * @param types segment ids
 * @param mask  1 for a real token, 0 for padding
 */
public record TokenBatch(int rows, int width, long[] ids, long[] types, long[] mask) {
    public TokenBatch {
        long n = (long) rows * width;
        if (rows <= 0 || width <= 0 || ids.length != n || types.length != n || mask.length != n) {
            throw new IllegalArgumentException("a token batch of " + rows + " x " + width + " needs arrays of " + n
                    + " values, got " + ids.length + ", " + types.length + ", " + mask.length);
        }
    }

    /** Pads sequences to the longest of them. */
    public static TokenBatch pad(List<Tokens> sequences) {
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("cannot batch zero sequences");
        }
        int width = 1;
        for (Tokens t : sequences) {
            width = Math.max(width, t.length());
        }
        int rows = sequences.size();
        long[] ids = new long[rows * width];
        long[] types = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            Tokens t = sequences.get(r);
            System.arraycopy(t.ids(), 0, ids, r * width, t.length());
            System.arraycopy(t.types(), 0, types, r * width, t.length());
            java.util.Arrays.fill(mask, r * width, r * width + t.length(), 1L);
        }
        return new TokenBatch(rows, width, ids, types, mask);
    }

    /** Number of real (unpadded) tokens in a row. */
    public int length(int row) {
        int n = 0;
        for (int i = row * width, end = i + width; i < end; i++) {
            n += (int) mask[i];
        }
        return n;
    }
}
