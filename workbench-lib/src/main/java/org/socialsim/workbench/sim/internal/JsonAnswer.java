package org.socialsim.workbench.sim.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Finds the JSON object in a model's answer (bare, fenced, or surrounded by prose). */
public final class JsonAnswer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswer() {
    }

    /** The first parseable {...} object in the text, or null. */
    public static JsonNode object(String answer) {
        if (answer == null) {
            return null;
        }
        for (int start = answer.indexOf('{'); start >= 0; start = answer.indexOf('{', start + 1)) {
            int depth = 0;
            boolean quoted = false;
            for (int i = start; i < answer.length(); i++) {
                char c = answer.charAt(i);
                if (quoted) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    try {
                        JsonNode node = JSON.readTree(answer.substring(start, i + 1));
                        if (node != null && node.isObject()) {
                            return node;
                        }
                    } catch (java.io.IOException e) {
                        // not JSON: try the next brace
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** A text field of an object, or null when absent or not text/number. */
    public static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || !(v.isTextual() || v.isNumber()) ? null : v.asText();
    }
}
