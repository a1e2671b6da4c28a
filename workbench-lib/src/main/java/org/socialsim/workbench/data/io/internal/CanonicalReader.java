package org.socialsim.workbench.data.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.RejectedRows;
import org.socialsim.workbench.data.RejectedRows.Kind;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.internal.Integrity;
import org.socialsim.workbench.data.io.CanonicalFormat;
import org.socialsim.workbench.data.io.ErrorPolicy;
import org.socialsim.workbench.data.io.Imported;

/** Reads a canonical folder: the three files row by row, then the dataset's integrity rules, all into one report. */
public final class CanonicalReader {
    private CanonicalReader() {
    }

    public static Imported read(Path dir, ErrorPolicy policy) {
        ProblemLog log = new ProblemLog(dir.toString(), policy);
        if (!Files.isDirectory(dir)) {
            throw log.fatal(dir.toString(), 0, "", "no such folder (a canonical dataset is a folder holding "
                    + "users, posts and engagements files)");
        }
        Map<Kind, Path> files = new EnumMap<>(Kind.class);
        CanonicalFormat format = detect(dir, log);
        for (Kind k : Kind.values()) {
            Path plain = dir.resolve(format.fileName(k));
            Path gz = dir.resolve(format.fileName(k) + ".gz");
            Path f = Files.isRegularFile(plain) ? plain : gz;
            if (!Files.isRegularFile(f)) {
                throw log.fatal(format.fileName(k), 0, "", "missing from " + dir);
            }
            files.put(k, f);
        }
        Rows<User> users = new Rows<>(files.get(Kind.USER));
        rows(users, Kind.USER, format, log, CanonicalSchema::user, users::add);
        Map<String, String> userIds = ids(users.records, User::id);
        Rows<Post> posts = new Rows<>(files.get(Kind.POST));
        rows(posts, Kind.POST, format, log, (v, at) -> CanonicalSchema.post(v, at, userIds), posts::add);
        Rows<Engagement> engagements = new Rows<>(files.get(Kind.ENGAGEMENT)); // lines only: records in checker
        RejectedRows rejected = (kind, index, field, message) -> {
            Rows<?> r = kind == Kind.USER ? users : kind == Kind.POST ? posts : engagements;
            log.error(r.file, r.lines.get(index), field, message);
        };
        // users and posts are checked before the engagements are read: each engagement is then checked as it
        // arrives (its user, post, time and text on a worker thread, its id's uniqueness here, in file order)
        Integrity.Checker checker = Integrity.checkParents(users.records, posts.records, 0, rejected);
        rows(engagements, Kind.ENGAGEMENT, format, log, (v, at) -> CanonicalSchema.engagement(v, at, checker),
                (checked, line) -> {
                    engagements.lines.add(line);
                    checker.add(engagements.lines.size() - 1, checked.engagement(), checked.verdict());
                });
        EngagementDataset ds = EngagementDataset.assemble(dir.getFileName().toString(), checker.result());
        log.kept(Kind.USER, ds.userList().size());
        log.kept(Kind.POST, ds.postList().size());
        log.kept(Kind.ENGAGEMENT, ds.size());
        return log.finish(ds);
    }

    /** Each id mapped to itself (read-only once built, so worker threads may share it). */
    private static <T> Map<String, String> ids(List<T> records, java.util.function.Function<T, String> id) {
        Map<String, String> m = new java.util.HashMap<>(Math.max(16, records.size() * 2));
        for (T r : records) {
            String s = id.apply(r);
            m.putIfAbsent(s, s);
        }
        return m;
    }

    private static CanonicalFormat detect(Path dir, ProblemLog log) {
        for (CanonicalFormat f : CanonicalFormat.values()) {
            String users = f.fileName(Kind.USER);
            if (Files.isRegularFile(dir.resolve(users)) || Files.isRegularFile(dir.resolve(users + ".gz"))) {
                return f;
            }
        }
        throw log.fatal(dir.toString(), 0, "", "no canonical dataset here: expected users.jsonl, posts.jsonl and "
                + "engagements.jsonl (or .csv, optionally .gz)");
    }

    /** Parsed records of one file with the line each came from. */
    private static final class Rows<T> {
        final Path path;
        final String file;
        final List<T> records = new ArrayList<>();
        final LongList lines = new LongList();

        Rows(Path path) {
            this.path = path;
            this.file = path.getFileName().toString();
        }

        void add(T record, long line) {
            records.add(record);
            lines.add(line);
        }
    }

    /** Reads the rows of one file, passing each good record to {@code keep} in file order. */
    private static <T> void rows(Rows<?> rows, Kind kind, CanonicalFormat format, ProblemLog log,
                                 BiFunction<String[], CanonicalSchema.At, T> convert, JsonlRows.RecordSink<T> keep) {
        String file = rows.file;
        String[] fields = CanonicalSchema.fields(kind);
        long[] read = {0};
        JsonlRows.RecordSink<T> sink = (rec, line) -> {
            read[0]++;
            if (rec != null) {
                keep.accept(rec, line);
            }
        };
        try {
            if (format == CanonicalFormat.JSONL) {
                JsonlRows.read(rows.path, file, fields, log,
                        (values, line, blockLog) -> convert.apply(values, new CanonicalSchema.At(file, line, blockLog)),
                        sink);
            } else {
                CsvRows.read(rows.path, file, fields, CanonicalSchema.optional(kind), log, (values, line) -> sink.accept(
                        values == null ? null : convert.apply(values, new CanonicalSchema.At(file, line, log)), line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + rows.path + ": " + e, e);
        }
        log.read(kind, read[0]);
    }

    /** A growable list of longs (line numbers of a million rows without boxing). */
    static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        long get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }
    }
}
