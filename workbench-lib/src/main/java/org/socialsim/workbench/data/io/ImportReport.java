package org.socialsim.workbench.data.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.data.RejectedRows.Kind;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What an import read, kept and left out, and why: every problem with file, line and field.
 *
 * @param source   what was read (a folder or file)
 * @param policy   the error policy used
 * @param read     rows read per kind (users, posts, engagements)
 * @param kept     rows kept per kind
 * @param problems the problems, in file and line order (at most {@link #MAX_LISTED}; counts below are complete)
 * @param errors   number of errors (each one a row left out, or a reason the import failed)
 * @param warnings number of warnings (rows kept with something ignored)
 */
public record ImportReport(String source, ErrorPolicy policy, Map<Kind, Long> read, Map<Kind, Long> kept,
                           List<Problem> problems, long errors, long warnings) {
    /** How many problems a report lists in full. */
    public static final int MAX_LISTED = 1000;

    public ImportReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(policy, "policy");
        read = Map.copyOf(read);
        kept = Map.copyOf(kept);
        problems = List.copyOf(problems);
    }

    /** Whether nothing was wrong. */
    public boolean clean() {
        return errors == 0 && warnings == 0;
    }

    /** Rows left out of one kind. */
    public long skipped(Kind kind) {
        return read.getOrDefault(kind, 0L) - kept.getOrDefault(kind, 0L);
    }

    /** A one-line account: "read 10 users, 20 posts, 30 engagements; kept ...; 2 errors, 1 warning". */
    public String summary() {
        return source + ": read " + counts(read) + "; kept " + counts(kept) + "; " + errors + " error(s), "
                + warnings + " warning(s)" + (problems.isEmpty() ? "" : "; first: " + problems.get(0));
    }

    /** The problems as a table: file, line, field, severity, message. */
    public Table table() {
        StringColumn file = StringColumn.create("file");
        LongColumn line = LongColumn.create("line");
        StringColumn field = StringColumn.create("field");
        StringColumn severity = StringColumn.create("severity");
        StringColumn message = StringColumn.create("message");
        for (Problem p : problems) {
            file.append(p.file());
            line.append(p.line());
            field.append(p.field());
            severity.append(p.severity().name().toLowerCase(java.util.Locale.ROOT));
            message.append(p.message());
        }
        return Table.create("problems in " + source, file, line, field, severity, message);
    }

    private static String counts(Map<Kind, Long> m) {
        StringBuilder b = new StringBuilder();
        for (Kind k : Kind.values()) {
            if (m.containsKey(k)) {
                b.append(b.length() == 0 ? "" : ", ").append(m.get(k)).append(' ').append(k.plural());
            }
        }
        return b.length() == 0 ? "nothing" : b.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
