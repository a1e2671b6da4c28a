package org.socialsim.workbench.data.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.socialsim.workbench.data.io.ErrorPolicy;
import org.socialsim.workbench.data.io.Problem;

/**
 * Reads a JSON Lines file (one object per line) into records, fast: the file is read in blocks of whole lines, each
 * block is parsed in place by Jackson's streaming parser and converted to records on a worker thread (as many as
 * there are cores, at most {@value #MAX_WORKERS}), and the records reach the sink in file order on the calling
 * thread. A bad line is reported with its number and the next line is read normally. A first line that is not
 * JSON, or bytes that are not UTF-8, stop the import (a wrong format or encoding). The system property
 * {@code workbench.jsonl.workers} overrides the number of worker threads.
 */
public final class JsonlRows {
    private static final JsonFactory JSON = new JsonFactory(); // duplicate fields: parseObject finds them
    private static final int BLOCK = 1 << 22;
    private static final int MAX_WORKERS = 4;

    /** Turns one row's values into a record, or null after logging what is wrong (runs on a worker thread). */
    @FunctionalInterface
    public interface RowConverter<T> {
        T convert(String[] values, long line, ProblemLog log);
    }

    /** Receives every non-blank row in file order: its record, or null if the row was bad. */
    @FunctionalInterface
    public interface RecordSink<T> {
        void accept(T record, long line);
    }

    private final String file;
    private final String[] fields;
    private final Map<String, Integer> index = new HashMap<>();
    private final ArrayDeque<byte[]> spareBuffers = new ArrayDeque<>(); // blocks parsed and delivered, for reuse

    private JsonlRows(String file, String[] fields) {
        this.file = file;
        this.fields = fields;
        if (fields.length > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 fields per row, not " + fields.length);
        }
        for (int i = 0; i < fields.length; i++) {
            index.put(fields[i], i);
        }
    }

    /** Reads every line of {@code path}; problems go to {@code log} under the name {@code file}. */
    public static <T> void read(Path path, String file, String[] fields, ProblemLog log, RowConverter<T> convert,
                                RecordSink<T> sink) throws IOException {
        new JsonlRows(file, fields).run(path, log, convert, sink);
    }

    /** What a worker made of one block. */
    private static final class Block<T> {
        final List<T> records = new ArrayList<>();
        long[] lines = new long[256];
        int lineCount; // lines in the block, blank ones included
        final ProblemLog log = new ProblemLog("", ErrorPolicy.SKIP_AND_REPORT);
        final Map<String, long[]> unknown = new LinkedHashMap<>();
        final byte[] buffer;
        Problem fatal;

        Block(byte[] buffer) {
            this.buffer = buffer;
        }

        void add(T record, long line) {
            if (records.size() == lines.length) {
                lines = Arrays.copyOf(lines, lines.length * 2);
            }
            lines[records.size()] = line;
            records.add(record);
        }
    }

