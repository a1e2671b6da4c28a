package org.socialsim.workbench.baseline.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.text.BertTokenizer;
import org.socialsim.workbench.text.BertWeights;
import org.socialsim.workbench.text.DjlRuntime;
import org.socialsim.workbench.text.Encoder;
import org.socialsim.workbench.text.Encoders;
import org.socialsim.workbench.text.TokenBatch;
import org.socialsim.workbench.text.Tokens;

/** The hand-built DJL BERT reproduces the ONNX model's sentence embeddings. */
class BertNetTest {
    static final List<String> TEXTS = List.of(
            "Vaccines are safe and effective.",
            "I will never take that shot, no way!!!",
            "RT @cdc: Get your flu shot today at any pharmacy near you #vaccine",
            "ok",
            "",
            "Die Impfung ist sicher. La vacuna es segura. 疫苗是安全的",
            "https://t.co/abc123 lol 😂😂 this is wild",
            "The quick brown fox jumps over the lazy dog while the committee debates the long-term effects of mRNA "
                    + "platforms on public trust, misinformation, and the distribution logistics in rural areas.",
            "word ".repeat(300));

    static NDManager manager;
    static BertNet net;

    @BeforeAll
    static void load() {
        manager = DjlRuntime.pytorch().newBaseManager();
        net = BertNet.pretrained(manager, BertWeights.miniLm(), 0, 0.1f, 1);
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    @Test
    void matchesOnnxEmbeddingPaddedAndUnpadded() {
        BertTokenizer tokenizer = BertTokenizer.miniLm(Encoders.MINI_LM_MAX_TOKENS);
        List<Tokens> tokens = tokenizer.tokenize(TEXTS);
        List<float[]> onnx = Encoders.miniLm().embedAll(TEXTS);
        float[][] padded = embed(TokenBatch.pad(tokens));
        for (int i = 0; i < TEXTS.size(); i++) {
            float[][] alone = embed(TokenBatch.pad(List.of(tokens.get(i))));
            double unpaddedCos = Encoder.cosine(alone[0], onnx.get(i));
            double paddedCos = Encoder.cosine(padded[i], onnx.get(i));
            assertTrue(unpaddedCos >= 0.9999, "text " + i + " unpadded cosine " + unpaddedCos);
            assertTrue(paddedCos >= 0.9999, "text " + i + " padded cosine " + paddedCos);
        }
    }

    @Test
    void aClassifierHeadGivesOneLogitPerClass() {
        try (NDManager m = manager.newSubManager()) {
            BertNet classifier = BertNet.pretrained(m, BertWeights.miniLm(), 3, 0.1f, 7);
            TokenBatch batch = TokenBatch.pad(BertTokenizer.miniLm(32).tokenize(TEXTS.subList(0, 4)));
            NDArray logits = forward(classifier, m, batch);
            assertEquals(4, logits.getShape().get(0));
            assertEquals(3, logits.getShape().get(1));
        }
    }

    private static float[][] embed(TokenBatch batch) {
        try (NDManager m = manager.newSubManager()) {
            float[] flat = forward(net, m, batch).toFloatArray();
            int h = net.config().hidden();
            float[][] out = new float[batch.rows()][h];
            for (int r = 0; r < batch.rows(); r++) {
                System.arraycopy(flat, r * h, out[r], 0, h);
            }
            return out;
        }
    }

    static NDArray forward(BertNet block, NDManager m, TokenBatch batch) {
        NDList in = new NDList(m.create(batch.ids(), new ai.djl.ndarray.types.Shape(batch.rows(), batch.width())),
                m.create(batch.types(), new ai.djl.ndarray.types.Shape(batch.rows(), batch.width())),
                m.create(batch.mask(), new ai.djl.ndarray.types.Shape(batch.rows(), batch.width())));
        return block.forward(new ParameterStore(m, false), in, false).singletonOrThrow();
    }
}
