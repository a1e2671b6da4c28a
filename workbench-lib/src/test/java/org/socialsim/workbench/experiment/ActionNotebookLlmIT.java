package org.socialsim.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/**
 * Issue 4's "done means", second half: with {@code WORKBENCH_LLM} set to an endpoint, notebook 02 runs the LLM. A
 * scripted OpenAI-compatible server on loopback answers mostly valid JSON actions and some unreadable text; notebook
 * 02 runs at small size through the main command ({@code environment/run-notebooks.sh 02}) in real Jupyter. Then the
 * server is stopped and the notebook runs again with {@code WORKBENCH_LLM} unset and {@code WORKBENCH_LLM_REPLAY}
 * pointing at the cache the first run wrote: the result tables must be identical. Each run has its own state folder
 * ({@code WORKBENCH_STATE}), so the second run cannot reuse the first run's saved predictions: it must replay.
 */
class ActionNotebookLlmIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "scripted-action-model";
    private static final Pattern UNPARSED = Pattern.compile("unparsed answers \\(scored as wrong\\): (\\d+) rows");

    @Test
    void notebook02RunsTheConfiguredLlmAndReplaysItsCacheToTheSameTables() throws Exception {
        Path repo = Path.of("").toAbsolutePath().getParent();
        Path tmp = Path.of("target", "notebook-llm-it").toAbsolutePath(); // kept for inspection after a failure
        deleteTree(tmp);
        Path cache = tmp.resolve("llm-cache");
        Path live;
        String spec;
        int requests;
        try (LoopbackChatServer server = LoopbackChatServer.start(ActionNotebookLlmIT::answer)) {
            spec = "openai-compatible:" + server.openAiBaseUrl() + "|" + MODEL;
            live = run(repo, tmp.resolve("live"), Map.of("WORKBENCH_LLM", spec, "WORKBENCH_LLM_CACHE", cache.toString()));
            requests = server.requestCount();
        }
        assertTrue(requests > 0, "the scripted server received no request");
        assertTrue(requests >= 3 * 20, "three configurations over the small test cases: " + requests + " requests");

        Map<String, String> liveCells = cells(live);
        String model = cellContaining(liveCells, "LLM: ");
        assertTrue(model.contains("LLM: " + spec.substring(0, spec.indexOf('|'))) && model.contains(MODEL), model);
        assertFalse(String.join("\n", liveCells.values()).contains(CaseFeatureClassifier.NAME),
                "the offline stand-in ran although WORKBENCH_LLM was set");
        Matcher unparsed = UNPARSED.matcher(cellContaining(liveCells, "unparsed answers"));
        assertTrue(unparsed.find() && Integer.parseInt(unparsed.group(1)) > 0,
                "the scripted server's unreadable answers are counted and shown");
        Map<String, String> liveResults = taggedResults(live);

        Path replay = run(repo, tmp.resolve("replay"), Map.of("WORKBENCH_LLM_REPLAY", cache.toString()));
        Map<String, String> replayCells = cells(replay);
        assertEquals(model, cellContaining(replayCells, "LLM: "), "the replay names the recorded model");
        Map<String, String> replayResults = taggedResults(replay);
        assertEquals(3, liveResults.size(), "cells tagged 'results': " + liveResults.keySet());
        assertEquals(liveResults, replayResults, "the replayed notebook's result tables differ from the live run's");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Mostly a JSON action chosen by the prompt's text; about one answer in seven names no action. */
    private static Reply answer(LoopbackChatServer.Request r) {
        int h = Math.floorMod(r.user().hashCode(), 21);
        if (h < 3) {
            return Reply.answer("Hard to say: this user could do several things with it.");
        }
        return Reply.answer("{\"action\": \"" + Action.values()[h % 3].label() + "\"}");
    }

    /** Runs notebook 02 at small size with the given environment; returns the executed notebook. */
    private static Path run(Path repo, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        Path out = dir.resolve("notebooks");
        ProcessBuilder pb = new ProcessBuilder("bash", repo.resolve("environment/run-notebooks.sh").toString(), "02")
                .directory(repo.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> e = pb.environment();
        e.remove("WORKBENCH_LLM");
        e.remove("WORKBENCH_LLM_REPLAY");
        e.remove("WORKBENCH_LLM_CACHE");
        e.put("WORKBENCH_SIZE", "small");
        e.put("WORKBENCH_SKIP_SETUP", "1");
        e.put("WORKBENCH_NOTEBOOK_OUT", out.toString());
        e.put("WORKBENCH_FIGURES", dir.resolve("figures").toString());
        e.put("WORKBENCH_STATE", dir.resolve("state").toString());
        e.putAll(env);
        int exit = pb.start().waitFor();
        assertEquals(0, exit, "environment/run-notebooks.sh 02 failed with " + env.keySet()
                + " (its output above names the cell)");
        Path executed = out.resolve("02-action-prediction.ipynb");
        assertTrue(Files.isRegularFile(executed), "not executed: " + executed);
        return executed;
    }

    /** The text of every code cell's outputs, by cell number; fails on an error output. */
    private static Map<String, String> cells(Path notebook) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode cell : JSON.readTree(notebook.toFile()).get("cells")) {
            i++;
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (JsonNode o : cell.path("outputs")) {
                assertFalse("error".equals(o.path("output_type").asText()), notebook.getFileName() + " cell " + i
                        + " errored: " + o.path("ename").asText() + ": " + o.path("evalue").asText());
                b.append(text(o)).append('\n');
            }
            out.put("cell " + i, b.toString());
        }
        return out;
    }

    /** The results (execute_result outputs) of the cells tagged "results", by cell number. */
    private static Map<String, String> taggedResults(Path notebook) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode cell : JSON.readTree(notebook.toFile()).get("cells")) {
            i++;
            boolean tagged = false;
            for (JsonNode t : cell.path("metadata").path("tags")) {
                tagged |= "results".equals(t.asText());
            }
            if (!tagged) {
                continue;
            }
            List<String> results = new ArrayList<>();
            for (JsonNode o : cell.path("outputs")) {
                if ("execute_result".equals(o.path("output_type").asText())) {
                    results.add(text(o));
                }
            }
            assertEquals(1, results.size(), notebook.getFileName() + " cell " + i + " shows no table");
            out.put("cell " + i, results.get(0));
        }
        return out;
    }

    private static String cellContaining(Map<String, String> cells, String text) {
        return cells.values().stream().filter(s -> s.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell output contains '" + text + "'"));
    }

    private static String text(JsonNode output) {
        JsonNode data = output.path("data");
        JsonNode t = data.has("text/html") ? data.get("text/html") : data.has("text/plain") ? data.get("text/plain")
                : output.path("text");
        if (t.isArray()) {
            StringBuilder b = new StringBuilder();
            t.forEach(x -> b.append(x.asText()));
            return b.toString();
        }
        return t.asText();
    }
}
