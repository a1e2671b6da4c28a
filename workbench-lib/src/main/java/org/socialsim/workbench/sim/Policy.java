package org.socialsim.workbench.sim;

/**
 * How agents behave, one synchronous step at a time (MASON's {@code Steppable}): a policy reads the state of the
 * previous step from the {@link World} and writes the next one (shares through {@link World#share}, emotions through
 * {@link World#setNextEmotion}, attitudes through {@link World#setNextAttitude}). Draws come from
 * {@link World#random}, keyed by step and agent, so results are identical for a seed on any number of threads.
 * A policy instance runs one simulation at a time; {@link #start} resets its per-run state.
 */
public interface Policy {

    /** A short name for tables and reports. */
    String name();

    /** Advances the aspect this policy governs by one step. */
    void step(World world);

    /** Called once before the first step of a run (allocate per-run state, draw thresholds). */
    default void start(World world) {
    }

    /**
     * Whether this policy decides who shares (an information policy). A simulation has at most one; without one,
     * agents still become aware of injected posts but nobody reshares.
     */
    default boolean decidesSharing() {
        return false;
    }

    /** What the policy has to report after a run (calls, unparsed answers...), one line; empty when nothing. */
    default String report() {
        return "";
    }
}
