package org.socialsim.workbench.data.synth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.socialsim.workbench.data.synth.internal.Latents.Emotion;
import org.socialsim.workbench.data.synth.internal.Latents.Format;
import org.socialsim.workbench.data.synth.internal.Latents.PostLatent;
import org.socialsim.workbench.data.synth.internal.Latents.Stance;
import org.socialsim.workbench.data.synth.internal.Latents.Style;

/**
 * Texts of the vaccination-debate corpus from the phrase bank {@code vaccine-text.json}: source posts (claims in a
 * news, question or story frame; opinions whose stance lies only in word order or negation), quote comments that
 * agree or argue in the user's voice, rewrites that paraphrase the source's claim in the user's voice, and
 * personal original posts that paraphrase nothing.
 */
public final class VaccineText {
    private static final String RESOURCE = "/org/socialsim/workbench/data/synth/vaccine-text.json";
    private static final String[] PREFIXES = {"Honestly,", "Let me be clear:", "For the record,", "To be honest,"};
    private static volatile VaccineText instance;

    private final JsonNode root;
    private final List<String> topics = new ArrayList<>();

    /** A user's voice: what they think and how they write. */
    public record Voice(Stance stance, Emotion emotion, Style style) {
    }

    private VaccineText(JsonNode root) {
        this.root = root;
        root.path("topics").fieldNames().forEachRemaining(topics::add);
    }

