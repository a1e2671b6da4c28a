package org.socialsim.workbench.llm;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model's raw answer split into the visible answer and its hidden reasoning. Reasoning models wrap their thinking in
 * {@code <think>...</think>} (also {@code <thinking>} or {@code <reasoning>}); it is removed before the answer is
 * parsed. An unterminated block (the model ran out of tokens while thinking) is reasoning to the end of the text; a
 * lone closing tag (the chat template opened the block) makes everything before it reasoning.
 *
 * @param answer    the visible answer, trimmed
 * @param reasoning the removed reasoning, blocks joined by a blank line; empty if none
 */
public record Reasoning(String answer, String reasoning) {
    private static final Pattern BLOCK =
            Pattern.compile("<(think|thinking|reasoning)>(.*?)</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPEN = Pattern.compile("<(think|thinking|reasoning)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile("</(think|thinking|reasoning)>", Pattern.CASE_INSENSITIVE);

    public Reasoning {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(reasoning, "reasoning");
    }

    /** Splits a raw answer; text without reasoning blocks comes back unchanged (trimmed) with empty reasoning. */
    public static Reasoning split(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Reasoning("", "");
        }
        if (raw.indexOf('<') < 0) {
            return new Reasoning(raw.strip(), "");
        }
        StringBuilder hidden = new StringBuilder();
        String text = raw;
        Matcher close = CLOSE.matcher(text);
        Matcher open = OPEN.matcher(text);
        if (close.find() && (!open.find() || open.start() > close.start())) {
            int lastOrphan = close.end();
            append(hidden, text.substring(0, close.start()));
            text = text.substring(lastOrphan);
        }
        StringBuilder visible = new StringBuilder();
        Matcher block = BLOCK.matcher(text);
        int at = 0;
        while (block.find()) {
            visible.append(text, at, block.start());
            append(hidden, block.group(2));
            at = block.end();
        }
        String rest = text.substring(at);
        Matcher unterminated = OPEN.matcher(rest);
        if (unterminated.find()) {
            visible.append(rest, 0, unterminated.start());
            append(hidden, rest.substring(unterminated.end()));
        } else {
            visible.append(rest);
        }
        return new Reasoning(visible.toString().strip(), hidden.toString());
    }

    private static void append(StringBuilder hidden, String part) {
        String p = part.strip();
        if (p.isEmpty()) {
            return;
        }
        if (hidden.length() > 0) {
            hidden.append("\n\n");
        }
        hidden.append(p);
    }

    /**
     * A token estimate for text whose tokens no provider counted: about four characters per token (OpenAI's rule of
     * thumb for English), at least one token for non-empty text.
     */
    public static long estimateTokens(String text) {
        return text == null || text.isEmpty() ? 0 : Math.max(1, Math.round(text.length() / 4.0));
    }

    /** Whether any reasoning was removed. */
    public boolean hasReasoning() {
        return !reasoning.isEmpty();
    }
}
