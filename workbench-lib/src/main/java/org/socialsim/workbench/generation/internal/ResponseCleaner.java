package org.socialsim.workbench.generation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Pattern;
import org.socialsim.workbench.generation.UnusableResponseException;

/**
 * Turns a chat model's answer into a response text: unwraps a JSON object or a code fence, drops a leading label
 * ("Post:", "Comment:") and quotation marks around the whole text, and rejects empty answers and refusals.
 */
public final class ResponseCleaner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] JSON_FIELDS = {"text", "response", "post", "comment", "tweet", "content"};
    private static final Pattern FENCE = Pattern.compile("^```[a-zA-Z]*\\s*|\\s*```$");
    private static final Pattern LABEL = Pattern.compile(
            "^(?i)(post|tweet|comment|response|reply|rewrite|rewritten post|quote|quote comment|answer|new post)"
                    + "\\s*:\\s*");
    private static final Pattern REFUSAL = Pattern.compile(
            "^(?i)(as an ai\\b|(i'm|i am) sorry\\b[^.]*\\b(can't|cannot|unable)\\b"
                    + "|i (can't|cannot|won't) (help|assist|comply|fulfil|fulfill|create|generate|write|do that))");

    private ResponseCleaner() {
    }

    /**
     * The response text in an answer.
     *
     * @throws UnusableResponseException when nothing usable is left or the model refused
     */
    public static String clean(String answer) {
        String s = answer == null ? "" : answer.strip();
        s = FENCE.matcher(s).replaceAll("").strip();
        s = unwrapJson(s);
        s = LABEL.matcher(s).replaceFirst("").strip();
        s = unquote(s);
        if (s.isEmpty()) {
            throw new UnusableResponseException("empty answer", answer);
        }
        if (REFUSAL.matcher(s).find()) {
            throw new UnusableResponseException("the model refused", answer);
        }
        return s;
    }

    private static String unwrapJson(String s) {
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return s;
        }
        try {
            JsonNode node = JSON.readTree(s);
            for (String f : JSON_FIELDS) {
                if (node.hasNonNull(f) && node.get(f).isTextual()) {
                    return node.get(f).asText().strip();
                }
            }
        } catch (java.io.IOException e) {
            return s; // not JSON after all: a post may well start and end with braces
        }
        return s;
    }

    private static String unquote(String s) {
        if (s.length() >= 2) {
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            boolean quoted = (first == '"' && last == '"') || (first == '\u201C' && last == '\u201D')
                    || (first == '\'' && last == '\'');
            String inner = s.substring(1, s.length() - 1);
            if (quoted && inner.indexOf(first) < 0) {
                return inner.strip();
            }
        }
        return s;
    }
}
