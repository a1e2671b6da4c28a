package org.socialsim.workbench.bench;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.socialsim.workbench.notebook.Html;
import org.socialsim.workbench.notebook.LineDisplay;
import org.socialsim.workbench.notebook.internal.LiveLineSink;
import org.socialsim.workbench.progress.Progress;
import org.socialsim.workbench.progress.ProgressSinks;

/**
 * What one {@code Progress.step()} costs: the notebook live line (with a display that only counts what it is sent)
 * and the terminal bar, against the reference of a plain atomic counter increment in the same run; and how many
 * display updates the live line sends for a one-second loop of millions of steps.
 * <pre>environment/bench.sh progress [steps]</pre>
 */
public final class ProgressBench {
    private ProgressBench() {
    }

    public static void main(String[] args) {
        long steps = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        AtomicLong counter = new AtomicLong();
        double reference = nsPerStep(steps, () -> counter.incrementAndGet());
        System.out.printf(Locale.ROOT, "reference: AtomicLong.incrementAndGet: %.1f ns/step%n", reference);

        AtomicLong updates = new AtomicLong();
        LineDisplay counting = new LineDisplay() {
            @Override
            public String show(Html content) {
                return "id";
            }

            @Override
            public void update(String id, Html content) {
                updates.incrementAndGet();
            }
        };
        long start = System.nanoTime();
        double live;
        try (Progress p = LiveLineSink.on(counting).open("bench", steps)) {
            live = nsPerStep(steps, p::step);
        }
        double secs = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "notebook live line: %.1f ns/step (x%.1f); %,d display updates for %,d steps"
                + " in %.1f s (at most 4/s + the summary)%n", live, live / reference, updates.get(), steps, secs);

        long terminalSteps = Math.max(1, steps / 10);
        double terminal;
        try (Progress p = ProgressSinks.terminal("bench", terminalSteps)) {
            terminal = nsPerStep(terminalSteps, p::step);
        }
        System.out.printf(Locale.ROOT, "terminal bar: %.1f ns/step (x%.1f)%n", terminal, terminal / reference);
    }

    private static double nsPerStep(long steps, Runnable step) {
        long t = System.nanoTime();
        for (long i = 0; i < steps; i++) {
            step.run();
        }
        return (double) (System.nanoTime() - t) / steps;
    }
}
