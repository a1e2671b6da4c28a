package org.socialsim.workbench.progress;

import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.ServiceLoader;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The sinks available and the one in use. Unless {@link #use} chose one, the sink is the first registered through
 * Java SPI ({@code META-INF/services/org.socialsim.workbench.progress.ProgressSink}; the notebook package registers
 * one that draws a live line inside a Jupyter kernel and the terminal bar elsewhere), or else the terminal sink
 * (me.tongfei progressbar on stderr).
 */
public final class ProgressSinks {
    private static volatile ProgressSink current;

    private ProgressSinks() {
    }

    /** The sink used by {@link Progress#start}. */
    public static ProgressSink current() {
        ProgressSink s = current;
        if (s == null) {
            synchronized (ProgressSinks.class) {
                if (current == null) {
                    current = ServiceLoader.load(ProgressSink.class, ProgressSink.class.getClassLoader())
                            .findFirst().orElse(ProgressSinks::terminal);
                }
                s = current;
            }
        }
        return s;
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
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed(new DecimalFormat("0.0"))
                .setMaxRenderedLength(100).setSpeedUnit(ChronoUnit.SECONDS)
                .continuousUpdate().build();
        return new Progress() {
            @Override
            public void stepBy(long n) {
                bar.stepBy(n);
            }

            @Override
            public void message(String text) {
                bar.setExtraMessage(text == null || text.isEmpty() ? "" : " " + text); // the bar puts no space before it
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
