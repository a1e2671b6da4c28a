package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.sim.internal.LlmBatch;
import org.socialsim.workbench.sim.internal.PromptTemplate;
import org.socialsim.workbench.sim.internal.Rng;

/**
 * S3's LLM agents: every agent with new posts in its feed is prompted (prompts/sim/agent-system.txt and
 * agent-step.txt) with its profile, demographics, emotion, attitude, memories and the new posts, and answers its new
 * emotion, attitude and action (repost, post new text, or nothing). Agents without new posts calm down one level with
 * probability {@code decay} (S3's decaying coefficient). Prompts of a step go out as one batch through
 * {@link LlmClient#completeAll}; identical prompts are sent once, answers are reused across steps and runs, and a
 * budget caps the calls of a run (agents beyond it keep their state and stay inactive, counted). Unparseable answers
 * are counted and listed in {@link #problems()}; the agent keeps its state.
 */
public final class LlmPolicy implements Policy {
    private static final PromptTemplate SYSTEM = PromptTemplate.load("sim/agent-system.txt");
    private static final PromptTemplate STEP = PromptTemplate.load("sim/agent-step.txt");
    private static final int MAX_PROBLEMS = 50;

    private final LlmClient client;
    private final String topic;
    private final long budget;
    private final int memoryShown;
    private final double decay;
    private final LlmBatch batch;
    private long runCalls;
    private long prompted;
    private long unparsed;
    private long overBudget;
    private long reusedAtStart;
    private long duplicatesAtStart;
    private final List<String> problems = new ArrayList<>();

    private LlmPolicy(LlmClient client, String topic, long budget, int memoryShown, double decay) {
        this.client = Objects.requireNonNull(client, "client");
        this.topic = Objects.requireNonNull(topic, "topic");
        if (budget < 0 || memoryShown < 0 || !(decay >= 0 && decay <= 1)) {
            throw new IllegalArgumentException("LLM policy: budget and memoryShown must be non-negative and decay in "
                    + "[0, 1]; got " + budget + ", " + memoryShown + ", " + decay);
        }
        this.budget = budget;
        this.memoryShown = memoryShown;
        this.decay = decay;
        this.batch = new LlmBatch(client, "sim:agent-step");
    }

    /**
     * LLM agents reacting to {@code topic} (a one-line description of the event), with at most {@code budget} calls per
     * run, the 5 most influential memories shown, and emotion decay 0.1 per quiet step.
     */
    public static LlmPolicy of(LlmClient client, String topic, long budget) {
        return new LlmPolicy(client, topic, budget, 5, 0.1);
    }

    /** The same with other memory and decay settings. */
    public LlmPolicy with(int memoriesShown, double emotionDecay) {
        return new LlmPolicy(client, topic, budget, memoriesShown, emotionDecay);
    }

    @Override
    public String name() {
        return "LLM agents (" + client.spec().label() + ")";
    }

    @Override
    public boolean decidesSharing() {
        return true;
    }

    @Override
    public void start(World w) {
        runCalls = 0;
        prompted = 0;
        unparsed = 0;
        overBudget = 0;
        reusedAtStart = batch.reused();
        duplicatesAtStart = batch.duplicates();
        problems.clear();
    }

