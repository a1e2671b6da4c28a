package org.socialsim.workbench.llm;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.socialsim.workbench.llm.LabelAnswer.Method;
import org.socialsim.workbench.llm.internal.TextMentions;

/**
 * Reads one label of a closed set out of a model's answer, as JSON ({@code {"action": "quote"}}, also in a fenced
 * code block or followed by prose) or free text (an "Answer:" marker, the only label mentioned, or a first sentence
 * that is just the label); mentions under a negation ("not a retweet", "rather than quote") do not count, and an
 * answer naming several labels is ambiguous, so unparsed. Every result says how it was read or why it was not; an
 * unparsed answer can get one repair prompt asking for the label only. Immutable and thread-safe.
 *
 * <pre>{@code
 * LabelParser<Action> p = LabelParser.of(List.of(Action.values()), Action::label);
 * LabelAnswer<Action> a = p.parse("{\"action\": \"quote\"}");    // value QUOTE, method JSON
 * }</pre>
 *
 * @param <T> the label type
 */
public final class LabelParser<T> {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    private static final Pattern FENCE = Pattern.compile("```[a-zA-Z]*\\s*(.*?)```", Pattern.DOTALL);
    private static final List<String> DEFAULT_FIELDS =
            List.of("action", "label", "answer", "prediction", "choice", "decision", "output", "result");

    private final Map<String, T> labels;
    private final Map<String, T> forms;
    private final List<String> fields;

    private LabelParser(Map<String, T> labels, Map<String, T> forms, List<String> fields) {
        this.labels = labels;
        this.forms = forms;
        this.fields = fields;
    }

    /** A parser for {@code values}, each known by {@code label} (and its simple inflections: quotes, quoted, quoting). */
    public static <T> LabelParser<T> of(Collection<T> values, Function<T, String> label) {
        Map<String, T> labels = new LinkedHashMap<>();
        Map<String, T> forms = new LinkedHashMap<>();
        for (T v : values) {
            String l = normal(label.apply(v));
            if (labels.put(l, v) != null) {
                throw new IllegalArgumentException("label '" + l + "' given twice");
            }
        }
        labels.forEach((l, v) -> TextMentions.inflections(l).forEach(f -> forms.putIfAbsent(f, v)));
        labels.forEach(forms::put);
        return new LabelParser<>(labels, forms, DEFAULT_FIELDS);
    }

    /** A parser for plain string labels. */
    public static LabelParser<String> of(Collection<String> labels) {
        return of(labels, Function.identity());
    }

    /** This parser, also reading {@code word} (e.g. "repost", "quote tweet") as {@code value}. */
    public LabelParser<T> alias(String word, T value) {
        if (!labels.containsValue(value)) {
            throw new IllegalArgumentException("alias '" + word + "' points at " + value + ", which is not a label");
        }
        Map<String, T> f = new LinkedHashMap<>(forms);
        f.put(normal(word), value);
        return new LabelParser<>(labels, f, fields);
    }

    /** This parser, looking for the label in these JSON fields (default: action, label, answer, prediction, ...). */
    public LabelParser<T> fields(String... names) {
        return new LabelParser<>(labels, forms, List.of(names).stream().map(LabelParser::normal).toList());
    }

    /** The labels, in order. */
    public List<String> labels() {
        return List.copyOf(labels.keySet());
    }

    /** Reads an answer (hidden reasoning blocks are removed first). */
    public LabelAnswer<T> parse(String rawAnswer) {
        String text = Reasoning.split(rawAnswer).answer();
        if (text.isEmpty()) {
            return unparsed(text, "empty answer");
        }
        LabelAnswer<T> json = fromJson(text);
        if (json != null) {
            return json;
        }
        return fromText(text);
    }

