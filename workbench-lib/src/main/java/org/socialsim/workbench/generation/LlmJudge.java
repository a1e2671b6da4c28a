package org.socialsim.workbench.generation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.socialsim.workbench.generation.internal.Templates;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.LabelAnswer;
import org.socialsim.workbench.llm.LabelParser;
import org.socialsim.workbench.llm.LlmClient;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * An LLM that labels texts for emotion, stance toward a topic, perceived age and perceived gender, with prompts
 * kept as Mustache files ({@code prompts/judge/}: system and one per {@link JudgeDimension}). Answers are parsed and
 * validated against the dimension's labels ({@link JudgeDimension#parser}); with {@link #withRepair} an unreadable
 * answer gets one more request asking for the label only. A malformed answer never ends a run: it is counted (see
 * {@link #report}) and the pairs that need it are scored as missing. The paper used Llama-3.3-70B as its judge; any
 * chat model behind the {@link LlmClient} works, and offline there is none, so these dimensions then read
 * "needs judge".
 */
public final class LlmJudge {
    private static final int EXAMPLES = 3;
    /** The classpath folder of the shipped judge prompts. */
    public static final String RESOURCE_DIR = "prompts/judge/";

    private final LlmClient client;
    private final String topic;
    private final Path promptDir;
    private final Templates templates;
    private final Map<JudgeDimension, LabelParser<String>> parsers = new EnumMap<>(JudgeDimension.class);
    private final Map<JudgeDimension, Tally> tallies = new EnumMap<>(JudgeDimension.class);
    private final boolean repair;

    private LlmJudge(LlmClient client, String topic, Path dir, boolean repair) {
        this.client = Objects.requireNonNull(client, "client");
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException(
                    "the judge needs the study's topic (for stance), e.g. \"COVID-19 vaccination\"");
        }
        this.topic = topic.strip();
        this.repair = repair;
        this.promptDir = dir;
        this.templates = dir == null ? Templates.classpath(RESOURCE_DIR) : Templates.directory(dir);
        templates.require("system");
        for (JudgeDimension d : JudgeDimension.values()) {
            templates.require(d.key());
            parsers.put(d, d.parser());
            tallies.put(d, new Tally());
        }
    }

    /** A judge with the shipped prompts; {@code topic} is what stance is judged toward. */
    public static LlmJudge create(LlmClient client, String topic) {
        return new LlmJudge(client, topic, null, false);
    }

    /** A judge with prompts from a folder holding system, emotion, stance, age and gender .mustache files. */
    public static LlmJudge create(LlmClient client, String topic, Path promptDir) {
        return new LlmJudge(client, topic, Objects.requireNonNull(promptDir, "promptDir"), false);
    }

    /**
     * A judge like this one (same client, topic and prompts, fresh counts) that re-asks once, for the label only, when
     * an answer cannot be read.
     */
    public LlmJudge withRepair(boolean on) {
        return new LlmJudge(client, topic, promptDir, on);
    }

    /** "LLM judge " and the model spec. */
    public String name() {
        return "LLM judge " + client.spec().label();
    }

    /** The exact prompt sent to label a text on a dimension. */
    public ChatPrompt prompt(JudgeDimension d, String text) {
        Map<String, String> values = new HashMap<>();
        values.put("text", text);
        values.put("labels", d.labels().stream().map(l -> "\"" + l + "\"").collect(Collectors.joining(", ")));
        values.put("topic", topic);
        return new ChatPrompt(templates.render("system", values), templates.render(d.key(), values),
                "judge:" + d.key());
    }

    /** The label of one text, or null when the answer was malformed (counted). */
    public String label(JudgeDimension d, String text) {
        return labelAll(d, List.of(text)).get(0);
    }

    /**
     * Labels of many texts, in order; null where the answer was malformed (counted). One {@link LlmClient#completeAll}
     * call (plus one for repairs): the client bounds concurrency, caches and shows the progress.
     */
    public List<String> labelAll(JudgeDimension d, List<String> texts) {
        List<ChatPrompt> prompts = new ArrayList<>(texts.size());
        texts.forEach(t -> prompts.add(prompt(d, t)));
        List<String> out = new ArrayList<>(texts.size());
        for (LabelAnswer<String> a : parsers.get(d).askAll(client, prompts, repair)) {
            tallies.get(d).add(a);
            out.add(a.value());
        }
        return out;
    }

    /** The agreement scorer for one dimension. */
    public AlignmentScorer scorer(JudgeDimension d) {
        return new JudgeScorer(this, d);
    }

    /** Agreement scorers for every dimension. */
    public List<AlignmentScorer> scorers() {
        List<AlignmentScorer> out = new ArrayList<>();
        for (JudgeDimension d : JudgeDimension.values()) {
            out.add(scorer(d));
        }
        return out;
    }

    /** Malformed answers so far, per dimension: answers, malformed, their share, and a few examples with the reason. */
    public Table report() {
        StringColumn dim = StringColumn.create("dimension");
        IntColumn answers = IntColumn.create("answers");
        IntColumn malformed = IntColumn.create("malformed");
        DoubleColumn share = DoubleColumn.create("malformed_share");
        StringColumn examples = StringColumn.create("examples");
        tallies.forEach((d, t) -> {
            dim.append(d.key());
            answers.append((int) t.answers.get());
            malformed.append((int) t.malformed.get());
            share.append(t.answers.get() == 0 ? Double.NaN : (double) t.malformed.get() / t.answers.get());
            examples.append(String.join(" | ", t.examples));
        });
        return Table.create(name() + ": answers and malformed answers", dim, answers, malformed, share, examples);
    }

    /** Malformed answers so far on one dimension. */
    public long malformed(JudgeDimension d) {
        return tallies.get(d).malformed.get();
    }

    private static final class Tally {
        final AtomicLong answers = new AtomicLong();
        final AtomicLong malformed = new AtomicLong();
        final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();

        void add(LabelAnswer<String> a) {
            answers.incrementAndGet();
            if (!a.parsed()) {
                malformed.incrementAndGet();
                if (examples.size() < EXAMPLES) {
                    String raw = a.answer();
                    String shown = raw.length() > 80 ? raw.substring(0, 77) + "..." : raw;
                    examples.add(a.reason() + ": '" + shown.replace('\n', ' ') + "'");
                }
            }
        }
    }
}
