package org.socialsim.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where things are: the repository's home and its datasets/, figures/ and run-time state folders, and the run size.
 * Notebooks run with their own folder as working directory; the home is found by walking up to the folder that holds
 * {@code workbench-lib/}, or taken from the environment variable {@code WORKBENCH_HOME}.
 */
public final class Workbench {
    /** Overrides where the repository is. */
    public static final String HOME_ENV = "WORKBENCH_HOME";

    private Workbench() {
    }

    /** The repository root. */
    public static Path home() {
        String env = System.getProperty(HOME_ENV, System.getenv(HOME_ENV));
        if (env != null && !env.isBlank()) {
            return Paths.get(env).toAbsolutePath().normalize();
        }
        Path p = Paths.get("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve("workbench-lib")) && Files.isRegularFile(q.resolve("pom.xml"))) {
                return q;
            }
        }
        throw new IllegalStateException("cannot find the workbench repository above " + p
                + " (no folder holds workbench-lib/ and pom.xml); set " + HOME_ENV);
    }

    /** datasets/ under the home. */
    public static Path datasets() {
        return home().resolve("datasets");
    }

    /** Overrides where figures are written (the test run writes its small-size figures outside figures/). */
    public static final String FIGURES_ENV = "WORKBENCH_FIGURES";

    /** figures/ under the home, or the folder named by {@code WORKBENCH_FIGURES} (created on demand). */
    public static Path figures() {
        String env = System.getProperty(FIGURES_ENV, System.getenv(FIGURES_ENV));
        return ensure(env != null && !env.isBlank() ? Paths.get(env).toAbsolutePath().normalize() : home().resolve("figures"));
    }

    /** Overrides where run-time state goes (a test run keeps its sweeps and caches apart from the user's). */
    public static final String STATE_ENV = "WORKBENCH_STATE";

    /**
     * .workbench/ under the home, or the folder named by {@code WORKBENCH_STATE}: caches, sweep results and other
     * run-time state that is never committed (created on demand).
     */
    public static Path state() {
        String env = System.getProperty(STATE_ENV, System.getenv(STATE_ENV));
        return ensure(env != null && !env.isBlank() ? Paths.get(env).toAbsolutePath().normalize()
                : home().resolve(".workbench"));
    }

    /** The run size from {@code WORKBENCH_SIZE}. */
    public static RunSize size() {
        return RunSize.current();
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + dir, e);
        }
    }
}