    private LabelAnswer<T> fromJson(String text) {
        List<String> candidates = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            candidates.add(fence.group(1));
        }
        candidates.addAll(TextMentions.jsonObjects(text));
        for (String c : candidates) {
            JsonNode node;
            try {
                node = LENIENT.readTree(c.strip());
            } catch (Exception notJson) {
                continue;
            }
            if (node == null || !node.isObject()) {
                continue;
            }
            for (String f : fields) {
                JsonNode v = field(node, f);
                if (v != null) {
                    String s = normal(v.isTextual() ? v.asText() : v.toString());
                    T value = forms.get(s);
                    return value != null ? new LabelAnswer<>(value, Method.JSON, "JSON field '" + f + "'", text, false,
                            "") : unparsed(text, "JSON field '" + f + "' is '" + s + "', not one of " + labels());
                }
            }
            Set<T> found = new LinkedHashSet<>();
            node.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && forms.containsKey(normal(e.getValue().asText()))) {
                    found.add(forms.get(normal(e.getValue().asText())));
                }
            });
            if (found.size() == 1) {
                return new LabelAnswer<>(found.iterator().next(), Method.JSON, "the only label value in a JSON object",
                        text, false, "");
            }
        }
        return null;
    }

    private static JsonNode field(JsonNode node, String name) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (normal(e.getKey()).equals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private LabelAnswer<T> fromText(String text) {
        List<TextMentions.Mention> mentions = TextMentions.find(text, forms.keySet());
        if (mentions.isEmpty()) {
            return unparsed(text, "no label mentioned (expected one of " + labels() + ")");
        }
        TextMentions.Mention marked = TextMentions.afterMarker(text, mentions);
        if (marked != null) {
            return new LabelAnswer<>(forms.get(marked.form()), Method.MARKER, "after an answer marker", text, false,
                    "");
        }
        Set<T> positive = new LinkedHashSet<>();
        Set<T> negated = new LinkedHashSet<>();
        for (TextMentions.Mention m : mentions) {
            (m.negated() ? negated : positive).add(forms.get(m.form()));
        }
        if (positive.size() == 1) {
            return new LabelAnswer<>(positive.iterator().next(), Method.ONLY_MENTION,
                    negated.isEmpty() ? "the only label mentioned" : "the only label not negated", text, false, "");
        }
        TextMentions.Mention leading = TextMentions.leadingSentence(text, mentions);
        if (leading != null) {
            return new LabelAnswer<>(forms.get(leading.form()), Method.LEADING, "the first sentence is the label",
                    text, false, "");
        }
        if (positive.isEmpty()) {
            return unparsed(text, "every label mentioned is negated (" + names(negated) + ")");
        }
        return unparsed(text, "ambiguous: mentions " + names(positive));
    }

    private String names(Set<T> values) {
        return labels.entrySet().stream().filter(e -> values.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
    }

    private LabelAnswer<T> unparsed(String text, String why) {
        return new LabelAnswer<>(null, Method.NONE, why, text, false, "");
    }

    /** The follow-up prompt sent once for an unparsed answer: the original prompt, the bad answer, and a plea. */
    public ChatPrompt repairPrompt(ChatPrompt original, String badAnswer) {
        String shown = badAnswer.length() > 600 ? badAnswer.substring(0, 600) + "..." : badAnswer;
        String user = original.user() + "\n\n---\nYour previous reply was:\n" + shown
                + "\n---\nThat reply could not be read as one of the allowed labels. Reply with exactly one word: "
                + String.join(", ", labels()) + ".";
        String purpose = original.purpose().isEmpty() ? "repair" : original.purpose() + ":repair";
        return new ChatPrompt(original.system(), user, purpose);
    }

    /** Asks one prompt and reads the label, with one repair prompt when {@code repair} and the answer is unparsed. */
    public LabelAnswer<T> ask(LlmClient client, ChatPrompt prompt, boolean repair) {
        return askWithCalls(client, prompt, repair).answer();
    }

    /** Asks many prompts (with the client's concurrency), then repairs the unparsed ones in one more batch. */
    public List<LabelAnswer<T>> askAll(LlmClient client, List<ChatPrompt> prompts, boolean repair) {
        return askAllWithCalls(client, prompts, repair).stream().map(AskedLabel::answer).toList();
    }

    /** Like {@link #ask}, also giving the completions the label took (for tokens, cost and cache hits). */
    public AskedLabel<T> askWithCalls(LlmClient client, ChatPrompt prompt, boolean repair) {
        return askAllWithCalls(client, List.of(prompt), repair).get(0);
    }

    /** Like {@link #askAll}, also giving the completions each label took (for tokens, cost and cache hits). */
    public List<AskedLabel<T>> askAllWithCalls(LlmClient client, List<ChatPrompt> prompts, boolean repair) {
        List<Completion> first = client.completeAll(prompts);
        List<AskedLabel<T>> out = new ArrayList<>(first.size());
        List<Integer> bad = new ArrayList<>();
        List<ChatPrompt> repairs = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            LabelAnswer<T> a = parse(first.get(i).text());
            out.add(new AskedLabel<>(a, List.of(first.get(i))));
            if (repair && !a.parsed()) {
                bad.add(i);
                repairs.add(repairPrompt(prompts.get(i), a.answer()));
            }
        }
        if (!repairs.isEmpty()) {
            List<Completion> second = client.completeAll(repairs);
            for (int j = 0; j < bad.size(); j++) {
                int i = bad.get(j);
                LabelAnswer<T> before = out.get(i).answer();
                out.set(i, new AskedLabel<>(parse(second.get(j).text()).afterRepair(before.answer(), before.reason()),
                        List.of(first.get(i), second.get(j))));
            }
        }
        return out;
    }

    private static String normal(String s) {
        Objects.requireNonNull(s, "label");
        return s.strip().toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "")
                .replaceAll("[\\s_]+", " ");
    }
}
