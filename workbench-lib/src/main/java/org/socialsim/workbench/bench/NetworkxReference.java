package org.socialsim.workbench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * NetworkX's independent cascade (Debian's python3-networkx) on the same graph, seeds and p as {@link SimBench}, in a
 * Python process that builds the graph once and then runs one cascade per request, so that each NetworkX run is taken
 * right after the engine's run it is compared with. Script: {@code /bench/networkx_ic.py}.
 */
final class NetworkxReference implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Process proc;
    private final BufferedReader out;
    private final PrintWriter in;
    private final double buildSeconds;

    /** Starts Python and waits until NetworkX has built the graph of follow edges (follower, followee). */
    NetworkxReference(int[] follower, int[] followee, int n, int[] seeds, double p) throws IOException {
        dir = Files.createTempDirectory("simbench");
        Process started = null;
        try {
            Path script = dir.resolve("networkx_ic.py");
            try (InputStream res = NetworkxReference.class.getResourceAsStream("/bench/networkx_ic.py")) {
                Files.copy(res, script);
            }
            // NetworkX reads posts travelling from followee to follower
            writeInts(dir.resolve("src.bin"), followee);
            writeInts(dir.resolve("dst.bin"), follower);
            String seedList = String.join(",", Arrays.stream(seeds).mapToObj(Integer::toString).toList());
            started = new ProcessBuilder("/usr/bin/python3", script.toString(), dir.resolve("src.bin").toString(),
                    dir.resolve("dst.bin").toString(), Integer.toString(n), seedList, Double.toString(p))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            proc = started;
            out = new BufferedReader(new InputStreamReader(proc.getInputStream(), StandardCharsets.UTF_8));
            in = new PrintWriter(proc.getOutputStream(), true, StandardCharsets.UTF_8);
            buildSeconds = read("build").get("build_s").asDouble();
        } catch (IOException | RuntimeException e) {
            if (started != null) {
                started.destroy();
            }
            deleteDir(dir);
            throw e;
        }
    }

    /** Seconds NetworkX took to build its graph from the edge arrays. */
    double buildSeconds() {
        return buildSeconds;
    }

    /** One cascade with Python's random seeded with {@code seed}: {edges examined, seconds, activated}. */
    double[] cascade(long seed) throws IOException {
        in.println("ic " + seed);
        JsonNode run = read("cascade");
        return new double[] {run.get("examined").asDouble(), run.get("ic_s").asDouble(),
                run.get("activated").asDouble()};
    }

    /** Ends the process: NetworkX's version, graph size and peak RSS. */
    JsonNode finish() throws IOException {
        in.println("done");
        return read("finish");
    }

    private JsonNode read(String what) throws IOException {
        String line = out.readLine();
        if (line == null) {
            throw new IOException("NetworkX reference ended during " + what + " (exit "
                    + (proc.isAlive() ? "none yet" : proc.exitValue()) + "; its errors are printed above)");
        }
        JsonNode node = JSON.readTree(line);
        if (node.has("error")) {
            throw new IOException("NetworkX reference: " + node.get("error").asText());
        }
        return node;
    }

    @Override
    public void close() throws IOException {
        proc.destroy();
        deleteDir(dir);
    }

    private static void deleteDir(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static void writeInts(Path file, int[] values) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            for (int v : values) {
                if (!buf.hasRemaining()) {
                    buf.flip();
                    ch.write(buf);
                    buf.clear();
                }
                buf.putInt(v);
            }
            buf.flip();
            ch.write(buf);
        }
    }
}
