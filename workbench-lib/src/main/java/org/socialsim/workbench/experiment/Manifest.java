package org.socialsim.workbench.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.llm.ModelSpec;
import org.socialsim.workbench.metrics.Bootstrap;
import org.socialsim.workbench.prompt.PromptConfig;

/**
 * What a sweep ran on, written as {@code manifest.json} beside its predictions: enough to tell whether two result
 * folders are comparable and to reproduce one. It never holds an API key.
 *
 * @param library        the workbench library version
 * @param gitCommit      the repository commit ("+dirty" when tracked files were changed), or "unknown"
 * @param created        when the run started (ISO-8601)
 * @param datasetHashes  SHA-256 of the cases of each shot selection used ({@link CaseSplit#hash()})
 * @param templateHashes SHA-256 of each prompt style's templates ({@code PromptRenderer.templateHashes()})
 * @param templateSource where the templates were read from
 * @param models         the model names of the sweep, in order
 * @param modelSpecs     the chat-model specification of each LLM model, by model name
 * @param configs        the prompt configurations, in order
 * @param seeds          the seeds
 * @param bootstrap      the bootstrap used for intervals
 */
public record Manifest(String library, String gitCommit, String created, Map<String, String> datasetHashes,
                       Map<String, String> templateHashes, String templateSource, List<String> models,
                       Map<String, ModelSpec> modelSpecs, List<PromptConfig> configs, List<Long> seeds,
                       Bootstrap bootstrap) {
    /** The file name in a results folder. */
    public static final String FILE = "manifest.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(gitCommit, "gitCommit");
        datasetHashes = Map.copyOf(datasetHashes);
        templateHashes = Map.copyOf(templateHashes);
        models = List.copyOf(models);
        modelSpecs = Map.copyOf(modelSpecs);
        configs = List.copyOf(configs);
        seeds = List.copyOf(seeds);
    }

    /** Writes {@code dir/manifest.json}. */
    public void write(Path dir) {
        Path f = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            JSON.writeValue(f.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f.toAbsolutePath(), e);
        }
    }

    /** Reads {@code dir/manifest.json}. */
    public static Manifest read(Path dir) {
        Path f = dir.resolve(FILE);
        try {
            return JSON.readValue(f.toFile(), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sweep manifest " + f.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that finished predictions recorded under {@code earlier} may be reused by this run: the same cases for
     * every shot selection both use, and the same templates.
     *
     * @throws IllegalStateException naming what differs
     */
    public void requireCompatibleWith(Manifest earlier, Path dir) {
        for (Map.Entry<String, String> e : datasetHashes.entrySet()) {
            String before = earlier.datasetHashes.get(e.getKey());
            if (before != null && !before.equals(e.getValue())) {
                throw new IllegalStateException("results folder " + dir.toAbsolutePath() + " holds predictions for "
                        + "other " + e.getKey() + " cases (dataset hash " + before.substring(0, 12) + " there, "
                        + e.getValue().substring(0, 12) + " now); use another folder or delete it");
            }
        }
        if (!earlier.templateHashes.isEmpty() && !earlier.templateHashes.equals(templateHashes)) {
            throw new IllegalStateException("results folder " + dir.toAbsolutePath() + " holds predictions made "
                    + "with other prompt templates; use another folder or delete it");
        }
    }
}