    @Override
    public void step(World w) {
        List<Integer> readers = new ArrayList<>();
        List<List<FeedItem>> feeds = new ArrayList<>();
        for (int u = 0; u < w.n; u++) {
            List<FeedItem> feed = w.feed(u);
            if (feed.stream().anyMatch(i -> i.source() != MessageSource.OWN)) {
                readers.add(u);
                feeds.add(feed);
            }
        }
        List<String> prompts = new ArrayList<>(readers.size());
        for (int i = 0; i < readers.size(); i++) {
            prompts.add(prompt(w, readers.get(i), feeds.get(i)));
        }
        long callsBefore = batch.calls();
        List<String> answers = batch.answer(SYSTEM.render(Map.of()), prompts, Math.max(0, budget - runCalls));
        runCalls += batch.calls() - callsBefore;
        prompted += prompts.size();
        w.beginEmotionUpdate();
        w.beginAttitudeUpdate();
        boolean[] read = new boolean[w.n];
        for (int i = 0; i < readers.size(); i++) {
            int u = readers.get(i);
            read[u] = true;
            if (w.markAware(u)) {
                w.countAware(1);
            }
            String answer = answers.get(i);
            if (answer == null) {
                overBudget++;
                continue;
            }
            LlmDecision d = LlmDecision.parseOrNull(answer);
            if (d == null) {
                unparsed++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add("step " + w.step() + ", agent " + u + ": " + abbreviate(answer));
                }
                continue;
            }
            apply(w, u, feeds.get(i), d);
        }
        long key = w.randomKey(0x11_0001L);
        for (int u = 0; u < w.n; u++) {
            int e = w.emotionLevel(u);
            if (!read[u] && e > 0 && Rng.uniform(key, u) < decay) {
                w.setNextEmotion(u, e - 1);
            }
        }
    }

    private void apply(World w, int u, List<FeedItem> feed, LlmDecision d) {
        w.setNextEmotion(u, d.emotion().level());
        w.setNextAttitude(u, d.positive() ? 1f : -1f);
        FeedItem top = strongest(w, u, feed);
        if (d.action().equals("repost") && top != null) {
            w.share(u, top.from(), top.content(), ShareKind.REPOST);
        } else if (d.action().equals("post")) {
            int id = w.post(u, d.post(), d.emotion(), d.positive() ? 1f : -1f);
            w.share(u, top == null ? -1 : top.from(), id, ShareKind.POST);
        }
    }

    /** The most influential item of the feed (not the agent's own), ties to the lower sharer. */
    private static FeedItem strongest(World w, int u, List<FeedItem> feed) {
        InfluenceWeights iw = w.memory != null ? w.memory.weights() : InfluenceWeights.defaults();
        return feed.stream().filter(i -> i.source() != MessageSource.OWN)
                .max(Comparator.comparingDouble((FeedItem i) -> iw.sourceScore(i.source()))
                        .thenComparing(Comparator.comparingInt(FeedItem::from).reversed()))
                .orElse(null);
    }

    private String prompt(World w, int u, List<FeedItem> feed) {
        Map<String, String> v = new LinkedHashMap<>();
        Profiles p = w.profiles();
        String profile = p == null || p.text(u).isBlank() ? "(no profile text)" : p.text(u);
        Demographics d = p == null ? null : p.demographics(u);
        v.put("topic", topic);
        v.put("profile", profile);
        v.put("demographics", d == null ? "unknown" : d.phrase());
        v.put("emotion", w.emotion(u).label());
        v.put("attitude", w.attitude(u) > 0 ? "positive" : w.attitude(u) < 0 ? "negative" : "undecided");
        v.put("decay", Double.toString(decay));
        v.put("memory", memories(w, u));
        StringBuilder f = new StringBuilder();
        for (FeedItem item : feed) {
            if (item.source() != MessageSource.OWN) {
                f.append("- ").append(label(item.source())).append(": ").append(text(w, item.content())).append('\n');
            }
        }
        v.put("feed", f.toString().strip());
        return STEP.render(v);
    }

    private String memories(World w, int u) {
        if (w.memory == null || memoryShown == 0) {
            return "(nothing yet)";
        }
        StringBuilder b = new StringBuilder();
        List<MemoryPool.Memory> all = w.memory.recall(u, w.step());
        for (int i = 0; i < Math.min(memoryShown, all.size()); i++) {
            MemoryPool.Memory m = all.get(i);
            b.append("- ").append(label(m.source())).append(", ").append(w.step() - m.step()).append(" steps ago: ")
                    .append(text(w, m.content())).append('\n');
        }
        return b.length() == 0 ? "(nothing yet)" : b.toString().strip();
    }

    private static String text(World w, int content) {
        String t = w.content(content).text();
        return t.isBlank() ? "(a post about the event)" : t;
    }

    private static String label(MessageSource s) {
        return switch (s) {
            case OWN -> "your own post";
            case MUTUAL -> "from a friend you follow and who follows you";
            case FOLLOWEE -> "from an account you follow";
            case RECOMMENDED -> "recommended by the platform";
        };
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 200 ? one : one.substring(0, 200) + "...";
    }

    /** Calls sent to the model in the current run. */
    public long calls() {
        return runCalls;
    }

    /** Agents whose answer could not be parsed in the current run. */
    public long unparsed() {
        return unparsed;
    }

    /** Agents left without an answer because the budget ran out, in the current run. */
    public long overBudget() {
        return overBudget;
    }

    /** The first unparseable answers of the run (agent, step and the answer's start). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public String report() {
        return "prompts " + prompted + ", calls " + runCalls + " (budget " + budget + "), answers reused "
                + (batch.reused() - reusedAtStart) + ", duplicate prompts " + (batch.duplicates() - duplicatesAtStart)
                + ", unparsed " + unparsed
                + ", over budget " + overBudget;
    }
}
