package org.socialsim.workbench.data.io.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Reads a CSV file with a header into rows of field values (Commons CSV). Quoted empty values ({@code ""}) are empty
 * strings and unquoted empty values are null, so the canonical writer's output reads back exactly. A header that
 * lacks a required column, or bytes that are not UTF-8, stop the import.
 */
public final class CsvRows {
    /** The canonical CSV dialect: RFC 4180, every non-null value quoted, null written as nothing. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\n").build();

    private CsvRows() {
    }

    /**
     * Reads every record of {@code path}.
     *
     * @param fields   the columns wanted, in the order the values are handed over
     * @param optional the columns that may be absent from the header (their values are then null)
     */
    public static void read(Path path, String file, String[] fields, java.util.Set<String> optional, ProblemLog log,
                            RowHandler handler) throws IOException {
        read(path, file, fields, optional, FORMAT, log, handler);
    }

    /** Reads with another dialect (e.g. {@link CSVFormat#DEFAULT}, where empty values are empty strings). */
    public static void read(Path path, String file, String[] fields, java.util.Set<String> optional,
                            CSVFormat dialect, ProblemLog log, RowHandler handler) throws IOException {
        CSVFormat format = dialect.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
                .setAllowDuplicateHeaderNames(false).build();
        long line = 1;
        try (Reader reader = Inputs.utf8(path); CSVParser parser = parse(reader, format, file, log)) {
            Map<String, Integer> header = parser.getHeaderMap();
            int[] column = new int[fields.length];
            List<String> lacking = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                Integer c = header.get(fields[i]);
                column[i] = c == null ? -1 : c;
                if (c == null && !optional.contains(fields[i])) {
                    lacking.add(fields[i]);
                }
            }
            if (!lacking.isEmpty()) {
                throw log.fatal(file, 1, "", "not the expected CSV: the header " + header.keySet() + " lacks "
                        + lacking + " (expected columns " + Arrays.toString(fields) + ")");
            }
            for (String h : header.keySet()) {
                if (!Arrays.asList(fields).contains(h)) {
                    log.warning(file, 1, h, "unknown column ignored (expected " + Arrays.toString(fields) + ")");
                }
            }
            line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord r : parser) {
                if (r.size() != header.size()) {
                    log.error(file, line, "", "has " + r.size() + " value(s) but the header has " + header.size());
                    handler.row(null, line);
                } else {
                    String[] values = new String[fields.length];
                    for (int i = 0; i < fields.length; i++) {
                        values[i] = column[i] < 0 ? null : r.get(column[i]);
                    }
                    handler.row(values, line);
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), file, line, log);
        } catch (CharacterCodingException e) {
            throw unreadable(e, file, line, log);
        }
    }

    private static CSVParser parse(Reader reader, CSVFormat format, String file, ProblemLog log) throws IOException {
        try {
            return CSVParser.parse(reader, format);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), file, 1, log);
        } catch (CharacterCodingException e) {
            throw unreadable(e, file, 1, log);
        } catch (IllegalArgumentException e) {
            throw log.fatal(file, 1, "", "not a usable CSV header: " + Inputs.firstLine(e.getMessage()));
        }
    }

    private static RuntimeException unreadable(Throwable cause, String file, long line, ProblemLog log) {
        if (cause instanceof CharacterCodingException) {
            return log.fatal(file, line, "", "not UTF-8 text at or after this line (save the file as UTF-8)");
        }
        return log.fatal(file, line, "", "not readable as CSV: " + Inputs.firstLine(cause.getMessage()));
    }
}
