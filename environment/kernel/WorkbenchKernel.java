import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.channels.LoopThread;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.Transform;

/**
 * Starts rapaio-jupyter-kernel 3.0.1 without its start-up race.
 *
 * <p>The kernel's {@code LoopThread.start()} starts the thread and only then sets its {@code running} flag, so on a
 * busy machine a channel loop (shell, control, heartbeat) can read {@code false} and exit at once; the kernel then
 * never answers and Jupyter reports "Kernel didn't respond in 60 seconds" (about one start in five on 2 cores).
 *
 * <p>This launcher does what the kernel's own {@code MainApp} does for a connection file, then, for each channel loop,
 * stops the thread the kernel started (it exits after at most one iteration, or has already exited because of the race),
 * waits for it, and starts an equivalent loop whose flag is set <em>before</em> it starts. The result no longer depends
 * on thread scheduling.
 *
 * <p>A second race: the kernel starts its loops before it registers its message handlers, so a kernel_info_request
 * that arrives meanwhile is dropped ("Unhandled message") or kills the shell loop. The launcher makes such an early
 * message wait until the handlers are registered.
 *
 * <p>It uses only the kernel's public classes plus reflection on a few private fields; if a kernel
 * version changes them, it fails at start with a message naming the field.
 */
public final class WorkbenchKernel {
    private WorkbenchKernel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || args[0].startsWith("-")) {
            // installer and other modes: hand over unchanged
            MainApp.main(args);
            return;
        }
        LogManager.getLogManager().readConfiguration(MainApp.class.getClassLoader().getResourceAsStream("logging.properties"));
        // the kernel logs every message at INFO to stderr, which floods headless runs; keep warnings and errors
        Logger.getLogger("").setLevel(Level.WARNING);
        Path file = Path.of(args[0]);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("connection file not found: " + file);
        }
        ConnectionProperties props = Transform.fromJson(Files.readString(file, StandardCharsets.UTF_8), ConnectionProperties.class);
        Channels channels = new Channels(props);
        // The kernel starts its channel loops before it registers its message handlers (building the JShell engine in
        // between takes seconds), so an early kernel_info_request would be dropped or kill the shell loop. The shell
        // loop reads each message through the channel's synchronized readMessage(): holding the channel's monitor
        // while connecting makes an early message wait until the handlers are in place.
        Object shell = field(Channels.class, "Channels.shell").get(channels);
        // the kernel prints one line per classpath entry while it starts: keep stdout quiet until it is connected
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        try {
            synchronized (shell) {
                channels.connect(MainApp.kernel);
            }
        } finally {
            System.setOut(stdout);
        }
        for (String channel : new String[] {"heartbeat", "shell", "control"}) {
            restartLoop(field(Channels.class, "channels." + channel).get(channels));
        }
        channels.joinUntilClose();
    }

    /** Replaces a channel's loop thread by one that cannot miss its running flag. */
    private static void restartLoop(Object channel) throws Exception {
        Field loopField = field(channel.getClass(), channel.getClass().getSimpleName() + ".loopThread");
        Field running = field(LoopThread.class, "LoopThread.running");
        Field sleep = field(LoopThread.class, "LoopThread.sleep");
        Field body = field(LoopThread.class, "LoopThread.loopBody");
        LoopThread old = (LoopThread) loopField.get(channel);
        old.shutdown();
        old.join();
        LoopThread fresh = new LoopThread(old.getName(), sleep.getLong(old), (Runnable) body.get(old));
        running.setBoolean(fresh, true);
        loopField.set(channel, fresh);
        fresh.start();
    }

    private static Field field(Class<?> type, String qualifiedName) {
        String name = qualifiedName.substring(qualifiedName.indexOf('.') + 1);
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("rapaio-jupyter-kernel has no field " + qualifiedName
                    + ": this launcher was written for version 3.0.1", e);
        }
    }
}
