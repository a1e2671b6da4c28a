package org.socialsim.workbench.data.io.internal;

/** Receives one parsed row: its field values (null when absent) in the order of the fields asked for. */
@FunctionalInterface
public interface RowHandler {
    /**
     * @param values the values, or null when the row could not be parsed (the problem is already logged)
     * @param line   the 1-based line where the row starts
     */
    void row(String[] values, long line);
}
