package org.socialsim.workbench.data.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON Lines file (one object per line) into rows of field values, fast: the bytes are scanned for line
 * ends in a large buffer and each line is parsed in place by Jackson's streaming parser, so a bad line is reported
 * with its number and the next line is read normally. A first line that is not JSON, or bytes that are not UTF-8,
 * stop the import (a wrong format or encoding).
 */
public final class JsonlRows {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final String file;
    private final Map<String, Integer> index = new HashMap<>();
    private final String expected;
    private final int width;
    private final ProblemLog log;
    private final Map<String, long[]> unknown = new LinkedHashMap<>();
    private boolean seenRow;

    private JsonlRows(String file, String[] fields, ProblemLog log) {
        this.file = file;
        this.width = fields.length;
        this.expected = java.util.Arrays.toString(fields);
        this.log = log;
        for (int i = 0; i < fields.length; i++) {
            index.put(fields[i], i);
        }
    }

    /** Reads every line of {@code path}; problems go to {@code log} under the name {@code file}. */
    public static void read(Path path, String file, String[] fields, ProblemLog log, RowHandler handler)
            throws IOException {
        new JsonlRows(file, fields, log).run(path, handler);
    }

    private void run(Path path, RowHandler handler) throws IOException {
        try (InputStream in = Inputs.open(path)) {
            byte[] buf = new byte[1 << 20];
            int len = 0;
            int start = 0;
            long line = 0;
            boolean first = true;
            while (true) {
                int n = in.read(buf, len, buf.length - len);
                boolean eof = n < 0;
                int scanFrom = len;
                len += Math.max(n, 0);
                if (first && len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
                        && (buf[2] & 0xFF) == 0xBF) {
                    start = 3; // a UTF-8 byte-order mark
                }
                first = false;
                for (int i = scanFrom; i < len; i++) {
                    if (buf[i] == '\n') {
                        line++;
                        parseLine(buf, start, i, line, handler);
                        start = i + 1;
                    }
                }
                if (eof) {
                    if (start < len) {
                        parseLine(buf, start, len, ++line, handler);
                    }
                    break;
                }
                // keep the unfinished line: move it to the front, or grow the buffer for a very long line
                if (start == 0 && len == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                } else {
                    System.arraycopy(buf, start, buf, 0, len - start);
                    len -= start;
                    start = 0;
                }
            }
        }
        for (Map.Entry<String, long[]> u : unknown.entrySet()) {
            log.warning(file, u.getValue()[1], u.getKey(), "unknown field ignored in " + u.getValue()[0]
                    + " row(s) (expected " + expected + ")");
        }
    }

    private void parseLine(byte[] buf, int from, int to, long line, RowHandler handler) throws IOException {
        int end = to > from && buf[to - 1] == '\r' ? to - 1 : to;
        int s = from;
        while (s < end && (buf[s] == ' ' || buf[s] == '\t')) {
            s++;
        }
        if (s == end) {
            return; // a blank line
        }
        String[] values = new String[width];
        boolean ok;
        try (JsonParser p = JSON.createParser(buf, s, end - s)) {
            ok = parseObject(p, values, line);
        } catch (JsonProcessingException e) {
            if (!Inputs.isUtf8(buf, s, end - s)) {
                throw log.fatal(file, line, "", "not UTF-8 text (save the file as UTF-8)");
            }
            if (!seenRow) {
                throw log.fatal(file, line, "", "not a JSON Lines file (one JSON object per line expected): "
                        + Inputs.firstLine(e.getOriginalMessage()));
            }
            log.error(file, line, "", "not a JSON object: " + Inputs.firstLine(e.getOriginalMessage()));
            ok = false;
        }
        seenRow = true;
        handler.row(ok ? values : null, line);
    }

    private boolean parseObject(JsonParser p, String[] values, long line) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            if (!seenRow) {
                throw log.fatal(file, line, "", "not a JSON Lines file (each line must be a JSON object)");
            }
            log.error(file, line, "", "not a JSON object");
            return false;
        }
        boolean ok = true;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Integer i = index.get(name);
            JsonToken v = p.nextToken();
            if (i == null) {
                long[] u = unknown.computeIfAbsent(name, k -> new long[] {0, line});
                u[0]++;
                p.skipChildren();
            } else if (v == JsonToken.VALUE_NULL) {
                values[i] = null;
            } else if (v.isScalarValue()) {
                values[i] = p.getText();
            } else {
                log.error(file, line, name, "expected a text or number, found " + (v == JsonToken.START_ARRAY
                        ? "an array" : "an object"));
                p.skipChildren();
                ok = false;
            }
        }
        if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
            log.error(file, line, "", "unexpected content after the JSON object");
            return false;
        }
        return ok;
    }
}
