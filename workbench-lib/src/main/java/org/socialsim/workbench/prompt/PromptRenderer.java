package org.socialsim.workbench.prompt;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.prompt.internal.CaseContext;

/**
 * Renders a case into the chat prompt of a configuration, from the Mustache templates under
 * {@code prompts/action/} (see the README there for the syntax and the values a template may use). Runs of blank
 * lines in the output collapse into one, and the user message is stripped of leading and trailing blanks.
 *
 * <pre>{@code
 * PromptRenderer r = PromptRenderer.standard();
 * System.out.println(PromptRenderer.transcript(r.render(PromptConfig.zeroShot(), someCase)));
 * }</pre>
 */
public final class PromptRenderer {
    /** The classpath folder of the shipped templates. */
    public static final String RESOURCE_DIR = "prompts/action/";
    /** Purpose tag of the rendered prompts. */
    public static final String PURPOSE = "action";
    private static final String SYSTEM = "system";
    private static final List<String> PARTIALS = List.of("_post", "_user", "_answer");
    private static final Pattern BLANK_RUNS = Pattern.compile("\n[ \t]*(\n[ \t]*)+\n");

    private final String source;
    private final Map<String, String> files;
    private final String system;
    private final Map<PromptStyle, Template> templates = new EnumMap<>(PromptStyle.class);

    private PromptRenderer(String source, Map<String, String> files) {
        this.source = source;
        this.files = Map.copyOf(files);
        Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false)
                .withLoader(name -> new StringReader(file(name)));
        this.system = file(SYSTEM).strip();
        for (PromptStyle s : PromptStyle.values()) {
            try {
                templates.put(s, compiler.compile(file(s.label())));
            } catch (MustacheException e) {
                throw new IllegalArgumentException("prompt template " + source + s.label() + ".mustache: "
                        + e.getMessage(), e);
            }
        }
    }

    /** The templates shipped in the library. */
    public static PromptRenderer standard() {
        return Holder.STANDARD;
    }

    /** Templates read from a folder holding the same files (copy prompts/action/, edit, point here). */
    public static PromptRenderer fromDirectory(Path dir) {
        Map<String, String> files = new TreeMap<>();
        for (String name : fileNames()) {
            Path p = dir.resolve(name + ".mustache");
            try {
                files.put(name, Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read prompt template " + p.toAbsolutePath(), e);
            }
        }
        return new PromptRenderer(dir.toAbsolutePath() + "/", files);
    }

    /** The chat prompt for one case under one configuration (the case is first restricted to it). */
    public ChatPrompt render(PromptConfig config, EngagementCase c) {
        EngagementCase visible = config.restrict(c);
        try {
            String user = BLANK_RUNS.matcher(templates.get(config.style()).execute(CaseContext.of(visible)))
                    .replaceAll("\n\n").strip();
            return new ChatPrompt(system, user, PURPOSE);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("cannot render prompt template " + source + config.style().label()
                    + ".mustache for case " + c.caseId() + " (" + config.label() + "): " + e.getMessage(), e);
        }
    }

    /** SHA-256 (hex) of what a style's prompts are made of: the system message, its template and the pieces. */
    public String templateHash(PromptStyle style) {
        MessageDigest md = sha256();
        List<String> parts = new ArrayList<>(List.of(SYSTEM, style.label()));
        parts.addAll(PARTIALS);
        for (String name : parts) {
            md.update((name + "\n" + file(name) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The hash of every style, keyed by its label (for manifests). */
    public Map<String, String> templateHashes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (PromptStyle s : PromptStyle.values()) {
            out.put(s.label(), templateHash(s));
        }
        return out;
    }

    /** Where the templates came from (a classpath folder or a directory). */
    public String source() {
        return source;
    }

    /** A prompt as plain text, system then user message, for printing in a notebook. */
    public static String transcript(ChatPrompt p) {
        return "[system]\n" + p.system() + "\n\n[user]\n" + p.user();
    }

    private String file(String name) {
        String text = files.get(name);
        if (text == null) {
            throw new IllegalArgumentException("no prompt template '" + name + ".mustache' in " + source);
        }
        return text;
    }

    private static List<String> fileNames() {
        List<String> names = new ArrayList<>(List.of(SYSTEM));
        for (PromptStyle s : PromptStyle.values()) {
            names.add(s.label());
        }
        names.addAll(PARTIALS);
        return names;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static final class Holder {
        static final PromptRenderer STANDARD = load();

        private static PromptRenderer load() {
            Map<String, String> files = new TreeMap<>();
            for (String name : fileNames()) {
                String res = RESOURCE_DIR + name + ".mustache";
                try (InputStream in = PromptRenderer.class.getClassLoader().getResourceAsStream(res)) {
                    if (in == null) {
                        throw new IllegalStateException("prompt template missing from the library: " + res);
                    }
                    files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + res, e);
                }
            }
            return new PromptRenderer("classpath:" + RESOURCE_DIR, files);
        }
    }
}
