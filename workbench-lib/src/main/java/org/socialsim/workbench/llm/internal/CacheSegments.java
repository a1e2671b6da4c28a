package org.socialsim.workbench.llm.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.socialsim.workbench.llm.CacheEntry;

/**
 * Reads the segment files of a cache folder incrementally: remembers how far each file was read, decodes only
 * complete lines, and reports a torn last line once its writer is gone (a live writer holds an exclusive lock on its
 * segment, so an incomplete last line of a locked file is a write in progress, not damage).
 */
public final class CacheSegments {
    private static final int PARALLEL_LINES = 4096;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path dir;
    private final Consumer<String> problems;
    private final Map<Path, long[]> progress = new HashMap<>();
    private Path own;

    public CacheSegments(Path dir, Consumer<String> problems) {
        this.dir = dir;
        this.problems = problems;
    }

    /** A fresh, unique segment file name for this process. */
    public Path newSegmentPath() {
        return dir.resolve("segment-" + LocalDateTime.now().format(STAMP) + "-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL) + ".jsonl");
    }

    /** Marks the segment this process writes: scans skip it (its records are already in memory). */
    public synchronized void own(Path segment) {
        this.own = segment;
    }

    /** Reads whatever was appended to the folder's segments since the last scan and hands each record to {@code sink}. */
    public synchronized void scan(BiConsumer<String, CacheEntry> sink) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jsonl")) {
            for (Path f : files) {
                if (!f.equals(own)) {
                    read(f, sink);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list LLM response cache folder " + dir, e);
        }
    }

    private void read(Path file, BiConsumer<String, CacheEntry> sink) throws IOException {
        long[] state = progress.computeIfAbsent(file, f -> new long[2]);
        long offset = state[0];
        byte[] bytes;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size <= offset) {
                return;
            }
            if (size - offset > Integer.MAX_VALUE - 16) {
                throw new IOException("segment " + file + " is too large to read at once (" + size + " bytes)");
            }
            bytes = new byte[(int) (size - offset)];
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining() && ch.read(buf, offset + buf.position()) >= 0) {
                // keep reading
            }
        } catch (NoSuchFileException gone) {
            return;
        }
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines.add(new int[] {start, i});
                start = i + 1;
            }
        }
        Object[] decoded = new Object[lines.size()];
        IntStream range = IntStream.range(0, lines.size());
        (lines.size() >= PARALLEL_LINES ? range.parallel() : range).forEach(j -> {
            int[] l = lines.get(j);
            try {
                decoded[j] = l[1] == l[0] ? null : CacheLine.decode(bytes, l[0], l[1]);
            } catch (IllegalArgumentException ex) {
                decoded[j] = ex.getMessage();
            }
        });
        for (int j = 0; j < decoded.length; j++) {
            state[1]++;
            if (decoded[j] instanceof CacheEntry e) {
                sink.accept(e.key(), e);
            } else if (decoded[j] instanceof String why) {
                problems.accept(file.getFileName() + " line " + state[1] + ": " + why + "; record ignored");
            }
        }
        if (start < bytes.length && !writtenNow(file)) {
            state[1]++;
            problems.accept(file.getFileName() + " line " + state[1] + ": torn record (" + (bytes.length - start)
                    + " bytes without an end, e.g. from a crash mid-write) ignored");
            start = bytes.length;
        }
        state[0] = offset + start;
    }

    /** Whether another writer holds the segment's lock now (so an unfinished last line is still being written). */
    private static boolean writtenNow(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException sameJvm) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
