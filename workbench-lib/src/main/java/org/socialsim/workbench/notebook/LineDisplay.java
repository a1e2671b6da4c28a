package org.socialsim.workbench.notebook;

/**
 * Where a live progress line is shown: an output that can be replaced in place (a Jupyter display id). The workbench
 * kernel has one built in; for another kernel, implement it and pass it to {@link Notebook#useLiveProgress}.
 */
public interface LineDisplay {

    /** Shows a new output and returns its id. */
    String show(Html content);

    /** Replaces the output with this id. */
    void update(String id, Html content);
}
