package org.socialsim.workbench.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HashedWordsEncoderTest {
    private final HashedWordsEncoder words = new HashedWordsEncoder(256);

    @Test
    void countsEachLowerCaseWordOnce() {
        float[] v = words.embed("Vaccines work, vaccines WORK!");
        float total = 0;
        for (float x : v) {
            total += x;
        }
        assertEquals(4f, total, "four words, punctuation ignored");
        assertArrayEquals(v, words.embed("vaccines work vaccines work"), "case and punctuation do not matter");
    }

    @Test
    void textsSharingWordsAreCloserThanTextsThatDoNot() {
        float[] a = words.embed("the vaccine rollout is slow");
        float[] b = words.embed("a slow vaccine rollout");
        float[] c = words.embed("football results tonight");
        assertTrue(cosine(a, b) > 0.5, "shared words: " + cosine(a, b));
        assertTrue(cosine(a, c) < cosine(a, b), "no shared words: " + cosine(a, c));
        assertEquals(256, words.embed(null).length);
        assertThrows(IllegalArgumentException.class, () -> new HashedWordsEncoder(0));
    }

    private static double cosine(float[] x, float[] y) {
        double dot = 0;
        double nx = 0;
        double ny = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            nx += x[i] * x[i];
            ny += y[i] * y[i];
        }
        return dot / Math.sqrt(nx * ny);
    }
}
