package org.socialsim.workbench.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a tiny llama-architecture GGUF file with random weights (a few hundred KB) so that tests can run the real
 * in-process llama.cpp engine without any downloaded model. The vocabulary is a SentencePiece-style one made of
 * byte tokens, single letters and the ChatML control tokens; the output is gibberish, which is the point: a grammar
 * must still force a valid label out of it.
 */
final class TinyGguf {
    private static final int ALIGNMENT = 32;
    private static final int TYPE_UINT32 = 4;
    private static final int TYPE_INT32 = 5;
    private static final int TYPE_FLOAT32 = 6;
    private static final int TYPE_STRING = 8;
    private static final int TYPE_ARRAY = 9;
    private static final int GGML_F32 = 0;

    private final int embedding = 32;
    private final int heads = 4;
    private final int feedForward = 64;
    private final int layers = 2;
    private final int context = 512;

    private TinyGguf() {
    }

    /** Writes the model to {@code file} with weights drawn from {@code seed}; returns the file. */
    static Path write(Path file, long seed) throws IOException {
        return new TinyGguf().writeTo(file, seed);
    }

    private Path writeTo(Path file, long seed) throws IOException {
        List<String> tokens = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        tokens.add("<unk>");
        types.add(2);
        tokens.add("<s>");
        types.add(3);
        tokens.add("</s>");
        types.add(3);
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(6);
        }
        tokens.add("<|im_start|>");
        types.add(3);
        tokens.add("<|im_end|>");
        types.add(3);
        tokens.add("\u2581");
        types.add(1);
        for (char c = 'a'; c <= 'z'; c++) {
            tokens.add(String.valueOf(c));
            types.add(1);
            tokens.add("\u2581" + c);
            types.add(1);
        }
        int vocab = tokens.size();

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("general.architecture", "llama");
        meta.put("general.name", "tiny-random-test-model");
        meta.put("general.alignment", new U32(ALIGNMENT));
        meta.put("llama.context_length", new U32(context));
        meta.put("llama.embedding_length", new U32(embedding));
        meta.put("llama.block_count", new U32(layers));
        meta.put("llama.feed_forward_length", new U32(feedForward));
        meta.put("llama.attention.head_count", new U32(heads));
        meta.put("llama.attention.head_count_kv", new U32(heads));
        meta.put("llama.rope.dimension_count", new U32(embedding / heads));
        meta.put("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        meta.put("llama.vocab_size", new U32(vocab));
        meta.put("tokenizer.ggml.model", "llama");
        meta.put("tokenizer.ggml.tokens", tokens);
        float[] scores = new float[vocab];
        for (int i = 0; i < vocab; i++) {
            scores[i] = -i;
        }
        meta.put("tokenizer.ggml.scores", scores);
        meta.put("tokenizer.ggml.token_type", types.stream().mapToInt(Integer::intValue).toArray());
        meta.put("tokenizer.ggml.bos_token_id", new U32(1));
        meta.put("tokenizer.ggml.eos_token_id", new U32(2));
        meta.put("tokenizer.ggml.unknown_token_id", new U32(0));
        meta.put("tokenizer.chat_template", "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n'"
                + " + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}"
                + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}");

        SplittableRandom random = new SplittableRandom(seed);
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("token_embd.weight", new long[] {embedding, vocab});
        shapes.put("output_norm.weight", new long[] {embedding});
        shapes.put("output.weight", new long[] {embedding, vocab});
        for (int l = 0; l < layers; l++) {
            String p = "blk." + l + ".";
            shapes.put(p + "attn_norm.weight", new long[] {embedding});
            shapes.put(p + "attn_q.weight", new long[] {embedding, embedding});
            shapes.put(p + "attn_k.weight", new long[] {embedding, embedding});
            shapes.put(p + "attn_v.weight", new long[] {embedding, embedding});
            shapes.put(p + "attn_output.weight", new long[] {embedding, embedding});
            shapes.put(p + "ffn_norm.weight", new long[] {embedding});
            shapes.put(p + "ffn_gate.weight", new long[] {embedding, feedForward});
            shapes.put(p + "ffn_down.weight", new long[] {feedForward, embedding});
            shapes.put(p + "ffn_up.weight", new long[] {embedding, feedForward});
        }

        Buf header = new Buf();
        header.bytes("GGUF".getBytes(StandardCharsets.US_ASCII));
        header.u32(3);
        header.u64(shapes.size());
        header.u64(meta.size());
        for (Map.Entry<String, Object> e : meta.entrySet()) {
            header.string(e.getKey());
            header.value(e.getValue());
        }
        long offset = 0;
        List<float[]> data = new ArrayList<>();
        for (Map.Entry<String, long[]> e : shapes.entrySet()) {
            long[] dims = e.getValue();
            header.string(e.getKey());
            header.u32(dims.length);
            long count = 1;
            for (long d : dims) {
                header.u64(d);
                count *= d;
            }
            header.u32(GGML_F32);
            header.u64(offset);
            float[] values = new float[(int) count];
            boolean norm = e.getKey().contains("norm");
            for (int i = 0; i < values.length; i++) {
                values[i] = norm ? 1f : (float) (random.nextDouble(-1, 1) * 0.1);
            }
            data.add(values);
            offset += align(count * 4L);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            header.padTo(ALIGNMENT);
            out.write(header.toByteArray());
            for (float[] values : data) {
                Buf b = new Buf();
                for (float v : values) {
                    b.f32(v);
                }
                b.padTo(ALIGNMENT);
                out.write(b.toByteArray());
            }
        }
        return file;
    }

    private static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private record U32(int value) {
    }

    /** A little-endian byte buffer that grows. */
    private static final class Buf {
        private ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

        private void ensure(int n) {
            if (buf.remaining() < n) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + n))
                        .order(ByteOrder.LITTLE_ENDIAN);
                buf.flip();
                bigger.put(buf);
                buf = bigger;
            }
        }

        void bytes(byte[] b) {
            ensure(b.length);
            buf.put(b);
        }

        void u32(int v) {
            ensure(4);
            buf.putInt(v);
        }

        void u64(long v) {
            ensure(8);
            buf.putLong(v);
        }

        void f32(float v) {
            ensure(4);
            buf.putFloat(v);
        }

        void string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            u64(b.length);
            bytes(b);
        }

        void value(Object v) {
            if (v instanceof String s) {
                u32(TYPE_STRING);
                string(s);
            } else if (v instanceof U32 u) {
                u32(TYPE_UINT32);
                u32(u.value());
            } else if (v instanceof Float f) {
                u32(TYPE_FLOAT32);
                f32(f);
            } else if (v instanceof float[] fs) {
                u32(TYPE_ARRAY);
                u32(TYPE_FLOAT32);
                u64(fs.length);
                for (float f : fs) {
                    f32(f);
                }
            } else if (v instanceof int[] is) {
                u32(TYPE_ARRAY);
                u32(TYPE_INT32);
                u64(is.length);
                for (int i : is) {
                    u32(i);
                }
            } else if (v instanceof List<?> list) {
                u32(TYPE_ARRAY);
                u32(TYPE_STRING);
                u64(list.size());
                for (Object o : list) {
                    string((String) o);
                }
            } else {
                throw new IllegalArgumentException("unsupported GGUF value " + v);
            }
        }

        void padTo(int alignment) {
            while (buf.position() % alignment != 0) {
                ensure(1);
                buf.put((byte) 0);
            }
        }

        byte[] toByteArray() {
            byte[] out = new byte[buf.position()];
            buf.flip();
            buf.get(out);
            buf.position(buf.limit());
            buf.limit(buf.capacity());
            return out;
        }
    }
}
