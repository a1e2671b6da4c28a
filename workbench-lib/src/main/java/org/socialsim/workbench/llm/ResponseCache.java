package org.socialsim.workbench.llm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.socialsim.workbench.Workbench;
import org.socialsim.workbench.llm.internal.CacheLine;
import org.socialsim.workbench.llm.internal.CacheSegments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent response cache: a folder of append-only JSONL segment files, one per writing process, each record a
 * line ending in its own CRC-32. Threads share one writer; processes each write their own segment (held under an
 * exclusive file lock while open), so concurrent writers never interleave bytes. A crash mid-write leaves at worst a
 * torn last line, which is ignored and reported ({@link #problems()}), never served and never harmful to the rest.
 * Only successful answers are stored (errors never are), with token counts and no API key. Keys are SHA-256 hashes of
 * provider, model, base URL, parameters, output constraint and the full prompt ({@link #keyOf}).
 *
 * <p>The default folder is {@code .workbench/llm-cache} under the repository (git-ignored), or
 * {@code WORKBENCH_LLM_CACHE}. Copy the folder beside a notebook to publish it; {@code WORKBENCH_LLM_REPLAY=<folder>}
 * then re-runs the notebook from it with no key.
 */
public final class ResponseCache implements AutoCloseable {
    /** Environment variable that moves the default cache folder. */
    public static final String CACHE_ENV = "WORKBENCH_LLM_CACHE";
    private static final Logger LOG = LoggerFactory.getLogger(ResponseCache.class);
    private static final long RESCAN_NANOS = 1_000_000_000L;
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    });

    private static final Map<Path, ResponseCache> OPEN = new HashMap<>();

    private final Path dir;
    private volatile boolean readOnly;
    private int handles;
    private final Map<String, CacheEntry> index = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final CacheSegments segments;
    private volatile long lastScan;
    private FileChannel writer;
    private FileLock writerLock;
    private Path ownSegment;
    private boolean closed;

    private ResponseCache(Path dir, boolean readOnly) {
        this.dir = dir;
        this.readOnly = readOnly;
        this.segments = new CacheSegments(dir, this::problem);
        rescan();
    }

    /**
     * Opens (creating if needed) a cache folder for reading and writing. Within one JVM a folder has one cache object,
     * shared by all who open it and closed when the last of them closes it.
     */
    public static ResponseCache open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the LLM response cache folder " + dir, e);
        }
        return share(dir, false);
    }

    /** Opens an existing cache folder only to read it (replay): nothing is ever written to it through this handle. */
    public static ResponseCache openReadOnly(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LlmException("LLM replay cache folder " + dir.toAbsolutePath() + " does not exist");
        }
        return share(dir, true);
    }

    private static ResponseCache share(Path dir, boolean readOnly) {
        Path key = dir.toAbsolutePath().normalize();
        synchronized (OPEN) {
            ResponseCache c = OPEN.get(key);
            if (c == null) {
                c = new ResponseCache(key, readOnly);
                OPEN.put(key, c);
            } else if (!readOnly) {
                c.readOnly = false;
            }
            c.handles++;
            return c;
        }
    }

    /** The default cache folder: {@code WORKBENCH_LLM_CACHE}, else {@code .workbench/llm-cache} under the home. */
    public static Path defaultDir() {
        String env = System.getProperty(CACHE_ENV, System.getenv(CACHE_ENV));
        return env != null && !env.isBlank() ? Path.of(env) : Workbench.state().resolve("llm-cache");
    }

    /**
     * The cache key of a prompt for a model: SHA-256 (hex) over provider, model, base URL, temperature, seed, answer
     * limit, output constraint (e.g. a grammar; empty if none), system and user message. The purpose is not part of it.
     */
    public static String keyOf(ModelSpec spec, String constraint, ChatPrompt prompt) {
        MessageDigest md = SHA256.get();
        md.reset();
        field(md, "workbench-llm-cache-v1");
        field(md, spec.provider());
        field(md, spec.model());
        field(md, spec.baseUrl());
        field(md, Double.toString(spec.temperature()));
        field(md, spec.seed() == null ? "" : spec.seed().toString());
        field(md, Integer.toString(spec.maxTokens()));
        field(md, constraint == null ? "" : constraint);
        field(md, prompt.system());
        field(md, prompt.user());
        return HexFormat.of().formatHex(md.digest());
    }

    private static void field(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 24));
        md.update((byte) (b.length >>> 16));
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
    }

    /** The answer stored under {@code key}, looking for records other processes added since the last look. */
    public Optional<CacheEntry> find(String key) {
        CacheEntry e = index.get(key);
        if (e == null && System.nanoTime() - lastScan > RESCAN_NANOS) {
            rescan();
            e = index.get(key);
        }
        return Optional.ofNullable(e);
    }

    /** The answer stored under {@code key} after re-reading every segment (used before reporting a replay miss). */
    public Optional<CacheEntry> findFresh(String key) {
        CacheEntry e = index.get(key);
        if (e == null) {
            rescan();
            e = index.get(key);
        }
        return Optional.ofNullable(e);
    }

    /** Stores an answer (once per key: a second answer for the same key is ignored). */
    public void put(CacheEntry e) {
        if (readOnly) {
            throw new IllegalStateException("the LLM response cache " + dir + " was opened read-only (replay)");
        }
        if (index.putIfAbsent(e.key(), e) != null) {
            return;
        }
        byte[] line = CacheLine.encode(e);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the LLM response cache " + dir + " is closed");
            }
            try {
                if (writer == null) {
                    openSegment();
                }
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    writer.write(buf);
                }
            } catch (IOException ex) {
                index.remove(e.key());
                throw new UncheckedIOException("cannot append to LLM response cache segment " + ownSegment, ex);
            }
        }
    }

    private void openSegment() throws IOException {
        ownSegment = segments.newSegmentPath();
        writer = FileChannel.open(ownSegment, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        writerLock = writer.lock();
        segments.own(ownSegment);
    }

    private synchronized void rescan() {
        segments.scan(index::putIfAbsent);
        lastScan = System.nanoTime();
    }

    private void problem(String text) {
        problems.add(text);
        LOG.warn("LLM response cache: {}", text);
    }

    /** Number of answers held. */
    public int size() {
        return index.size();
    }

    /** The folder. */
    public Path dir() {
        return dir;
    }

    /** Whether this cache only reads (replay). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Damaged or torn records found while reading (each names its file and line); they were ignored. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The model spec strings that answered the stored prompts. */
    public Set<String> models() {
        Set<String> models = new TreeSet<>();
        index.values().forEach(e -> models.add(e.model()));
        return models;
    }

    /** All stored answers (a snapshot). */
    public List<CacheEntry> entries() {
        return new ArrayList<>(index.values());
    }

    /**
     * Writes the answers that pass {@code filter} into one new segment file in {@code target} (created if needed),
     * sorted by key so that re-publishing the same answers gives the same file: the way to publish a cache beside a
     * notebook ({@code WORKBENCH_LLM_REPLAY=<target>} then replays it).
     *
     * @return how many answers were written
     */
    public int exportTo(Path target, Predicate<CacheEntry> filter) {
        List<CacheEntry> chosen = index.values().stream().filter(filter)
                .sorted(Comparator.comparing(CacheEntry::key)).toList();
        try {
            Files.createDirectories(target);
            Path tmp = Files.createTempFile(target, "export-", ".tmp");
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                for (CacheEntry e : chosen) {
                    ByteBuffer buf = ByteBuffer.wrap(CacheLine.encode(e));
                    while (buf.hasRemaining()) {
                        out.write(buf);
                    }
                }
                out.force(true);
            }
            Files.move(tmp, target.resolve("segment-export-" + chosen.size() + "-"
                    + Integer.toHexString(chosen.stream().map(CacheEntry::key).toList().hashCode()) + ".jsonl"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export LLM answers from " + dir + " to " + target, e);
        }
        return chosen.size();
    }

    /** Forces written records to disk (fsync). */
    public synchronized void flush() {
        if (writer != null) {
            try {
                writer.force(false);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot flush LLM response cache segment " + ownSegment, e);
            }
        }
    }

    /** Releases this handle; the last handle of the folder in this JVM flushes and closes the segment. */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed || --handles > 0) {
                return;
            }
            OPEN.remove(dir);
            closeNow();
        }
    }

    private synchronized void closeNow() {
        closed = true;
        if (writer != null) {
            try (FileChannel w = writer) {
                w.force(false);
                writerLock.release();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close LLM response cache segment " + ownSegment, e);
            }
        }
    }

    @Override
    public String toString() {
        return "ResponseCache[" + dir + ", " + size() + " answers" + (readOnly ? ", read-only" : "") + "]";
    }
}
