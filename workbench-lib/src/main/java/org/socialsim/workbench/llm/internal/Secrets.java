package org.socialsim.workbench.llm.internal;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Keeps API keys out of messages: replaces the configured key wherever it appears, and anything shaped like an
 * OpenAI-style secret ({@code sk-...}) or a bearer token, with {@code ***}.
 */
public final class Secrets {
    private static final Pattern KEY_SHAPED = Pattern.compile("(sk-[A-Za-z0-9_\\-]{12,}|Bearer\\s+[A-Za-z0-9._\\-]{8,})");

    private final List<String> keys;

    private Secrets(List<String> keys) {
        this.keys = keys;
    }

    /** A scrubber for the given keys (null or short entries are ignored). */
    public static Secrets of(String... keys) {
        return new Secrets(java.util.Arrays.stream(keys).filter(Objects::nonNull).filter(k -> k.length() >= 4)
                .toList());
    }

    /** The text with every secret replaced by {@code ***}. */
    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        String s = text;
        for (String k : keys) {
            s = s.replace(k, "***");
        }
        return KEY_SHAPED.matcher(s).replaceAll("***");
    }
}
