package org.socialsim.workbench.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.io.CanonicalFormat;
import org.socialsim.workbench.data.io.ErrorPolicy;
import org.socialsim.workbench.data.synth.SynthOptions;
import org.socialsim.workbench.data.synth.SyntheticCorpus;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureExtractor;
import org.socialsim.workbench.features.ShotSelection;
import org.socialsim.workbench.progress.ProgressSinks;
import org.socialsim.workbench.text.HashedWordsEncoder;

/**
 * Import and feature-extraction throughput at scale. Writes a canonical JSONL dataset of N engagements (default
 * 1,000,000; texts drawn from the synthetic corpus) into a temporary folder, then measures, best of R rounds:
 * <ol>
 *   <li>a bare Jackson streaming parse of the three files (every token read, every value materialised): the
 *       reference;</li>
 *   <li>the workbench import with validation ({@code CanonicalFormat.read}, policy FAIL): rows/s and the ratio
 *       against the reference (goal: within 2x);</li>
 *   <li>leak-free feature extraction with 10 RECENT shots for every engagement, and the ratio against sorting the
 *       engagements by user and time (the least any history index must do);</li>
 *   <li>SIMILAR shot selection on the first 100,000 cases with a cheap hashing encoder (so the ranking, not the
 *       encoder, is measured).</li>
 * </ol>
 * Usage: {@code DataBench [engagements] [rounds]}. Times are the best of the rounds, as wall time and as process CPU
 * time (all threads and GC; on a shared machine the CPU ratio is the steadier one). The folder is deleted afterwards.
 */
public final class DataBench {
    private DataBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ProgressSinks.use(ProgressSinks.silent());
        Path dir = Files.createTempDirectory("workbench-databench");
        try {
            long t = System.nanoTime();
            EngagementDataset ds = large(n, 42);
            CanonicalFormat.JSONL.write(ds, dir);
            long bytes = 0;
            for (String f : new String[] {"users.jsonl", "posts.jsonl", "engagements.jsonl"}) {
                bytes += Files.size(dir.resolve(f));
            }
            System.out.printf(Locale.ROOT, "dataset: %,d users, %,d posts, %,d engagements, %.1f MB JSONL "
                    + "(made in %.1f s)%n", ds.userList().size(), ds.postList().size(), ds.size(), bytes / 1e6,
                    seconds(t));
            ds = null;

            double bare = Double.MAX_VALUE;
            double imported = Double.MAX_VALUE;
            double bareCpu = Double.MAX_VALUE;
            double importedCpu = Double.MAX_VALUE;
            EngagementDataset back = null;
            for (int r = 0; r < rounds; r++) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                bareParse(dir);
                double b = seconds(t0);
                long c1 = cpu();
                long t1 = System.nanoTime();
                back = CanonicalFormat.read(dir, ErrorPolicy.FAIL).dataset();
                double i = seconds(t1);
                long c2 = cpu();
                bare = Math.min(bare, b);
                imported = Math.min(imported, i);
                bareCpu = Math.min(bareCpu, (c1 - c0) / 1e9);
                importedCpu = Math.min(importedCpu, (c2 - c1) / 1e9);
                System.out.printf(Locale.ROOT, "  round %d: bare parse %.2f s (cpu %.2f s), import+validation %.2f s "
                        + "(cpu %.2f s)%n", r + 1, b, (c1 - c0) / 1e9, i, (c2 - c1) / 1e9);
            }
            System.out.printf(Locale.ROOT, "bare Jackson streaming parse: %.2f s, %,.0f engagements/s, %.0f MB/s "
                    + "(best of %d)%n", bare, n / bare, bytes / 1e6 / bare, rounds);
            System.out.printf(Locale.ROOT, "import + validation:          %.2f s, %,.0f engagements/s (best of %d)%n",
                    imported, n / imported, rounds);
            System.out.printf(Locale.ROOT, "ratio import / bare parse:    %.2f wall, %.2f cpu (goal <= 2.0)%n",
                    imported / bare, importedCpu / bareCpu);

