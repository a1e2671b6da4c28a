package org.socialsim.workbench.experiment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialsim.workbench.data.Action;

/**
 * Reads an action out of a model's answer: first a JSON object with an "action" field (anywhere in the text, code
 * fences allowed), else exactly one action word in free text ("retweet", "quoted", "rewrote", ...). An answer that
 * names no action, names several, or whose JSON holds an unknown label is unparsed, with the reason.
 */
public final class ActionAnswerParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern JSON_OBJECT = Pattern.compile("\\{[^{}]*}");
    private static final Pattern THINK = Pattern.compile("(?is)<think>.*?(</think>|$)");
    private static final Pattern RETWEET = Pattern.compile("(?i)\\bre-?tweet(s|ed|ing)?\\b");
    private static final Pattern QUOTE = Pattern.compile("(?i)\\bquot(e|es|ed|ing)\\b");
    private static final Pattern REWRITE = Pattern.compile("(?i)\\bre-?(write|writes|writing|written|wrote)\\b");

    private ActionAnswerParser() {
    }

    /** The outcome of parsing: an action, or null with the reason. */
    public record Parsed(Action action, String why) {
        public boolean ok() {
            return action != null;
        }
    }

    /** Parses one answer. */
    public static Parsed parse(String answer) {
        if (answer == null || answer.isBlank()) {
            return new Parsed(null, "empty answer");
        }
        String text = THINK.matcher(answer).replaceAll(" ");
        Parsed fromJson = fromJson(text);
        if (fromJson != null) {
            return fromJson;
        }
        Set<Action> named = EnumSet.noneOf(Action.class);
        if (RETWEET.matcher(text).find()) {
            named.add(Action.RETWEET);
        }
        if (QUOTE.matcher(text).find()) {
            named.add(Action.QUOTE);
        }
        if (REWRITE.matcher(text).find()) {
            named.add(Action.REWRITE);
        }
        if (named.size() == 1) {
            return new Parsed(named.iterator().next(), "");
        }
        return new Parsed(null, named.isEmpty() ? "no action named" : "ambiguous: names " + labels(named));
    }

    /** The action of the first JSON object with an "action" field, or null when there is none. */
    private static Parsed fromJson(String text) {
        Matcher m = JSON_OBJECT.matcher(text);
        while (m.find()) {
            JsonNode node;
            try {
                node = JSON.readTree(m.group());
            } catch (Exception e) {
                continue;
            }
            JsonNode a = node == null ? null : node.get("action");
            if (a != null) {
                try {
                    return new Parsed(Action.parse(a.asText()), "");
                } catch (IllegalArgumentException e) {
                    return new Parsed(null, "unknown action '" + a.asText() + "' in JSON answer");
                }
            }
        }
        return null;
    }

    private static String labels(Set<Action> actions) {
        StringBuilder b = new StringBuilder();
        for (Action a : actions) {
            b.append(b.length() == 0 ? "" : " and ").append(a.label());
        }
        return b.toString();
    }
}
