package org.socialsim.workbench.data.io;

/** What an importer does with bad rows. Either way every problem is reported with file, line and field. */
public enum ErrorPolicy {
    /** Read everything, then throw a {@link DatasetImportException} listing the problems if there was any error. */
    FAIL,
    /** Leave bad rows out, keep the good ones, and report every row left out with the reason (with counts). */
    SKIP_AND_REPORT
}
