package org.socialsim.workbench.notebook.internal;

import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.progress.ProgressSink;
import org.socialsim.workbench.progress.ProgressSinks;

/**
 * The progress sink the library registers through SPI: a live notebook line inside the Jupyter kernel, the terminal
 * bar anywhere else. Chosen by {@link ProgressSinks#current()} unless a sink was set explicitly.
 */
public final class NotebookProgress implements ProgressSink {
    private volatile ProgressSink live;

    @Override
    public Progress open(String task, long total) {
        if (!KernelPresence.running()) {
            return ProgressSinks.terminal(task, total);
        }
        ProgressSink s = live;
        if (s == null) {
            s = LiveLineSink.on(new KernelLineDisplay());
            live = s;
        }
        return s.open(task, total);
    }

    /** Whether progress from this sink appears as a live notebook line. */
    public static boolean live() {
        return KernelPresence.running();
    }
}
