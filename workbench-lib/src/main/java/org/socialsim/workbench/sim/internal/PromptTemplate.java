package org.socialsim.workbench.sim.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt file under {@code prompts/} on the classpath with {@code {{name}}} placeholders. Rendering requires a
 * value for every placeholder and no value for one the file lacks, so a renamed placeholder fails loudly.
 */
public final class PromptTemplate {
    private static final Pattern SLOT = Pattern.compile("\\{\\{([a-z_]+)}}");

    private final String name;
    private final String text;
    private final Set<String> slots;

    private PromptTemplate(String name, String text) {
        this.name = name;
        this.text = text;
        this.slots = new LinkedHashSet<>();
        Matcher m = SLOT.matcher(text);
        while (m.find()) {
            slots.add(m.group(1));
        }
    }

    /** Loads {@code prompts/<path>} from the classpath. */
    public static PromptTemplate load(String path) {
        String resource = "/prompts/" + path;
        try (InputStream in = PromptTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("prompt file " + resource + " is not on the classpath");
            }
            return new PromptTemplate(path, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt " + resource, e);
        }
    }

    /** A template from text (for prompts a user writes). */
    public static PromptTemplate of(String name, String text) {
        return new PromptTemplate(name, text.strip());
    }

    public String name() {
        return name;
    }

    public Set<String> slots() {
        return slots;
    }

    /** Fills every placeholder. */
    public String render(Map<String, String> values) {
        if (!values.keySet().equals(slots)) {
            throw new IllegalArgumentException("prompt " + name + " has placeholders " + slots + " but was given "
                    + values.keySet());
        }
        Matcher m = SLOT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
