package org.socialsim.workbench.data.io.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.RejectedRows.Kind;
import org.socialsim.workbench.data.io.DatasetImportException;
import org.socialsim.workbench.data.io.ErrorPolicy;
import org.socialsim.workbench.data.io.ImportReport;
import org.socialsim.workbench.data.io.Imported;
import org.socialsim.workbench.data.io.Problem;

/** Collects the problems of one import (listing the first {@link ImportReport#MAX_LISTED}, counting all). */
public final class ProblemLog {
    private final String source;
    private final ErrorPolicy policy;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> fileOrder = new HashMap<>();
    private final Map<Kind, Long> read = new EnumMap<>(Kind.class);
    private final Map<Kind, Long> kept = new EnumMap<>(Kind.class);
    private long errors;
    private long warnings;

    public ProblemLog(String source, ErrorPolicy policy) {
        this.source = source;
        this.policy = policy;
    }

    public ErrorPolicy policy() {
        return policy;
    }

    public long errors() {
        return errors;
    }

    public void add(Problem p) {
        if (p.isError()) {
            errors++;
        } else {
            warnings++;
        }
        fileOrder.putIfAbsent(p.file(), fileOrder.size());
        if (problems.size() < ImportReport.MAX_LISTED) {
            problems.add(p);
        }
    }

    public void error(String file, long line, String field, String message) {
        add(Problem.error(file, line, field, message));
    }

    public void warning(String file, long line, String field, String message) {
        add(Problem.warning(file, line, field, message));
    }

    /**
     * Takes over another log's problems (e.g. a worker's), with their line numbers shifted by {@code lineOffset};
     * counts stay exact even when the other log listed only its first problems.
     */
    public void absorb(ProblemLog other, long lineOffset) {
        for (Problem p : other.problems) {
            add(new Problem(p.file(), p.line() + lineOffset, p.field(), p.message(), p.severity()));
        }
        long unlistedErrors = other.errors - other.problems.stream().filter(Problem::isError).count();
        long unlistedWarnings = other.warnings - other.problems.stream().filter(p -> !p.isError()).count();
        errors += unlistedErrors;
        warnings += unlistedWarnings;
    }

    public void read(Kind kind, long n) {
        read.merge(kind, n, Long::sum);
    }

    public void kept(Kind kind, long n) {
        kept.merge(kind, n, Long::sum);
    }

    /** The report so far, problems in file and line order. */
    public ImportReport report() {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.<Problem>comparingInt(p -> fileOrder.get(p.file())).thenComparingLong(Problem::line));
        return new ImportReport(source, policy, read, kept, sorted, errors, warnings);
    }

    /** An exception for a problem that stops the import whatever the policy (wrong format, encoding, missing file). */
    public DatasetImportException fatal(String file, long line, String field, String message) {
        error(file, line, field, message);
        ImportReport r = report();
        return new DatasetImportException("cannot import " + source + ": " + Problem.error(file, line, field, message),
                r);
    }

    /** The dataset and report; with policy FAIL, throws if there were errors. */
    public Imported finish(EngagementDataset dataset) {
        return new Imported(dataset, check());
    }

    /** The report; with policy FAIL, throws a {@link DatasetImportException} listing the errors if there were any. */
    public ImportReport check() {
        ImportReport r = report();
        if (policy == ErrorPolicy.FAIL && errors > 0) {
            StringBuilder m = new StringBuilder().append("cannot import ").append(source).append(": ").append(errors)
                    .append(" error(s) (policy FAIL; use SKIP_AND_REPORT to keep the good rows), first: ")
                    .append(r.problems().get(0));
            r.problems().stream().skip(1).limit(9).forEach(p -> m.append("\n  ").append(p));
            if (r.problems().size() > 10) {
                m.append("\n  ... (see report())");
            }
            throw new DatasetImportException(m.toString(), r);
        }
        return r;
    }
}
