package org.socialsim.workbench.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiniLmEncoderTest {
    static final List<String> TEXTS = List.of(
            "Vaccines are safe and effective.",
            "I will never take that shot, no way!!!",
            "RT @cdc: Get your flu shot today at any pharmacy near you #vaccine",
            "ok",
            "Die Impfung ist sicher. La vacuna es segura. 疫苗是安全的",
            "https://t.co/abc123 lol 😂😂 this is wild",
            "The quick brown fox jumps over the lazy dog while the committee debates the long-term effects of mRNA "
                    + "platforms on public trust, misinformation, and the distribution logistics in rural areas.");

    @Test
    void matchesLangChain4jOnShortTexts() {
        Encoder ours = Encoders.miniLm();
        Encoder theirs = Encoders.of("lc4j", new AllMiniLmL6V2EmbeddingModel());
        List<float[]> a = ours.embedAll(TEXTS);
        List<float[]> b = theirs.embedAll(TEXTS);
        for (int i = 0; i < TEXTS.size(); i++) {
            double cos = Encoder.cosine(a.get(i), b.get(i));
            assertTrue(cos > 0.9999, "text " + i + " cosine " + cos);
        }
        assertEquals(384, ours.dimension());
    }

    @Test
    void batchingPaddingAndDuplicatesDoNotChangeVectors() {
        Encoder enc = Encoders.miniLm();
        List<String> texts = new ArrayList<>(TEXTS);
        texts.addAll(TEXTS);
        List<float[]> batched = enc.embedAll(texts);
        for (int i = 0; i < TEXTS.size(); i++) {
            float[] alone = enc.embed(TEXTS.get(i));
            assertTrue(Encoder.cosine(alone, batched.get(i)) > 0.99999, "text " + i);
            assertArrayEquals(batched.get(i), batched.get(i + TEXTS.size()));
            double norm = 0;
            for (float v : alone) {
                norm += v * v;
            }
            assertEquals(1.0, norm, 1e-5);
        }
    }

    @Test
    void cachedVectorsAreEqualAndCannotBeChangedByCallers() {
        Encoder enc = Encoders.miniLm();
        float[] first = enc.embed("a text to cache");
        float[] kept = first.clone();
        first[0] = 42f;
        assertArrayEquals(kept, enc.embed("a text to cache"));
    }

    @Test
    void emptyAndNullTextsEmbed() {
        Encoder enc = Encoders.miniLm();
        float[] empty = enc.embed("");
        assertEquals(384, empty.length);
        assertArrayEquals(empty, enc.embedAll(java.util.Arrays.asList((String) null)).get(0));
    }

    @Test
    void longTextsAreTruncatedNotRejected() {
        String longText = "vaccine ".repeat(600);
        float[] v = Encoders.miniLm().embed(longText);
        float[] w = Encoders.miniLm().embed("vaccine ".repeat(300));
        assertTrue(Encoder.cosine(v, w) > 0.99999, "both read only the first 256 word pieces");
    }
}
