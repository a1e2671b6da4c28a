package org.socialsim.workbench.notebook.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.notebook.Html;
import org.socialsim.workbench.notebook.LineDisplay;
import org.socialsim.workbench.progress.Progress;

class LiveLineSinkTest {
    private static final long MS = 1_000_000L;

    /** Records what a kernel would have been sent. */
    private static final class Recorder implements LineDisplay {
        final List<String> shown = new ArrayList<>();
        final List<String> updates = new ArrayList<>();
        boolean fail;

        @Override
        public synchronized String show(Html content) {
            shown.add(content.text());
            return "id-" + shown.size();
        }

        @Override
        public synchronized void update(String id, Html content) {
            if (fail) {
                throw new IllegalStateException("kernel gone");
            }
            updates.add(id + " " + content.text());
        }
    }

    @Test
    void updatesAtMostOncePerIntervalWhateverTheStepRate() {
        Recorder display = new Recorder();
        AtomicLong now = new AtomicLong();
        LiveLineSink sink = new LiveLineSink(display, now::get, 250 * MS);
        try (Progress p = sink.open("scoring", 1000)) {
            for (int i = 0; i < 1000; i++) {
                now.addAndGet(MS); // one step per millisecond for one second
                p.step();
            }
        }
        assertEquals(1, display.shown.size(), "one output per task");
        assertEquals(5, display.updates.size(), "4 timed updates in 1 s at 250 ms, and the summary");
        assertTrue(display.updates.get(0).startsWith("id-1 scoring ["), display.updates.get(0));
        assertTrue(display.updates.get(0).contains("250/1,000  25%"), display.updates.get(0));
        assertEquals("id-1 scoring [########################] done 1,000 in 0:01 (1,000/s)", display.updates.get(4));
    }

    @Test
    void slowStepsAreEachShown() {
        Recorder display = new Recorder();
        AtomicLong now = new AtomicLong();
        LiveLineSink sink = new LiveLineSink(display, now::get, 250 * MS);
        try (Progress p = sink.open("slow", 3)) {
            for (int i = 0; i < 3; i++) {
                now.addAndGet(2000 * MS);
                p.step();
            }
        }
        assertEquals(4, display.updates.size());
        assertTrue(display.updates.get(0).contains("ETA 0:04"), display.updates.get(0));
    }

    @Test
    void summarySaysWhereAnInterruptedTaskStoppedAndClosingTwiceIsHarmless() {
        Recorder display = new Recorder();
        AtomicLong now = new AtomicLong();
        Progress p = new LiveLineSink(display, now::get, 250 * MS).open("sweep", 10);
        p.stepBy(4);
        p.message("cache hits 3");
        now.set(2000 * MS);
        p.close();
        p.close();
        p.step();
        assertEquals(List.of("id-1 sweep [##########--------------] stopped at 4/10 in 0:02 (2.0/s) · cache hits 3"),
                display.updates);
    }

    @Test
    void aBrokenDisplayDoesNotStopTheWork() {
        Recorder display = new Recorder();
        display.fail = true;
        AtomicLong now = new AtomicLong();
        try (Progress p = new LiveLineSink(display, now::get, 0).open("work", 5)) {
            for (int i = 0; i < 5; i++) {
                now.addAndGet(MS);
                p.step();
            }
        }
        assertEquals(1, display.shown.size());
        assertEquals(0, display.updates.size());
    }

    @Test
    void countsStepsFromManyThreads() throws InterruptedException {
        Recorder display = new Recorder();
        LiveLineSink sink = new LiveLineSink(display, System::nanoTime, 50 * MS);
        Progress p = sink.open("parallel", 40_000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 10_000; i++) {
                    p.step();
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        p.close();
        String last = display.updates.get(display.updates.size() - 1);
        assertTrue(last.contains("done 40,000 in"), last);
    }
}
