package org.socialsim.workbench.generation.internal;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A folder of Mustache prompt templates ({@code name.mustache}), from the classpath or a directory, rendered with
 * JMustache as the action prompts are: no HTML escaping, an unknown value name is an error, {@code {{> _piece}}}
 * includes a file of the same folder, runs of blank lines collapse into one and the result is stripped.
 */
public final class Templates {
    private static final Pattern BLANK_RUNS = Pattern.compile("\n[ \t]*(\n[ \t]*)+\n");

    private final String source;
    private final Path dir;
    private final String resourceDir;
    private final Map<String, String> texts = new HashMap<>();
    private final Map<String, Template> compiled = new HashMap<>();
    private final Mustache.Compiler compiler;

    private Templates(String source, Path dir, String resourceDir) {
        this.source = source;
        this.dir = dir;
        this.resourceDir = resourceDir;
        this.compiler = Mustache.compiler().escapeHTML(false).withLoader(name -> new StringReader(text(name)));
    }

    /** The templates of a classpath folder such as {@code prompts/judge/}. */
    public static Templates classpath(String folder) {
        return new Templates("classpath:" + folder, null, folder);
    }

    /** The templates of a directory. */
    public static Templates directory(Path dir) {
        return new Templates(dir.toAbsolutePath() + "/", dir, null);
    }

    /** Where the templates come from. */
    public String source() {
        return source;
    }

    /** Checks that these templates exist and compile, so a bad folder fails when it is loaded, not mid-run. */
    public Templates require(String... names) {
        for (String n : names) {
            template(n);
        }
        return this;
    }

    /** Renders one template with these values. */
    public String render(String name, Object values) {
        try {
            return BLANK_RUNS.matcher(template(name).execute(values)).replaceAll("\n\n").strip();
        } catch (MustacheException e) {
            throw new IllegalArgumentException("cannot render prompt template " + source + name + ".mustache: "
                    + e.getMessage(), e);
        }
    }

    private synchronized Template template(String name) {
        Template t = compiled.get(name);
        if (t == null) {
            try {
                t = compiler.compile(text(name));
            } catch (MustacheException e) {
                throw new IllegalArgumentException("prompt template " + source + name + ".mustache: "
                        + e.getMessage(), e);
            }
            compiled.put(name, t);
        }
        return t;
    }

    private synchronized String text(String name) {
        return texts.computeIfAbsent(name, this::read);
    }

    private String read(String name) {
        String file = name + ".mustache";
        if (dir != null) {
            try {
                return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no prompt template " + file + " in " + source, e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read prompt template " + dir.resolve(file) + ": " + e, e);
            }
        }
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resourceDir + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no prompt template " + file + " in " + source);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prompt template " + source + file + ": " + e, e);
        }
    }
}
