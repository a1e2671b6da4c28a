package org.socialsim.workbench.llm;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.Pair;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A LangChain4j {@link ChatModel} over in-process llama.cpp (de.kherud:llama) on a GGUF file the user brings, so the
 * rest of the workbench cannot tell it from a remote model. Messages are formatted with the model's own chat template;
 * an optional GBNF grammar restricts what may be generated (see {@link #labelGrammar}), which forces a valid label
 * even from a weak model. Calls on one model run one at a time. Token counts: the prompt's tokens as the engine
 * tokenizes it, the answer re-tokenized.
 */
public final class LlamaCppChatModel implements ChatModel, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LlamaCppChatModel.class);

    static {
        if (System.getProperty("de.kherud.llama.tmpdir") == null) {
            try {
                // a private folder per JVM: the engine extracts its native library there and deletes it on exit
                System.setProperty("de.kherud.llama.tmpdir",
                        Files.createTempDirectory("workbench-llama").toString());
            } catch (IOException e) {
                LOG.warn("cannot make a private folder for the llama.cpp native library; using java.io.tmpdir", e);
            }
        }
    }

    private final Path file;
    private final LlamaModel model;
    private final String grammar;
    private final float temperature;
    private final Integer seed;
    private final int maxTokens;
    private final ReentrantLock lock = new ReentrantLock();

    private LlamaCppChatModel(Path file, LlamaModel model, String grammar, double temperature, Integer seed,
                              int maxTokens) {
        this.file = file;
        this.model = model;
        this.grammar = grammar;
        this.temperature = (float) temperature;
        this.seed = seed;
        this.maxTokens = maxTokens;
    }

    /**
     * Loads a GGUF file for the spec's sampling parameters.
     *
     * @param spec        a {@code gguf:} spec (its model is the file path)
     * @param grammar     a GBNF grammar every answer must match, or null/empty for none
     * @param contextSize the context window in tokens
     * @param threads     CPU threads
     * @throws LlmException naming the file when it is missing or llama.cpp cannot load it
     */
    public static LlamaCppChatModel load(ModelSpec spec, String grammar, int contextSize, int threads) {
        Path file = Path.of(spec.model()).toAbsolutePath();
        if (!Files.isRegularFile(file)) {
            throw new LlmException("GGUF model file " + file + " does not exist (spec " + spec.label() + ")");
        }
        try {
            LlamaModel m = new LlamaModel(new ModelParameters().setModel(file.toString()).setCtxSize(contextSize)
                    .setThreads(threads).setThreadsBatch(threads).setParallel(1).disableLog());
            return new LlamaCppChatModel(file, m, grammar == null ? "" : grammar, spec.temperature(), spec.seed(),
                    spec.maxTokens());
        } catch (RuntimeException e) {
            throw new LlmException("llama.cpp cannot load " + file + ": " + e.getMessage(), e);
        } catch (LinkageError e) {
            throw new LlmException("the llama.cpp native library (de.kherud:llama) does not load on this machine: "
                    + e.getMessage() + " (on Debian it needs the libgomp1 package)", e);
        }
    }

    /** A GBNF grammar whose only sentences are the given labels, e.g. {@code root ::= "retweet" | "quote"}. */
    public static String labelGrammar(Collection<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a label grammar needs at least one label");
        }
        return "root ::= " + labels.stream().map(LlamaCppChatModel::gbnfString).collect(Collectors.joining(" | "));
    }

    private static String gbnfString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        String system = "";
        List<Pair<String, String>> turns = new ArrayList<>();
        for (ChatMessage m : request.messages()) {
            if (m instanceof SystemMessage s) {
                system = s.text();
            } else if (m instanceof UserMessage u) {
                turns.add(new Pair<>("user", u.singleText()));
            } else if (m instanceof AiMessage a) {
                turns.add(new Pair<>("assistant", Objects.toString(a.text(), "")));
            }
        }
        lock.lock();
        try {
            String prompt = model.applyTemplate(new InferenceParameters("").setMessages(system, turns));
            InferenceParameters p = new InferenceParameters(prompt).setNPredict(maxTokens)
                    .setTemperature(temperature).setCachePrompt(false);
            if (seed != null) {
                p.setSeed(seed);
            }
            if (!grammar.isEmpty()) {
                p.setGrammar(grammar);
            }
            String answer = model.complete(p);
            int in = model.encode(prompt).length;
            int out = answer.isEmpty() ? 0 : model.encode(answer).length;
            return ChatResponse.builder().aiMessage(AiMessage.from(answer)).tokenUsage(new TokenUsage(in, out))
                    .finishReason(FinishReason.STOP).modelName(file.getFileName().toString()).build();
        } catch (RuntimeException e) {
            throw new LlmException("llama.cpp failed on " + file.getFileName() + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** The grammar in force (empty for none). */
    public String grammar() {
        return grammar;
    }

    @Override
    public void close() {
        model.close();
    }
}
