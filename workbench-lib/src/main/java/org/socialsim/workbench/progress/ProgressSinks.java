package org.socialsim.workbench.progress;

import java.time.temporal.ChronoUnit;
import java.util.Objects;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The sinks available and the one in use. The terminal sink (me.tongfei progressbar on stderr) is the default; the
 * notebook package installs a live-line sink when the library runs inside a Jupyter kernel.
 */
public final class ProgressSinks {
    private static volatile ProgressSink current = ProgressSinks::terminal;

    private ProgressSinks() {
    }

    /** The sink used by {@link Progress#start}. */
    public static ProgressSink current() {
        return current;
    }

    /** Replaces the sink (the notebook integration calls this). */
    public static void use(ProgressSink sink) {
        current = Objects.requireNonNull(sink, "sink");
    }

    /** A sink that shows nothing. */
    public static ProgressSink silent() {
        return (task, total) -> new Progress() {
            @Override
            public void stepBy(long n) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public void close() {
            }
        };
    }

    /** A terminal bar with count, rate and ETA, on standard error. */
    public static Progress terminal(String task, long total) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed()
                .setMaxRenderedLength(100).setSpeedUnit(ChronoUnit.SECONDS)
                .continuousUpdate().build();
        return new Progress() {
            @Override
            public void stepBy(long n) {
                bar.stepBy(n);
            }

            @Override
            public void message(String text) {
                bar.setExtraMessage(text);
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
