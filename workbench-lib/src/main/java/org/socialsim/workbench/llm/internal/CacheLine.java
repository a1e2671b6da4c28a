package org.socialsim.workbench.llm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
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
    private static final ObjectReader READER = JSON.readerFor(CacheEntry.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final byte[] CRC_FIELD = ",\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
    /** {@code ,"crc":"} + 8 hex digits + {@code "}}. */
    private static final int TAIL = CRC_FIELD.length + 8 + 2;

    private CacheLine() {
    }

    /** The line for an entry, newline included. */
    public static byte[] encode(CacheEntry e) {
        try {
            byte[] json = JSON.writeValueAsBytes(e);
            int body = json.length - 1;
            byte[] line = new byte[body + TAIL + 1];
            System.arraycopy(json, 0, line, 0, body);
            System.arraycopy(CRC_FIELD, 0, line, body, CRC_FIELD.length);
            long crc = crc(json, 0, body);
            for (int i = 0; i < 8; i++) {
                line[body + CRC_FIELD.length + i] = (byte) Character.forDigit((int) (crc >>> (28 - 4 * i)) & 0xf, 16);
            }
            line[line.length - 3] = '"';
            line[line.length - 2] = '}';
            line[line.length - 1] = '\n';
            return line;
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise cache entry " + e.key(), ex);
        }
    }

    /**
     * Reads the line {@code bytes[from, to)} (without its newline).
     *
     * @throws IllegalArgumentException saying why the line is not a valid record
     */
    public static CacheEntry decode(byte[] bytes, int from, int to) {
        int at = to - TAIL;
        if (at <= from || !hasTail(bytes, at, to)) {
            throw new IllegalArgumentException("no checksum at the end (torn or foreign line)");
        }
        long expected;
        try {
            expected = Long.parseLong(new String(bytes, at + CRC_FIELD.length, 8, StandardCharsets.US_ASCII), 16);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("unreadable checksum", e);
        }
        long actual = crc(bytes, from, at - from);
        if (actual != expected) {
            throw new IllegalArgumentException(String.format("checksum mismatch (stored %08x, computed %08x)",
                    expected, actual));
        }
        try {
            return READER.readValue(bytes, from, to - from);
        } catch (IOException | RuntimeException ex) {
            throw new IllegalArgumentException("checksum fine but not a cache record: " + ex.getMessage(), ex);
        }
    }

    private static boolean hasTail(byte[] b, int at, int to) {
        for (int i = 0; i < CRC_FIELD.length; i++) {
            if (b[at + i] != CRC_FIELD[i]) {
                return false;
            }
        }
        return b[to - 2] == '"' && b[to - 1] == '}';
    }

    private static long crc(byte[] b, int off, int n) {
        CRC32 c = new CRC32();
        c.update(b, off, n);
        return c.getValue();
    }
}
