package org.socialsim.workbench.generation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt text with {@code {{name}}} placeholders, read from a classpath resource or a file. Rendering fails, naming
 * the template, when a placeholder has no value or a value has no placeholder, so an edited template cannot silently
 * lose the post or the user's history.
 */
public final class PromptTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z_]+)}}");

    private final String source;
    private final String text;
    private final Set<String> placeholders;

    private PromptTemplate(String source, String text) {
        this.source = source;
        this.text = text;
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        this.placeholders = Set.copyOf(names);
    }

    /** A template from a classpath resource such as {@code prompts/judge/stance.txt}. */
    public static PromptTemplate resource(String path) {
        try (InputStream in = PromptTemplate.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("prompt template resource not found on the classpath: " + path);
            }
            return new PromptTemplate("classpath:" + path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt template resource " + path + ": " + e, e);
        }
    }

    /** A template from a UTF-8 file. */
    public static PromptTemplate file(Path path) {
        try {
            return new PromptTemplate(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt template " + path + ": " + e, e);
        }
    }

    /** Where the template came from. */
    public String source() {
        return source;
    }

    /** The template text as written. */
    public String text() {
        return text;
    }

    /** The placeholder names it uses. */
    public Set<String> placeholders() {
        return placeholders;
    }

    /** Fills every placeholder; the values must name exactly the template's placeholders. */
    public String render(Map<String, String> values) {
        for (String name : placeholders) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("prompt template " + source + ": no value for {{" + name + "}}");
            }
        }
        for (String name : values.keySet()) {
            if (!placeholders.contains(name)) {
                throw new IllegalArgumentException("prompt template " + source + " lacks the placeholder {{" + name
                        + "}} (it uses " + placeholders + ")");
            }
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(sb);
        return sb.toString().strip();
    }
}
