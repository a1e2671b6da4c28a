package org.socialsim.workbench.data.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVPrinter;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.RejectedRows.Kind;
import org.socialsim.workbench.data.io.internal.CanonicalReader;
import org.socialsim.workbench.data.io.internal.CanonicalSchema;
import org.socialsim.workbench.data.io.internal.CsvRows;

/**
 * The workbench's own dataset format: a folder with {@code users}, {@code posts} and {@code engagements} files, as
 * JSON Lines or CSV (each optionally gzipped, {@code .gz}). Field names are those of the Tablesaw views
 * ({@code id, handle, display_name, ...}); times are ISO-8601 UTC. Writing and reading back gives the same records
 * exactly, including the difference between a missing response text and an empty one.
 */
public enum CanonicalFormat {
    /** One JSON object per line: users.jsonl, posts.jsonl, engagements.jsonl. */
    JSONL("jsonl"),
    /** CSV with a header, every non-null value quoted: users.csv, posts.csv, engagements.csv. */
    CSV("csv");

    private static final JsonFactory JSON = new JsonFactory();
    private final String extension;

    CanonicalFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension ("jsonl" or "csv"). */
    public String extension() {
        return extension;
    }

    /** The file name of one kind in this format, e.g. "engagements.jsonl". */
    public String fileName(Kind kind) {
        return kind.plural() + "." + extension;
    }

    /**
     * Reads a canonical folder (format detected from the file names), validating every row.
     *
     * @throws DatasetImportException on a missing folder or file, a wrong format or encoding, or (policy FAIL) any
     *                                row error; the message names the file, line and field
     */
    public static Imported read(Path dir, ErrorPolicy policy) {
        return CanonicalReader.read(dir, policy);
    }

    /** Writes the dataset into {@code dir} (created if needed), replacing earlier files of this format. */
    public void write(EngagementDataset ds, Path dir) {
        write(ds, dir, false);
    }

    /** Writes the dataset, gzipping each file when {@code gzip} is true (names end in ".gz"). */
    public void write(EngagementDataset ds, Path dir, boolean gzip) {
        try {
            Files.createDirectories(dir);
            String gz = gzip ? ".gz" : "";
            writeKind(dir.resolve(fileName(Kind.USER) + gz), CanonicalSchema.USER_FIELDS, ds.userList(),
                    CanonicalSchema::values, CanonicalSchema.USER_NUMERIC, gzip);
            writeKind(dir.resolve(fileName(Kind.POST) + gz), CanonicalSchema.POST_FIELDS, ds.postList(),
                    CanonicalSchema::values, null, gzip);
            writeKind(dir.resolve(fileName(Kind.ENGAGEMENT) + gz), CanonicalSchema.ENGAGEMENT_FIELDS,
                    ds.engagementList(), CanonicalSchema::values, null, gzip);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write dataset '" + ds.name() + "' to " + dir + ": " + e, e);
        }
    }

    private <T> void writeKind(Path file, String[] fields, List<T> rows, Function<T, String[]> values,
                               boolean[] numeric, boolean gzip) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw;
             Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            if (this == CSV) {
                CSVPrinter printer = new CSVPrinter(w, CsvRows.FORMAT);
                printer.printRecord((Object[]) fields);
                for (T row : rows) {
                    printer.printRecord((Object[]) values.apply(row));
                }
                printer.flush();
                return;
            }
            JsonGenerator g = JSON.createGenerator(w);
            g.setRootValueSeparator(null);
            for (T row : rows) {
                String[] v = values.apply(row);
                g.writeStartObject();
                for (int i = 0; i < fields.length; i++) {
                    if (v[i] == null) {
                        continue;
                    }
                    if (numeric != null && numeric[i]) {
                        g.writeNumberField(fields[i], Long.parseLong(v[i]));
                    } else {
                        g.writeStringField(fields[i], v[i]);
                    }
                }
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.flush();
        }
    }
}
