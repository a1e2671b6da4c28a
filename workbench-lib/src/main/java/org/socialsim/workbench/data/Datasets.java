package org.socialsim.workbench.data;

import java.nio.file.Path;
import org.socialsim.workbench.data.io.CanonicalFormat;
import org.socialsim.workbench.data.io.DatasetImportException;
import org.socialsim.workbench.data.io.ErrorPolicy;
import org.socialsim.workbench.data.io.Imported;
import org.socialsim.workbench.data.io.OasisUsers;
import org.socialsim.workbench.data.io.XApiPages;

/**
 * Loading and saving datasets in one place, for notebooks:
 *
 * <pre>{@code
 * EngagementDataset ds = Datasets.load(Workbench.datasets().resolve("vaccine-engagement"));
 * Imported x = Datasets.fromXPages(Path.of("hydrated/"), ErrorPolicy.SKIP_AND_REPORT);
 * }</pre>
 */
public final class Datasets {
    private Datasets() {
    }

    /**
     * Loads a canonical dataset folder (JSONL or CSV, detected), failing on any problem.
     *
     * @throws DatasetImportException naming file, line and field of every problem
     */
    public static EngagementDataset load(Path dir) {
        return CanonicalFormat.read(dir, ErrorPolicy.FAIL).dataset();
    }

    /** Reads a canonical dataset folder with the given policy, with the report of what was left out and why. */
    public static Imported read(Path dir, ErrorPolicy policy) {
        return CanonicalFormat.read(dir, policy);
    }

    /** Saves a dataset as canonical JSON Lines in {@code dir}. */
    public static void save(EngagementDataset ds, Path dir) {
        CanonicalFormat.JSONL.write(ds, dir);
    }

    /** Saves a dataset in the given canonical format. */
    public static void save(EngagementDataset ds, Path dir, CanonicalFormat format) {
        format.write(ds, dir);
    }

    /** Imports X/Twitter API v2 pages (a page file or a folder of them). */
    public static Imported fromXPages(Path fileOrDir, ErrorPolicy policy) {
        return XApiPages.read(fileOrDir, policy);
    }

    /** Reads an OASIS-style user CSV: users and who follows whom. */
    public static OasisUsers oasisUsers(Path csv) {
        return OasisUsers.read(csv);
    }
}
