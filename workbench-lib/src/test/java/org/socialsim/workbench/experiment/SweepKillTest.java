package org.socialsim.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.experiment.internal.ResultStore;
import org.socialsim.workbench.progress.ProgressSinks;

/** A real child JVM runs a sweep and is killed with SIGKILL mid-way; the re-run must lose and redo nothing finished. */
class SweepKillTest {
    static final int CASES = 150;

    @Test
    void killNineMidSweepLosesNothingFinished(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SweepKillMain.class.getName(), results.toString(), "20")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path log = results.resolve(ResultStore.FILE);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(log) < 40 && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        child.destroyForcibly();   // SIGKILL on Linux
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
        int savedBefore = completeLines(log);
        assertTrue(savedBefore >= 40 && savedBefore < 2 * CASES, "killed after " + savedBefore + " predictions; log: "
                + Files.readString(dir.resolve("child.log")));

        ProgressSinks.use(ProgressSinks.silent());
        ScriptedLlmClient resumed = ScriptedLlmClient.answering(ScriptedLlmClient::byRates);
        SweepResult r = SweepKillMain.sweep(resumed, results).run();
        assertEquals(2 * CASES - savedBefore, resumed.calls(), "the re-run redoes exactly the unfinished predictions");
        assertEquals(2 * CASES, completeLines(log));

        ScriptedLlmClient fresh = ScriptedLlmClient.answering(ScriptedLlmClient::byRates);
        SweepResult uninterrupted = SweepKillMain.sweep(fresh, dir.resolve("fresh")).run();
        assertEquals(uninterrupted.table().print(), r.table().print());
    }

    private static int lines(Path f) throws IOException {
        if (!Files.exists(f)) {
            return 0;
        }
        return (int) new String(Files.readAllBytes(f), StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count();
    }

    /** Lines that are whole JSON records (a torn last line is not counted). */
    private static int completeLines(Path f) throws IOException {
        ObjectMapper json = new ObjectMapper();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            boolean terminated = i < lines.size() - 1 || text.endsWith("\n");
            try {
                json.readTree(lines.get(i));
                n += terminated ? 1 : 0;
            } catch (IOException e) {
                assertEquals(lines.size() - 1, i, "only the last line may be torn");
            }
        }
        return n;
    }
}
