package org.socialsim.workbench.text;

import java.util.Objects;

/**
 * One tokenized text (or text pair): word-piece ids with the special tokens, and the segment id of each.
 *
 * @param ids   token ids, starting with [CLS] and ending with [SEP]
 * @param types segment ids (0 for the first text, 1 for the second of a pair)
 */
public record Tokens(long[] ids, long[] types) {
    public Tokens {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(types, "types");
        if (ids.length != types.length) {
            throw new IllegalArgumentException("ids and types differ in length: " + ids.length + " vs " + types.length);
        }
    }

    /** Number of tokens. */
    public int length() {
        return ids.length;
    }
}
