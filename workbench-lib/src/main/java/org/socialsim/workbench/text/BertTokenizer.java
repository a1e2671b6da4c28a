package org.socialsim.workbench.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.util.PairList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.socialsim.workbench.text.internal.MiniLmResources;

/**
 * The word-piece tokenizer of a BERT encoder (Hugging Face tokenizers through DJL, from the tokenizer.json shipped
 * in the model's jar; nothing is downloaded). Texts longer than {@link #maxTokens()} (special tokens included) are
 * truncated; a pair is truncated longest-first. No padding: {@link TokenBatch#pad} pads a batch to its longest row.
 * Thread-safe.
 */
public final class BertTokenizer {
    private static final Map<Integer, BertTokenizer> MINI_LM = new ConcurrentHashMap<>();

    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;

    private BertTokenizer(HuggingFaceTokenizer tokenizer, int maxTokens) {
        this.tokenizer = tokenizer;
        this.maxTokens = maxTokens;
    }

    /** all-MiniLM-L6-v2's tokenizer, truncating to {@code maxTokens} (at most 512). One instance per length. */
    public static BertTokenizer miniLm(int maxTokens) {
        if (maxTokens < 3 || maxTokens > 512) {
            throw new IllegalArgumentException("maxTokens must be in [3, 512], was " + maxTokens);
        }
        return MINI_LM.computeIfAbsent(maxTokens, n -> load(MiniLmResources.tokenizer(), n,
                MiniLmResources.TOKENIZER));
    }

    private static BertTokenizer load(InputStream json, int maxTokens, String source) {
        DjlRuntime.configure();
        try (InputStream in = json) {
            return new BertTokenizer(HuggingFaceTokenizer.newInstance(in, Map.of("padding", "false",
                    "truncation", "true", "maxLength", Integer.toString(maxTokens),
                    "modelMaxLength", "512")), maxTokens);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the tokenizer " + source, e);
        }
    }

    /** The longest sequence produced, special tokens included. */
    public int maxTokens() {
        return maxTokens;
    }

    /** Tokenizes texts (null counts as empty). */
    public List<Tokens> tokenize(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        String[] in = new String[texts.size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = texts.get(i) == null ? "" : texts.get(i);
        }
        return convert(tokenizer.batchEncode(in));
    }

    /** Tokenizes text pairs as {@code [CLS] first [SEP] second [SEP]}, the second with segment id 1. */
    public List<Tokens> tokenizePairs(List<String> first, List<String> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("pair lists differ in size: " + first.size() + " vs " + second.size());
        }
        if (first.isEmpty()) {
            return List.of();
        }
        PairList<String, String> pairs = new PairList<>(first.size());
        for (int i = 0; i < first.size(); i++) {
            pairs.add(first.get(i) == null ? "" : first.get(i), second.get(i) == null ? "" : second.get(i));
        }
        return convert(tokenizer.batchEncode(pairs));
    }

    private static List<Tokens> convert(Encoding[] encodings) {
        List<Tokens> out = new ArrayList<>(encodings.length);
        for (Encoding e : encodings) {
            out.add(new Tokens(e.getIds(), e.getTypeIds()));
        }
        return out;
    }
}
