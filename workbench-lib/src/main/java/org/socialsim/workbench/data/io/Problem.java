package org.socialsim.workbench.data.io;

import java.util.Objects;

/**
 * One thing wrong in an input: where (file, line, field) and what.
 *
 * @param file     the file name (as given, or the path's last element)
 * @param line     the 1-based line where the row starts, or 0 for the whole file
 * @param field    the field at fault ("" when the whole row or file is at fault)
 * @param message  what is wrong, with the offending value
 * @param severity an error (the row is left out) or a warning (the row is kept, something was ignored)
 */
public record Problem(String file, long line, String field, String message, Severity severity) {

    /** How bad a problem is. */
    public enum Severity {
        /** The row cannot be used: it is left out (SKIP_AND_REPORT) or the import fails (FAIL). */
        ERROR,
        /** The row is kept but something in it was ignored (e.g. an unknown field). */
        WARNING
    }

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
        field = field == null ? "" : field;
    }

    /** An error at a row and field. */
    public static Problem error(String file, long line, String field, String message) {
        return new Problem(file, line, field, message, Severity.ERROR);
    }

    /** A warning at a row and field. */
    public static Problem warning(String file, long line, String field, String message) {
        return new Problem(file, line, field, message, Severity.WARNING);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "engagements.jsonl line 12 field 'action': unknown action 'like' ..." */
    @Override
    public String toString() {
        return file + (line > 0 ? " line " + line : "") + (field.isEmpty() ? "" : " field '" + field + "'") + ": "
                + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
