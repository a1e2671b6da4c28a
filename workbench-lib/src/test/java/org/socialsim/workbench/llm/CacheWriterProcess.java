package org.socialsim.workbench.llm;

import java.nio.file.Path;

/**
 * A separate JVM that writes into a cache folder, so tests can run writers in several processes at once or kill one
 * mid-write. Arguments: folder, key prefix, count, then optional "forever" (keep writing until killed).
 */
public final class CacheWriterProcess {
    private CacheWriterProcess() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        boolean forever = args.length > 3 && args[3].equals("forever");
        try (ResponseCache cache = ResponseCache.open(dir)) {
            for (int i = 0; forever || i < count; i++) {
                String key = (i < count / 4 ? "shared-" + i : prefix + "-" + i);
                cache.put(ResponseCacheTest.entry(key, "answer " + key + " " + "x".repeat(i % 50)));
            }
        }
    }
}
