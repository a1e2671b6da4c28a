package org.socialsim.workbench.notebook.internal;

/**
 * Whether this JVM is the rapaio Jupyter kernel: its classes are present and either the kernel's JShell loaded the
 * library, the kernelspec set {@code WORKBENCH_KERNEL}, or the JVM was started as the kernel. Asked without loading
 * any kernel class, so it is safe everywhere.
 */
final class KernelPresence {
    /** Set in the workbench kernelspec's environment. */
    static final String ENV = "WORKBENCH_KERNEL";
    private static final String KERNEL_MAIN = "org.rapaio.jupyter.kernel.MainApp";
    private static volatile Boolean running;

    private KernelPresence() {
    }

    static boolean running() {
        Boolean r = running;
        if (r == null) {
            r = detect();
            running = r;
        }
        return r;
    }

    private static boolean detect() {
        ClassLoader loader = KernelPresence.class.getClassLoader();
        try {
            Class.forName(KERNEL_MAIN, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        String env = System.getenv(ENV);
        String command = System.getProperty("sun.java.command", "");
        return (env != null && !env.isBlank() && !"0".equals(env.strip())) || loadedByJShell(loader)
                || command.contains("rapaio-jupyter-kernel") || command.startsWith(KERNEL_MAIN);
    }

    private static boolean loadedByJShell(ClassLoader loader) {
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            if (l.getClass().getName().startsWith("jdk.jshell.")) {
                return true;
            }
        }
        return false;
    }
}