            EngagementDataset history = back;
            double sort = Double.MAX_VALUE;
            double extract = Double.MAX_VALUE;
            for (int r = 0; r < rounds; r++) {
                sort = Math.min(sort, time(() -> sortByUserAndTime(history)));
                long t0 = System.nanoTime();
                List<EngagementCase> cases = FeatureExtractor.over(history).withShots(10, ShotSelection.RECENT)
                        .extractAll(history);
                extract = Math.min(extract, seconds(t0));
                if (cases.size() != n) {
                    throw new IllegalStateException("extracted " + cases.size() + " cases of " + n);
                }
            }
            System.out.printf(Locale.ROOT, "feature extraction (RECENT, k=10, index built in the timing): %.2f s, "
                    + "%,.0f cases/s%n", extract, n / extract);
            System.out.printf(Locale.ROOT, "reference sort by (user, time): %.2f s; ratio extraction / sort: %.1f%n",
                    sort, extract / sort);

            int m = Math.min(n, 100_000);
            EngagementDataset first = history.where(e -> Integer.parseInt(e.id().substring(1)) < m);
            FeatureExtractor similar = FeatureExtractor.over(history).withShots(10, ShotSelection.SIMILAR)
                    .withEncoder(new HashedWordsEncoder(64));
            similar.extractAll(first.where(e -> e.id().equals("e0"))); // warm the vector cache
            double sim = time(() -> similar.extractAll(first));
            System.out.printf(Locale.ROOT, "feature extraction (SIMILAR, k=10, hashing encoder, %,d cases): "
                    + "%.2f s, %,.0f cases/s%n", first.size(), sim, first.size() / sim);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The reference: a streaming parse of the same files that reads every token and materialises every value. */
    static long bareParse(Path dir) {
        JsonFactory json = new JsonFactory();
        long values = 0;
        for (String f : new String[] {"users.jsonl", "posts.jsonl", "engagements.jsonl"}) {
            try (InputStream in = Files.newInputStream(dir.resolve(f)); JsonParser p = json.createParser(in)) {
                JsonToken t;
                while ((t = p.nextToken()) != null) {
                    if (t.isScalarValue() && p.getText() != null) {
                        values++;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return values;
    }

    static int sortByUserAndTime(EngagementDataset ds) {
        List<Engagement> es = new ArrayList<>(ds.engagementList());
        es.sort(Comparator.comparing(Engagement::userId).thenComparing(Engagement::time));
        return es.size();
    }

    /**
     * N engagements by N/50 users on N/10 source posts over 60 days; quote and rewrite texts are taken from the
     * synthetic corpus so lengths and characters are realistic.
     */
    static EngagementDataset large(int n, long seed) {
        EngagementDataset corpus = SyntheticCorpus.generate(SynthOptions.DEFAULTS.withSize(60, 20, 400, 50))
                .dataset();
        List<String> sourceTexts = corpus.postList().stream().filter(p -> p.id().startsWith("p")).map(Post::text)
                .toList();
        List<String> responses = corpus.engagementList().stream().filter(e -> e.responseText() != null)
                .map(Engagement::responseText).toList();
        Random r = new Random(seed);
        Instant t0 = Instant.parse("2020-09-01T00:00:00Z");
        int users = Math.max(1, n / 50);
        int posts = Math.max(1, n / 10);
        List<User> us = new ArrayList<>(users + 1);
        us.add(new User("src", "src", "Source", "", 1000, 10, 10_000, null));
        for (int i = 0; i < users; i++) {
            us.add(new User("u" + i, "user" + i, "User " + i, "bio of user " + i, r.nextInt(10_000), r.nextInt(2000),
                    r.nextInt(50_000), t0.minusSeconds(86_400L * r.nextInt(4000))));
        }
        List<Post> ps = new ArrayList<>(posts);
        for (int i = 0; i < posts; i++) {
            ps.add(new Post("p" + i, "src", sourceTexts.get(r.nextInt(sourceTexts.size())),
                    t0.plusSeconds((long) i * 60 * 86_400 / posts), null));
        }
        List<Engagement> es = new ArrayList<>(n);
        Action[] actions = Action.values();
        for (int i = 0; i < n; i++) {
            int p = r.nextInt(posts);
            Action a = actions[r.nextInt(3)];
            es.add(new Engagement("e" + i, "u" + r.nextInt(users), "p" + p, a,
                    a == Action.RETWEET ? null : responses.get(r.nextInt(responses.size())),
                    ps.get(p).createdAt().plusSeconds(1 + r.nextInt(86_400 * 3))));
        }
        return EngagementDataset.of("bench", us, ps, es);
    }

    private static double time(Supplier<?> work) {
        long t = System.nanoTime();
        work.get();
        return seconds(t);
    }

    /** CPU time of the whole process (all threads, GC included), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
