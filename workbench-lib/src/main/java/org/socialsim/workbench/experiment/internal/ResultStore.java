package org.socialsim.workbench.experiment.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.experiment.MeteredPredictor.Metered;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.CallUsage;

/**
 * Finished predictions of a sweep, one JSON line each in {@code predictions.jsonl}, appended and flushed as each one
 * finishes, so a process killed at any moment loses nothing that finished. On opening, a torn last line (a kill in
 * the middle of a write) is cut off and counted; any other malformed line is an error naming file, line and field.
 * Without a folder the store keeps predictions in memory only.
 */
public final class ResultStore implements AutoCloseable {
    /** The file name of the predictions log. */
    public static final String FILE = "predictions.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedWriter out;
    private final Map<String, Map<String, Metered>> byCell = new HashMap<>();
    private final int tornLines;

    private ResultStore(Path file, int tornLines) throws IOException {
        this.file = file;
        this.tornLines = tornLines;
        this.out = file == null ? null : Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** A store that keeps nothing on disk. */
    public static ResultStore inMemory() {
        try {
            return new ResultStore(null, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens (or creates) {@code dir/predictions.jsonl} and loads what it holds. */
    public static ResultStore open(Path dir) {
        Path f = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            int torn = Files.exists(f) ? cutTornTail(f) : 0;
            ResultStore s = new ResultStore(f, torn);
            if (Files.size(f) > 0) {
                s.load();
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open sweep results " + f.toAbsolutePath(), e);
        }
    }

    /** Lines cut off on opening because a write was interrupted (0 or 1). */
    public int tornLines() {
        return tornLines;
    }

    /** The finished predictions of a cell, by case id (empty when none). */
    public synchronized Map<String, Metered> finished(String cell) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byCell.getOrDefault(cell, Map.of())));
    }

    /** Number of finished predictions of a cell. */
    public synchronized int count(String cell) {
        return byCell.getOrDefault(cell, Map.of()).size();
    }

    /** Records a finished prediction: written and flushed before this returns. */
    public synchronized void append(String cell, Metered m) {
        byCell.computeIfAbsent(cell, k -> new LinkedHashMap<>()).put(m.prediction().caseId(), m);
        if (out == null) {
            return;
        }
        try {
            out.write(JSON.writeValueAsString(toJson(cell, m)));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + file.toAbsolutePath(), e);
        }
    }

    /** Records many finished predictions of one cell. */
    public synchronized void appendAll(String cell, List<Metered> ms) {
        for (Metered m : ms) {
            append(cell, m);
        }
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file.toAbsolutePath(), e);
            }
        }
    }

    private static ObjectNode toJson(String cell, Metered m) {
        Prediction p = m.prediction();
        CallUsage u = m.usage();
        ObjectNode n = JSON.createObjectNode();
        n.put("cell", cell);
        n.put("case", p.caseId());
        if (p.action() == null) {
            n.putNull("action");
        } else {
            n.put("action", p.action().label());
        }
        n.put("raw", p.rawAnswer());
        n.put("note", p.note());
        n.put("calls", u.calls());
        n.put("input_tokens", u.inputTokens());
        n.put("output_tokens", u.outputTokens());
        n.put("reasoning_tokens", u.reasoningTokens());
        n.put("cache_hits", u.cacheHits());
        money(n, "cost_usd", u.costUsd());
        money(n, "saved_usd", u.savedUsd());
        return n;
    }

    /** Dollars as a number, or null when unpriced (NaN is not JSON). */
    private static void money(ObjectNode n, String field, double usd) {
        if (Double.isNaN(usd)) {
            n.putNull(field);
        } else {
            n.put(field, usd);
        }
    }

    /** Dollars from a line: null means unpriced; a line written before costs were recorded has none (unknown). */
    private static double money(JsonNode n, String field, long calls) {
        JsonNode v = n.get(field);
        if (v == null) {
            return calls == 0 ? 0 : Double.NaN;
        }
        return v.isNull() ? Double.NaN : v.asDouble();
    }

    private void load() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String where = file.toAbsolutePath() + " line " + (i + 1);
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(where + ": not JSON (" + e.getOriginalMessage() + ")", e);
            }
            String cell = text(n, "cell", where);
            String id = text(n, "case", where);
            JsonNode a = n.get("action");
            Action action;
            try {
                action = a == null || a.isNull() ? null : Action.parse(a.asText());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": field 'action': " + e.getMessage(), e);
            }
            Prediction p = new Prediction(id, action, n.path("raw").asText(""), n.path("note").asText(""));
            long calls = n.path("calls").asLong(0);
            CallUsage u = new CallUsage(calls, n.path("input_tokens").asLong(0), n.path("output_tokens").asLong(0),
                    n.path("reasoning_tokens").asLong(0), n.path("cache_hits").asLong(0),
                    money(n, "cost_usd", calls), money(n, "saved_usd", calls));
            byCell.computeIfAbsent(cell, k -> new LinkedHashMap<>()).put(id, new Metered(p, u));
        }
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalStateException(where + ": field '" + field + "' is missing or not a string");
        }
        return v.asText();
    }

    /** Cuts an unterminated last line (a write interrupted by a kill); returns 1 if one was cut, else 0. */
    private static int cutTornTail(Path f) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            long len = raf.length();
            if (len == 0) {
                return 0;
            }
            raf.seek(len - 1);
            if (raf.read() == '\n') {
                return 0;
            }
            long pos = len - 1;
            while (pos > 0) {
                raf.seek(pos - 1);
                if (raf.read() == '\n') {
                    break;
                }
                pos--;
            }
            raf.setLength(pos);
            return 1;
        }
    }
}