    private <T> void run(Path path, ProblemLog log, RowConverter<T> convert, RecordSink<T> sink) throws IOException {
        int workers = Integer.getInteger("workbench.jsonl.workers", Math.max(1, Math.min(MAX_WORKERS, Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "jsonl-" + file);
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Block<T>>> pending = new ArrayDeque<>();
        Map<String, long[]> unknown = new LinkedHashMap<>();
        long[] base = {0};
        try (InputStream in = Inputs.open(path)) {
            byte[] carry = new byte[0];
            boolean first = true;
            while (true) {
                byte[] buf = buffer(Math.max(BLOCK, carry.length * 2));
                System.arraycopy(carry, 0, buf, 0, carry.length);
                int len = carry.length;
                int n;
                while (len < buf.length && (n = in.read(buf, len, buf.length - len)) > 0) {
                    len += n;
                }
                boolean eof = len < buf.length;
                int end = eof ? len : lastNewline(buf, len) + 1;
                if (end == 0) { // one line longer than the buffer: read on with a bigger one
                    carry = Arrays.copyOf(buf, len);
                    continue;
                }
                int start = first && len >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB
                        && (buf[2] & 0xFF) == 0xBF ? 3 : 0; // a UTF-8 byte-order mark
                boolean firstBlock = first;
                byte[] data = buf;
                int from = start;
                int to = end;
                pending.add(pool.submit(() -> parseBlock(data, from, to, firstBlock, convert)));
                first = false;
                carry = Arrays.copyOfRange(buf, end, len);
                while (pending.size() > workers + 1) {
                    deliver(pending.poll(), base, log, unknown, sink);
                }
                if (eof) {
                    break;
                }
            }
            while (!pending.isEmpty()) {
                deliver(pending.poll(), base, log, unknown, sink);
            }
        } finally {
            pool.shutdownNow();
        }
        for (Map.Entry<String, long[]> u : unknown.entrySet()) {
            log.warning(file, u.getValue()[1], u.getKey(), "unknown field ignored in " + u.getValue()[0]
                    + " row(s) (expected " + Arrays.toString(fields) + ")");
        }
    }

    private <T> void deliver(Future<Block<T>> future, long[] base, ProblemLog log, Map<String, long[]> unknown,
                             RecordSink<T> sink) {
        Block<T> b;
        try {
            b = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getCause(),
                    e.getCause()));
        }
        long offset = base[0];
        if (b.fatal != null) {
            throw log.fatal(file, b.fatal.line() + offset, b.fatal.field(), b.fatal.message());
        }
        log.absorb(b.log, offset);
        for (Map.Entry<String, long[]> u : b.unknown.entrySet()) {
            long[] total = unknown.computeIfAbsent(u.getKey(), k -> new long[] {0, u.getValue()[1] + offset});
            total[0] += u.getValue()[0];
        }
        for (int i = 0; i < b.records.size(); i++) {
            sink.accept(b.records.get(i), b.lines[i] + offset);
        }
        base[0] += b.lineCount;
        spareBuffers.push(b.buffer);
    }

    /** A block buffer of at least {@code size} bytes, reused when one is free (the reading thread only). */
    private byte[] buffer(int size) {
        byte[] b = spareBuffers.poll();
        return b != null && b.length >= size ? b : new byte[size];
    }

