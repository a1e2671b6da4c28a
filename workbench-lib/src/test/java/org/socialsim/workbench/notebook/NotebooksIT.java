package org.socialsim.workbench.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes every notebook in notebooks/ in real Jupyter, headless, on the small data size (through the main command,
 * {@code environment/run-notebooks.sh}), then checks each executed notebook: no cell errored, and every code cell
 * tagged {@code figure} produced an image/png output (each notebook must tag at least one).
 */
class NotebooksIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndDrawsItsFigures() throws Exception {
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path out = Path.of("target", "notebooks-it").toAbsolutePath();
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(repo.resolve("notebooks"))) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertTrue(!notebooks.isEmpty(), "no notebooks in " + repo.resolve("notebooks"));

        ProcessBuilder pb = new ProcessBuilder("bash", repo.resolve("environment/run-notebooks.sh").toString())
                .directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("WORKBENCH_SIZE", "small");
        pb.environment().put("WORKBENCH_SKIP_SETUP", "1");
        pb.environment().put("WORKBENCH_NOTEBOOK_OUT", out.toString());
        pb.environment().put("WORKBENCH_FIGURES", out.resolve("figures").toString());
        int exit = pb.start().waitFor();

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("run-notebooks.sh exits 0", () ->
                assertEquals(0, exit, "environment/run-notebooks.sh failed (its output above names notebook and cell)")));
        for (Path nb : notebooks) {
            String name = nb.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, () -> check(out.resolve(name), repo)));
        }
        return tests.stream();
    }

    private static void check(Path executed, Path repo) throws IOException {
        assertTrue(Files.isRegularFile(executed), "not executed (or failed; see environment/build/failed/): " + executed);
        JsonNode nb = JSON.readTree(executed.toFile());
        int figureCells = 0;
        int codeIndex = 0;
        for (JsonNode cell : nb.get("cells")) {
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            codeIndex++;
            boolean figure = false;
            for (JsonNode tag : cell.path("metadata").path("tags")) {
                figure |= "figure".equals(tag.asText());
            }
            boolean png = false;
            for (JsonNode output : cell.path("outputs")) {
                assertTrue(!"error".equals(output.path("output_type").asText()), executed.getFileName()
                        + ": code cell " + codeIndex + " errored: " + output.path("ename").asText() + ": "
                        + output.path("evalue").asText());
                png |= output.path("data").has("image/png");
            }
            if (figure) {
                figureCells++;
                assertTrue(png, executed.getFileName() + ": code cell " + codeIndex
                        + " is tagged 'figure' but has no image/png output");
            }
        }
        assertTrue(figureCells > 0, executed.getFileName() + " tags no code cell as 'figure'");
    }
}
