package org.socialsim.workbench.notebook;

import java.util.Objects;
import org.socialsim.workbench.notebook.internal.LiveLineSink;
import org.socialsim.workbench.notebook.internal.NotebookProgress;
import org.socialsim.workbench.notebook.internal.TableHtml;
import org.socialsim.workbench.progress.ProgressSinks;
import tech.tablesaw.api.Table;

/**
 * The workbench in a Jupyter notebook. Inside the workbench kernel nothing needs to be called: a cell whose value is a
 * Tablesaw {@code Table} shows as an HTML table (first 20 rows), a figure from the plot package or an XChart chart
 * shows as a PNG, and {@code Progress.start(...)} draws one live-updating line. For more rows:
 * <pre>{@code
 * Notebook.table(results, 100)
 * }</pre>
 */
public final class Notebook {
    private static volatile boolean live;

    private Notebook() {
    }

    /** The table as notebook HTML with up to {@code maxRows} rows and a note of how many more there are. */
    public static Html table(Table table, int maxRows) {
        return TableHtml.render(Objects.requireNonNull(table, "table"), maxRows);
    }

    /** The table as notebook HTML with up to 20 rows. */
    public static Html table(Table table) {
        return table(table, TableHtml.DEFAULT_ROWS);
    }

    /** Whether progress is shown as a live notebook line (inside the workbench kernel, or after {@link #useLiveProgress}). */
    public static boolean liveProgress() {
        return live || (ProgressSinks.current() instanceof NotebookProgress && NotebookProgress.live());
    }

    /**
     * Shows progress as a live line on this display from now on, for kernels other than the workbench's (where it is
     * automatic: progress is a live line inside the kernel and a terminal bar elsewhere).
     */
    public static synchronized void useLiveProgress(LineDisplay display) {
        ProgressSinks.use(LiveLineSink.on(display));
        live = true;
    }
}
