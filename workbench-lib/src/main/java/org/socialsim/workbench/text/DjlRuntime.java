package org.socialsim.workbench.text;

import ai.djl.engine.Engine;
import org.socialsim.workbench.Workbench;

/**
 * Sets Deep Java Library's offline settings before any DJL class loads a native library, so nothing is downloaded and
 * nothing phones home: offline mode, tracking opt-out, the CPU flavour of PyTorch, and a cache folder for the
 * unpacked native libraries under {@link Workbench#state()} ({@code .workbench/djl}); DJL's logging is kept to
 * warnings (and its CUDA probe, which fails on every CPU-only machine, to errors). A setting the user already made
 * (environment variable or system property) is left alone. Every workbench class that touches DJL calls
 * {@link #configure()} first; users never need to.
 */
public final class DjlRuntime {
    private static boolean configured;

    private DjlRuntime() {
    }

    /** Applies the offline settings (idempotent, thread-safe). */
    public static synchronized void configure() {
        if (configured) {
            return;
        }
        setIfAbsent("DJL_OFFLINE", "ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "OPT_OUT_TRACKING", "true");
        setIfAbsent("PYTORCH_FLAVOR", "PYTORCH_FLAVOR", "cpu");
        // DJL's CUDA probe warns on every CPU-only machine, and its platform notes are INFO: keep notebooks readable
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl", "org.slf4j.simpleLogger.log.ai.djl", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "org.slf4j.simpleLogger.log.ai.djl.util.cuda",
                "error");
        String cache = cacheDir();
        if (cache != null) {
            setIfAbsent("DJL_CACHE_DIR", "DJL_CACHE_DIR", cache);
        }
        configured = true;
    }

    /** DJL's PyTorch engine, loaded with the offline settings (its native library unpacks on first use, ~2 s). */
    public static Engine pytorch() {
        configure();
        try {
            return Engine.getEngine("PyTorch");
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot load DJL's PyTorch engine offline (is ai.djl.pytorch:"
                    + "pytorch-native-cpu:linux-x86_64 on the classpath? cache dir " + System.getProperty(
                    "DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR")) + "): " + e.getMessage(), e);
        }
    }

    private static String cacheDir() {
        try {
            return Workbench.state().resolve("djl").toString();
        } catch (RuntimeException e) {
            return null; // outside a workbench checkout: DJL's default (~/.djl.ai)
        }
    }

    private static void setIfAbsent(String env, String property, String value) {
        if (System.getenv(env) == null && System.getProperty(property) == null && System.getProperty(env) == null) {
            System.setProperty(property, value);
        }
    }
}
