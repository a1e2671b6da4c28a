package org.socialsim.workbench.data.io;

import java.util.Objects;
import org.socialsim.workbench.data.EngagementDataset;

/**
 * A dataset and the report of how it was imported.
 *
 * @param dataset what was kept
 * @param report  what was read, kept and left out, and why
 */
public record Imported(EngagementDataset dataset, ImportReport report) {
    public Imported {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(report, "report");
    }
}
