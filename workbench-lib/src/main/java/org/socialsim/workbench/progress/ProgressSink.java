package org.socialsim.workbench.progress;

/** Where progress is shown: a terminal, a notebook, or nowhere. */
@FunctionalInterface
public interface ProgressSink {
    Progress open(String task, long total);
}
