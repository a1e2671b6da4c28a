package org.socialsim.workbench.progress;

/**
 * Progress of one long task: a bar with count, rate and ETA in a terminal, a single live-updating line in a
 * notebook. Open one with {@link #start}, call {@link #step} as work finishes, and close it (try-with-resources).
 * Implementations are thread-safe.
 */
public interface Progress extends AutoCloseable {

    /** Marks n more units done. */
    void stepBy(long n);

    /** Marks one more unit done. */
    default void step() {
        stepBy(1);
    }

    /** Sets an extra message shown beside the bar (e.g. "cache hits 120"). */
    void message(String text);

    /** Finishes the bar (prints a final summary). */
    @Override
    void close();

    /** Starts reporting a task of {@code total} units (use -1 when unknown) on the current sink. */
    static Progress start(String task, long total) {
        return ProgressSinks.current().open(task, total);
    }
}
