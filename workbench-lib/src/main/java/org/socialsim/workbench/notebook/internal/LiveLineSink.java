package org.socialsim.workbench.notebook.internal;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.socialsim.workbench.notebook.Html;
import org.socialsim.workbench.notebook.LineDisplay;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.progress.ProgressSink;

/**
 * Progress as one live-updating notebook output: shown when a task starts, replaced in place at most once per
 * interval (default 250 ms) however fast the steps come, and replaced by a summary line when the task closes. A
 * headless run therefore saves one output per task, not one per step.
 */
public final class LiveLineSink implements ProgressSink {
    /** The shortest time between two updates of a line. */
    public static final long DEFAULT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final LineDisplay display;
    private final LongSupplier clock;
    private final long intervalNanos;

    /** A sink on this display, with a clock in nanoseconds and the minimum interval between updates. */
    public LiveLineSink(LineDisplay display, LongSupplier nanoClock, long intervalNanos) {
        this.display = Objects.requireNonNull(display, "display");
        this.clock = Objects.requireNonNull(nanoClock, "nanoClock");
        if (intervalNanos < 0) {
            throw new IllegalArgumentException("interval must not be negative, got " + intervalNanos);
        }
        this.intervalNanos = intervalNanos;
    }

    /** A sink on this display with the real clock and the default interval. */
    public static LiveLineSink on(LineDisplay display) {
        return new LiveLineSink(display, System::nanoTime, DEFAULT_INTERVAL_NANOS);
    }

    @Override
    public Progress open(String task, long total) {
        return new Line(task == null ? "" : task, total);
    }

    private final class Line implements Progress {
        private final String task;
        private final long total;
        private final long start;
        private final AtomicLong done = new AtomicLong();
        private volatile String message = "";
        private volatile long lastShown;
        private String id;
        private boolean closed;
        private boolean broken;

        Line(String task, long total) {
            this.task = task;
            this.total = total;
            this.start = clock.getAsLong();
            this.lastShown = start;
            synchronized (this) {
                try {
                    id = display.show(ProgressText.running(task, 0, total, 0, message));
                } catch (RuntimeException e) {
                    fail(e);
                }
            }
        }

        @Override
        public void stepBy(long n) {
            done.addAndGet(n);
            refresh();
        }

        @Override
        public void message(String text) {
            message = text == null ? "" : text;
            refresh();
        }

        private void refresh() {
            long now = clock.getAsLong();
            if (now - lastShown < intervalNanos) {
                return; // the common case in a fast loop: no lock taken
            }
            synchronized (this) {
                if (closed || broken || now - lastShown < intervalNanos) {
                    return;
                }
                lastShown = now;
                update(ProgressText.running(task, done.get(), total, now - start, message));
            }
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (!broken) {
                update(ProgressText.finished(task, done.get(), total, clock.getAsLong() - start, message));
            }
        }

        private void update(Html content) {
            try {
                display.update(id, content);
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        /** A display failure must not stop the work it reports on; it is said once, on standard error. */
        private void fail(RuntimeException e) {
            broken = true;
            System.err.println("progress line for '" + task + "' cannot be shown (" + e + "); the task goes on");
        }
    }
}
