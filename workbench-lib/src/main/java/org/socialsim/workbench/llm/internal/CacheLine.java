package org.socialsim.workbench.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import org.socialsim.workbench.llm.CacheEntry;

/**
 * One cache record as one JSON line ending in its own checksum: {@code {...fields...,"crc":"1a2b3c4d"}}, where the
 * CRC-32 covers the UTF-8 bytes before {@code ,"crc":}. A line cut short by a crash, or damaged, fails the check and
 * is reported instead of being served.
 */
public final class CacheLine {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CRC_FIELD = ",\"crc\":\"";

    private CacheLine() {
    }

    /** The line for an entry, newline included. */
    public static byte[] encode(CacheEntry e) {
        try {
            String json = JSON.writeValueAsString(e);
            String body = json.substring(0, json.length() - 1);
            byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
            String line = body + CRC_FIELD + String.format("%08x", crc(bodyBytes, bodyBytes.length)) + "\"}\n";
            return line.getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise cache entry " + e.key(), ex);
        }
    }

    /**
     * Reads one line (without its newline).
     *
     * @throws IllegalArgumentException saying why the line is not a valid record
     */
    public static CacheEntry decode(byte[] line, int from, int to) {
        String s = new String(line, from, to - from, StandardCharsets.UTF_8);
        int at = s.lastIndexOf(CRC_FIELD);
        if (at < 0 || !s.endsWith("\"}") || s.length() - at != CRC_FIELD.length() + 10) {
            throw new IllegalArgumentException("no checksum at the end (torn or foreign line)");
        }
        byte[] body = s.substring(0, at).getBytes(StandardCharsets.UTF_8);
        String expected = s.substring(at + CRC_FIELD.length(), s.length() - 2);
        String actual = String.format("%08x", crc(body, body.length));
        if (!actual.equals(expected)) {
            throw new IllegalArgumentException("checksum mismatch (stored " + expected + ", computed " + actual + ")");
        }
        try {
            return JSON.readValue(s.substring(0, at) + "}", CacheEntry.class);
        } catch (JsonProcessingException | RuntimeException ex) {
            throw new IllegalArgumentException("checksum fine but not a cache record: " + ex.getMessage(), ex);
        }
    }

    private static long crc(byte[] b, int n) {
        CRC32 c = new CRC32();
        c.update(b, 0, n);
        return c.getValue();
    }
}
