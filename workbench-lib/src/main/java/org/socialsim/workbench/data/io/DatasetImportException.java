package org.socialsim.workbench.data.io;

import java.util.Objects;

/**
 * An import that could not go on: a wrong format or encoding, a missing file, or (with {@link ErrorPolicy#FAIL})
 * rows with errors. The message's first line names the source, the number of problems and the first one in full
 * (file, line, field); {@link #report()} lists them all.
 */
public class DatasetImportException extends RuntimeException {
    private final transient ImportReport report;

    public DatasetImportException(String message, ImportReport report) {
        super(message);
        this.report = Objects.requireNonNull(report, "report");
    }

    /** Everything that was found before the import stopped. */
    public ImportReport report() {
        return report;
    }
}
