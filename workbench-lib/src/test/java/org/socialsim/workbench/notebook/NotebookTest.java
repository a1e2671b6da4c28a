package org.socialsim.workbench.notebook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.notebook.internal.NotebookProgress;
import org.socialsim.workbench.progress.ProgressSink;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class NotebookTest {

    @Test
    void theLibraryRegistersItsProgressSinkThroughSpi() {
        ProgressSink first = ServiceLoader.load(ProgressSink.class).findFirst().orElseThrow();
        assertInstanceOf(NotebookProgress.class, first);
    }

    @Test
    void outsideAKernelProgressIsNotALiveLine() {
        assertFalse(NotebookProgress.live());
    }

    @Test
    void theKernelIntegrationIsRegisteredForTheKernelsServiceLoader() throws Exception {
        var url = getClass().getClassLoader()
                .getResource("META-INF/services/org.rapaio.jupyter.kernel.display.spi.DisplayProvider");
        String listed = new String(url.openStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        // the provider class exists (it is compiled against the kernel, which tests do not load)
        assertTrue(getClass().getClassLoader().getResource(listed.replace('.', '/') + ".class") != null, listed);
    }

    @Test
    void tableShowsTheAskedNumberOfRows() {
        Table t = Table.create("t", IntColumn.indexColumn("i", 50, 0));
        Html h = Notebook.table(t, 30);
        assertTrue(h.html().contains("... 20 more rows"), h.html());
        assertTrue(Notebook.table(t).html().contains("... 30 more rows"));
    }
}
