package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {
    @TempDir
    Path dir;

    static CacheEntry entry(String key, String text) {
        return new CacheEntry(key, "openai:gpt-4o-mini?temperature=0.0&max_tokens=512", "action", text, "", 10, 2, 0,
                false, "2025-01-01T00:00:00Z");
    }

    private static ChatPrompt prompt(String user) {
        return new ChatPrompt("sys", user, "p");
    }

    @Test
    void keyCoversModelParametersConstraintAndPromptButNotPurpose() {
        ModelSpec s = ModelSpec.parse("openai:gpt-4o-mini");
        String k = ResponseCache.keyOf(s, "", prompt("u"));
        assertEquals(64, k.length());
        assertEquals(k, ResponseCache.keyOf(s, "", new ChatPrompt("sys", "u", "other purpose")));
        assertNotEquals(k, ResponseCache.keyOf(s.withTemperature(0.5), "", prompt("u")));
        assertNotEquals(k, ResponseCache.keyOf(s.withSeed(1), "", prompt("u")));
        assertNotEquals(k, ResponseCache.keyOf(s.withMaxTokens(5), "", prompt("u")));
        assertNotEquals(k, ResponseCache.keyOf(s.withBaseUrl("http://127.0.0.1:1/v1"), "", prompt("u")));
        assertNotEquals(k, ResponseCache.keyOf(ModelSpec.parse("openai:gpt-4o"), "", prompt("u")));
        assertNotEquals(k, ResponseCache.keyOf(s, "root ::= \"a\"", prompt("u")));
        assertNotEquals(k, ResponseCache.keyOf(s, "", new ChatPrompt("sy", "su", "p")), "fields are length-framed");
    }

    @Test
    void storesAndReopens() {
        try (ResponseCache c = ResponseCache.open(dir)) {
            c.put(entry("k1", "quote"));
            c.put(entry("k1", "ignored second answer"));
            c.put(entry("k2", "retweet \"with\" quotes\nand a newline \u00e9"));
        }
        try (ResponseCache c = ResponseCache.open(dir)) {
            assertEquals(2, c.size());
            assertEquals("quote", c.find("k1").orElseThrow().text());
            assertEquals("retweet \"with\" quotes\nand a newline \u00e9", c.find("k2").orElseThrow().text());
            assertTrue(c.find("k3").isEmpty());
            assertTrue(c.problems().isEmpty(), c.problems().toString());
        }
    }

    private void writeOneTwoThree() {
        try (ResponseCache c = ResponseCache.open(dir)) {
            c.put(entry("a", "one"));
            c.put(entry("b", "two"));
            c.put(entry("c", "three"));
        }
    }

    @Test
    void tornLastLineIsIgnoredAndReportedAndTheRestSurvives() throws IOException {
        writeOneTwoThree();
        Path seg = segments().get(0);
        byte[] bytes = Files.readAllBytes(seg);
        Files.write(seg, java.util.Arrays.copyOf(bytes, bytes.length - 20));
        try (ResponseCache c = ResponseCache.open(dir)) {
            assertEquals(2, c.size());
            assertTrue(c.find("c").isEmpty());
            assertEquals(1, c.problems().size(), c.problems().toString());
            assertTrue(c.problems().get(0).contains(seg.getFileName() + " line 3"), c.problems().get(0));
            assertTrue(c.problems().get(0).contains("torn"), c.problems().get(0));
            c.put(entry("d", "four"));
        }
        try (ResponseCache c = ResponseCache.open(dir)) {
            assertEquals(3, c.size(), "new records go to a new segment, untouched by the torn one");
        }
    }

    @Test
    void damagedLineInTheMiddleFailsItsChecksumOnly() throws IOException {
        writeOneTwoThree();
        Path seg = segments().get(0);
        List<String> lines = Files.readAllLines(seg);
        lines.set(1, lines.get(1).replace("\"two\"", "\"TWO\""));
        Files.write(seg, lines);
        Files.writeString(seg, "not json at all\n", StandardOpenOption.APPEND);
        try (ResponseCache c = ResponseCache.open(dir)) {
            assertEquals(2, c.size());
            assertTrue(c.find("b").isEmpty(), "a damaged record is never served");
            assertEquals(2, c.problems().size(), c.problems().toString());
            assertTrue(c.problems().get(0).contains("line 2") && c.problems().get(0).contains("checksum"));
            assertTrue(c.problems().get(1).contains("line 4"));
        }
    }

    @Test
    void exportWritesOneStableSegmentOfTheChosenAnswers(@TempDir Path target) throws IOException {
        try (ResponseCache c = ResponseCache.open(dir)) {
            c.put(entry("b", "two"));
            c.put(entry("a", "one"));
            c.put(new CacheEntry("z", "ollama:other?temperature=0.0&max_tokens=512", "", "x", "", 1, 1, 0, false, ""));
            assertEquals(2, c.exportTo(target, e -> e.model().startsWith("openai:")));
            assertEquals(2, c.exportTo(target, e -> e.model().startsWith("openai:")), "exporting again is idempotent");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(target)) {
            files = s.toList();
        }
        assertEquals(1, files.size(), files.toString());
        List<String> lines = Files.readAllLines(files.get(0));
        assertTrue(lines.get(0).startsWith("{\"key\":\"a\"") && lines.get(1).startsWith("{\"key\":\"b\""));
        try (ResponseCache c = ResponseCache.openReadOnly(target)) {
            assertEquals(2, c.size());
            assertTrue(c.find("z").isEmpty());
        }
    }

    @Test
    void manyThreadsWriteOneCache() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (ResponseCache c = ResponseCache.open(dir)) {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        String key = i % 3 == 0 ? "shared-" + i : "t" + thread + "-" + i;
                        c.put(entry(key, "v" + key));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        int expected = 100 + 8 * 200;
        try (ResponseCache c = ResponseCache.open(dir)) {
            assertEquals(expected, c.size());
            assertTrue(c.problems().isEmpty(), c.problems().toString());
            assertEquals("vt3-7", c.find("t3-7").orElseThrow().text());
        }
        assertEquals(expected, lineCount(), "each key written once");
    }

    @Test
    void severalProcessesWriteAtOnceAndSeeEachOther() throws Exception {
        Process a = child("pa", "400");
        Process b = child("pb", "400");
        try (ResponseCache c = ResponseCache.open(dir)) {
            for (int i = 0; i < 400; i++) {
                c.put(entry(i < 100 ? "shared-" + i : "parent-" + i, "parent " + i));
            }
            assertEquals(0, a.waitFor());
            assertEquals(0, b.waitFor());
            assertTrue(c.find("pa-399").isPresent(), "a live cache picks up records other processes wrote");
        }
        try (ResponseCache c = ResponseCache.open(dir)) {
            assertEquals(100 + 3 * 300, c.size());
            assertTrue(c.problems().isEmpty(), c.problems().toString());
            assertTrue(c.find("pb-250").orElseThrow().text().startsWith("answer pb-250"));
        }
        assertEquals(3, segments().size(), "one segment per writing process");
    }

    @Test
    void aWriterKilledMidRunLosesNothingItFinished() throws Exception {
        Process p = child("killed", "1000000", "forever");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (totalBytes() < 200_000 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        long lines = lineCount();
        assertTrue(lines > 100, "the child wrote " + lines + " lines before it was killed");
        try (ResponseCache c = ResponseCache.open(dir)) {
            assertEquals(lines, c.size(), "every complete line is a record");
            assertTrue(c.problems().size() <= 1, "at most the last line is torn: " + c.problems());
            assertEquals("answer shared-7 " + "x".repeat(7), c.find("shared-7").orElseThrow().text());
        }
    }

    private Process child(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CacheWriterProcess.class.getName(), dir.toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private long totalBytes() throws IOException {
        long n = 0;
        for (Path p : segments()) {
            n += Files.size(p);
        }
        return n;
    }

    private long lineCount() throws IOException {
        long n = 0;
        for (Path p : segments()) {
            String s = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
            n += s.chars().filter(ch -> ch == '\n').count();
        }
        return n;
    }
}