    private static int lastNewline(byte[] buf, int len) {
        for (int i = len - 1; i >= 0; i--) {
            if (buf[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Parses the lines in buf[from, to) with one streaming parser (line numbers relative to the block, the first is
     * 1); after a syntax error the parser restarts at the next line, so one bad line costs only itself.
     */
    private <T> Block<T> parseBlock(byte[] buf, int from, int to, boolean firstBlock, RowConverter<T> convert) {
        Block<T> b = new Block<>(buf);
        b.lineCount = countLines(buf, from, to);
        boolean seenRow = !firstBlock;
        int line = 1; // the line the parser starts at
        int offset = from; // and its byte offset
        while (offset < to && b.fatal == null) {
            int resume = -1;
            try (JsonParser p = JSON.createParser(buf, offset, to - offset)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    int rowLine = line - 1 + p.currentTokenLocation().getLineNr();
                    if (t != JsonToken.START_OBJECT) {
                        if (!seenRow) {
                            b.fatal = Problem.error(file, rowLine, "", "not a JSON Lines file (each line must be a "
                                    + "JSON object)");
                            return b;
                        }
                        b.log.error(file, rowLine, "", "not a JSON object");
                        b.add(null, rowLine);
                        resume = rowLine + 1;
                        break;
                    }
                    String[] values = new String[fields.length];
                    boolean ok = parseObject(p, values, rowLine, b);
                    int endLine = line - 1 + p.currentLocation().getLineNr();
                    if (endLine != rowLine) {
                        b.log.error(file, rowLine, "", "a JSON object must fit on one line (this one ends on line "
                                + endLine + " of its block)");
                        ok = false;
                    } else if (!b.records.isEmpty() && b.lines[b.records.size() - 1] == rowLine) {
                        b.log.error(file, rowLine, "", "more than one JSON object on this line");
                        ok = false;
                    }
                    seenRow = true;
                    b.add(ok ? convert.convert(values, rowLine, b.log) : null, rowLine);
                }
            } catch (JsonProcessingException e) {
                int errLine = line - 1 + (e.getLocation() == null ? 1 : e.getLocation().getLineNr());
                int s = skipLines(buf, offset, to, errLine - line);
                int next = skipLines(buf, s, to, 1);
                String what = Inputs.firstLine(e.getOriginalMessage());
                if (!Inputs.isUtf8(buf, s, next - s)) {
                    b.fatal = Problem.error(file, errLine, "", "not UTF-8 text (save the file as UTF-8)");
                } else if (!seenRow) {
                    b.fatal = Problem.error(file, errLine, "", "not a JSON Lines file (one JSON object per line "
                            + "expected): " + what);
                } else {
                    if (b.records.isEmpty() || b.lines[b.records.size() - 1] != errLine) {
                        b.add(null, errLine);
                    } else {
                        b.records.set(b.records.size() - 1, null);
                    }
                    b.log.error(file, errLine, "", "not a JSON object: " + what);
                }
                resume = errLine + 1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (resume < 0) {
                break;
            }
            offset = skipLines(buf, offset, to, resume - line);
            line = resume;
        }
        return b;
    }

    /** The offset after skipping {@code n} line ends from {@code from} (or {@code to}). */
    private static int skipLines(byte[] buf, int from, int to, int n) {
        int i = from;
        for (int k = 0; k < n && i < to; k++) {
            while (i < to && buf[i] != '\n') {
                i++;
            }
            i = Math.min(to, i + 1);
        }
        return i;
    }

    /** Number of lines in buf[from, to) (a last line without a line end counts). */
    private static int countLines(byte[] buf, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                n++;
            }
        }
        return to > from && buf[to - 1] != '\n' ? n + 1 : n;
    }

    /**
     * Reads one object's fields (the parser is at its START_OBJECT) into {@code values}; a field given twice makes
     * the row bad (a bit per schema field finds it without a set per row).
     */
    private boolean parseObject(JsonParser p, String[] values, long line, Block<?> b) throws IOException {
        boolean ok = true;
        JsonToken t;
        int expected = 0;
        long seen = 0;
        Set<String> unknownHere = null;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            // Jackson interns field names: canonical files list the fields in schema order, so this is one compare
            Integer i = expected < fields.length && fields[expected] == name ? Integer.valueOf(expected)
                    : index.get(name);
            expected = i == null ? expected : i + 1;
            boolean repeated;
            if (i != null) {
                repeated = (seen & (1L << i)) != 0;
                seen |= 1L << i;
            } else {
                unknownHere = unknownHere == null ? new HashSet<>() : unknownHere;
                repeated = !unknownHere.add(name);
            }
            JsonToken v = p.nextToken();
            if (repeated) {
                b.log.error(file, line, name, "the field is given twice in this JSON object");
                p.skipChildren();
                ok = false;
            } else if (i == null) {
                long[] u = b.unknown.computeIfAbsent(name, k -> new long[] {0, line});
                u[0]++;
                p.skipChildren();
            } else if (v == JsonToken.VALUE_NULL) {
                values[i] = null;
            } else if (v.isScalarValue()) {
                values[i] = p.getText();
            } else {
                b.log.error(file, line, name, "expected a text or number, found " + (v == JsonToken.START_ARRAY
                        ? "an array" : "an object"));
                p.skipChildren();
                ok = false;
            }
        }
        if (t != JsonToken.END_OBJECT) {
            b.log.error(file, line, "", "unexpected content in the JSON object");
            return false;
        }
        return ok;
    }
}
