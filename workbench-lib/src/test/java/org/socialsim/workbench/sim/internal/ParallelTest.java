package org.socialsim.workbench.sim.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void everyChunkRunsOnceWithTheSameBoundsOnAnyThreadCount() {
        int n = 100_003;
        for (int threads = 1; threads <= 3; threads++) {
            try (Parallel p = Parallel.of(threads)) {
                int chunks = Parallel.chunks(n, 16);
                int[] runs = new int[chunks];
                int[] covered = new int[n];
                p.forRange(n, 16, (c, lo, hi) -> {
                    runs[c]++;
                    for (int i = lo; i < hi; i++) {
                        covered[i]++;
                    }
                });
                for (int c = 0; c < chunks; c++) {
                    assertEquals(1, runs[c], "chunk " + c + " on " + threads + " threads");
                }
                for (int i = 0; i < n; i++) {
                    assertEquals(1, covered[i], "index " + i + " on " + threads + " threads");
                }
            }
        }
    }

    @Test
    void unevenChunksAreSharedBetweenThreads() throws Exception {
        // chunk 0 waits until every other chunk is done: with dynamic scheduling the other thread takes them all
        // meanwhile; a static split would leave some of them behind chunk 0 on its own thread and time out
        try (Parallel p = Parallel.of(2)) {
            String[] ranBy = new String[64];
            CountDownLatch others = new CountDownLatch(63);
            boolean[] finished = new boolean[1];
            p.forRange(64, 1, (c, lo, hi) -> {
                ranBy[c] = Thread.currentThread().getName();
                if (c == 0) {
                    finished[0] = await(others);
                } else {
                    others.countDown();
                }
            });
            assertTrue(finished[0], "the other chunks ran while chunk 0 waited");
            for (int c = 1; c < 64; c++) {
                assertNotEquals(ranBy[0], ranBy[c], "chunk " + c + " ran on the waiting chunk's thread");
            }
        }
    }

    @Test
    void threadBitsetsUnionIsTheSameWhoeverSetTheBits() throws Exception {
        ThreadBitsets sets = new ThreadBitsets(1000);
        long[] a = sets.mine();
        a[3 >>> 6] |= 1L << 3;
        Thread other = new Thread(() -> {
            long[] b = sets.mine();
            b[999 >>> 6] |= 1L << 999;
            b[3 >>> 6] |= 1L << 3;
        });
        other.start();
        other.join();
        assertTrue(sets.mine() == a, "a thread keeps its own set");
        long[][] all = sets.all();
        assertEquals(2, all.length);
        long[] union = new long[sets.words()];
        for (long[] s : all) {
            for (int k = 0; k < union.length; k++) {
                union[k] |= s[k];
            }
        }
        long[] expected = new long[sets.words()];
        expected[0] = 1L << 3;
        expected[999 >>> 6] |= 1L << 999;
        assertArrayEquals(expected, union);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