    /** The phrase bank (read once). */
    public static VaccineText load() {
        VaccineText t = instance;
        if (t == null) {
            try (InputStream in = VaccineText.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                t = new VaccineText(new ObjectMapper().readTree(in));
                instance = t;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
        return t;
    }

    public List<String> topics() {
        return topics;
    }

    /** The source accounts: name, handle, bio, kind. */
    public List<JsonNode> accounts() {
        List<JsonNode> out = new ArrayList<>();
        root.path("accounts").forEach(out::add);
        return out;
    }

    /** A display name and a handle, drawn independently of everything else. */
    public String[] name(Random r) {
        String first = pick(root.at("/names/first"), r);
        String last = pick(root.at("/names/last"), r);
        boolean full = r.nextDouble() < 0.7;
        String display = (full ? first + " " + last : first) + pick(root.at("/names/decor"), r);
        String handle = (first + (r.nextBoolean() ? last : "")).toLowerCase(Locale.ROOT)
                + (r.nextDouble() < 0.6 ? Integer.toString(r.nextInt(999)) : "");
        return new String[] {display, handle};
    }

    /** A profile description, drawn independently of everything else. */
    public String bio(Random r) {
        return pick(root.path("bios"), r);
    }

    /** Decides what a source post says. */
    public PostLatent source(String id, String topic, Stance stance, Format format, Random r) {
        JsonNode t = root.path("topics").path(topic);
        Map<String, String> slots = new HashMap<>();
        for (Iterator<String> it = root.path("slots").fieldNames(); it.hasNext(); ) {
            String s = it.next();
            slots.put(s, pick(root.path("slots").path(s), r));
        }
        slots.put("entity", pick(t.path("entity"), r));
        slots.put("number", numbers(pick(t.path("number"), r), r));
        slots.put("pro", pick(t.path("pro"), r));
        slots.put("anti", pick(t.path("anti"), r));
        String kind;
        int choice;
        if (format != Format.OPINION) {
            kind = "claim";
            choice = r.nextInt(claim(topic, stance).size());
        } else if (r.nextDouble() < 0.7) {
            kind = "contrast";
            choice = r.nextInt(root.at("/formats/opinion_" + key(stance)).size());
        } else {
            kind = "negation";
            choice = r.nextInt(root.path("negations").size());
        }
        return new PostLatent(id, topic, stance, format, kind, choice, Map.copyOf(slots));
    }

    /** Fills the number placeholders of a slot value with fresh numbers, so posts on one claim differ in detail. */
    private static String numbers(String value, Random r) {
        if (value.indexOf('{') < 0) {
            return value;
        }
        return value.replace("{pct}", (55 + r.nextInt(43)) + "%")
                .replace("{count}", String.format(Locale.ROOT, "%,d", 1000 + 100 * r.nextInt(591)))
                .replace("{hours}", Integer.toString(12 + r.nextInt(61)))
                .replace("{months}", Integer.toString(6 + r.nextInt(6)))
                .replace("{millions}", Integer.toString(5 + r.nextInt(296)))
                .replace("{age}", Integer.toString(5 + r.nextInt(13)));
    }

    /** The source post's text. */
    public String render(PostLatent p, Random r) {
        return switch (p.kind()) {
            case "claim" -> {
                String c = fill(claim(p.topic(), p.stance()).get(p.choice()).asText(), p.slots());
                String frame = pick(root.at("/formats/" + p.format().name().toLowerCase(Locale.ROOT)), r);
                yield fill(frame.replace("{Claim}", capitalize(c)).replace("{claim}", c), p.slots());
            }
            case "contrast" -> fill(root.at("/formats/opinion_" + key(p.stance())).get(p.choice()).asText(),
                    p.slots());
            default -> capitalize(fill(root.path("negations").get(p.choice()).path(key(p.stance())).asText(),
                    p.slots())) + ".";
        };
    }

    /** A paraphrase of the post's content in the user's voice (another wording of the same claim). */
    public String rewrite(PostLatent p, Voice v, Random r) {
        Map<String, String> slots = new HashMap<>(p.slots());
        for (String lexical : new String[] {"vaccine", "covid"}) {
            if (r.nextBoolean()) {
                slots.put(lexical, pick(root.path("slots").path(lexical), r));
            }
        }
        String text = switch (p.kind()) {
            case "claim" -> {
                List<JsonNode> says = claim(p.topic(), p.stance());
                int other = says.size() < 2 ? 0 : (p.choice() + 1 + r.nextInt(says.size() - 1)) % says.size();
                yield pick(root.path("rewrite_openers"), r) + " " + fill(says.get(other).asText(), slots) + ".";
            }
            case "contrast" -> {
                JsonNode templates = root.at("/formats/opinion_" + key(p.stance()));
                int other = (p.choice() + 1 + r.nextInt(templates.size() - 1)) % templates.size();
                yield fill(templates.get(other).asText(), slots);
            }
            default -> PREFIXES[r.nextInt(PREFIXES.length)] + " "
                    + fill(root.path("negations").get(p.choice()).path(key(p.stance())).asText(), slots) + ".";
        };
        return voice(text, v, r);
    }

    /** A quote comment: agreement or pushback from the user's stance, or a question when either side is neutral. */
    public String quote(PostLatent p, Voice v, Random r) {
        JsonNode q = root.path("quote");
        JsonNode topic = root.path("topics").path(p.topic());
        String text;
        if (v.stance() == Stance.NEUTRAL || p.stance() == Stance.NEUTRAL) {
            text = pick(q.path("neutral"), r) + " " + fill(pick(q.path("ask"), r), p.slots());
        } else {
            String point = pick(topic.path(key(v.stance())), r);
            text = pick(q.path(v.stance() == p.stance() ? "agree" : "disagree"), r) + " "
                    + capitalize(pick(q.path("because"), r).replace("{point}", point));
        }
        return voice(text, v, r);
    }

    /** An original post of the user that paraphrases nothing: a personal line in their stance and voice. */
    public String original(Voice v, Random r) {
        Map<String, String> slots = new HashMap<>();
        root.path("slots").fieldNames().forEachRemaining(s -> slots.put(s, pick(root.path("slots").path(s), r)));
        return voice(fill(pick(root.path("originals").path(key(v.stance())), r), slots), v, r);
    }

    /** Adds the user's emotion (sometimes) and applies their style. */
    String voice(String text, Voice v, Random r) {
        String t = text;
        JsonNode feelings = root.path("emotion").path(v.emotion().name().toLowerCase(Locale.ROOT));
        if (feelings.size() > 0 && r.nextDouble() < 0.6) {
            t = t + " " + pick(feelings, r);
        }
        return switch (v.style()) {
            case PLAIN -> t;
            case CASUAL -> {
                String c = t.toLowerCase(Locale.ROOT).replace(" you ", " u ").replace("because", "bc")
                        .replace("people", "ppl").replace("honestly", "tbh");
                yield c.endsWith(".") ? c.substring(0, c.length() - 1) : c;
            }
            case EMOJI -> t + " " + pick(root.path("emoji").path(v.emotion().name().toLowerCase(Locale.ROOT)), r)
                    + (r.nextBoolean() ? pick(root.path("emoji").path(v.emotion().name().toLowerCase(Locale.ROOT)),
                    r) : "");
            case SHOUTY -> shout(t, r);
            case HASHTAG -> t + " " + pick(root.path("hashtags").path(key(v.stance())), r);
        };
    }

    private static String shout(String t, Random r) {
        String[] words = t.split(" ");
        List<Integer> longWords = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)) {
                longWords.add(i);
            }
        }
        if (!longWords.isEmpty()) {
            int i = longWords.get(r.nextInt(longWords.size()));
            words[i] = words[i].toUpperCase(Locale.ROOT);
        }
        String s = String.join(" ", words);
        return s.endsWith(".") ? s.substring(0, s.length() - 1) + "!!!" : s + "!!";
    }

    private List<JsonNode> claim(String topic, Stance stance) {
        for (JsonNode c : root.path("topics").path(topic).path("claims")) {
            if (c.path("stance").asText().equals(key(stance))) {
                List<JsonNode> out = new ArrayList<>();
                c.path("say").forEach(out::add);
                return out;
            }
        }
        throw new IllegalStateException("no " + key(stance) + " claim for topic " + topic + " in " + RESOURCE);
    }

    private static String fill(String template, Map<String, String> slots) {
        StringBuilder b = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                b.append(template, i, template.length());
                break;
            }
            String value = slots.get(template.substring(open + 1, close));
            b.append(template, i, open).append(value == null ? template.substring(open, close + 1) : value);
            i = close + 1;
        }
        return b.toString();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String key(Stance s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

    private static String pick(JsonNode array, Random r) {
        if (!array.isArray() || array.size() == 0) {
            throw new IllegalStateException("phrase bank list missing or empty: " + array);
        }
        return array.get(r.nextInt(array.size())).asText();
    }
}
