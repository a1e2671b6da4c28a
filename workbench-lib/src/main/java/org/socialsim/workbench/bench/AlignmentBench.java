package org.socialsim.workbench.bench;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.generation.Alignment;
import org.socialsim.workbench.generation.AlignmentScorer;
import org.socialsim.workbench.generation.MeaningScorer;
import org.socialsim.workbench.generation.ResponsePair;
import org.socialsim.workbench.generation.SentimentScorer;
import org.socialsim.workbench.generation.StyleScorer;
import org.socialsim.workbench.progress.ProgressSinks;
import org.socialsim.workbench.text.Encoder;
import org.socialsim.workbench.text.Encoders;

/**
 * Throughput of the non-judge alignment scoring (meaning, sentiment, style, and all together) on N response pairs
 * (default 10,000; every text distinct, so nothing is saved by de-duplication), with references measured in the same
 * run: the bare encoder ({@code embedAll} on the same texts) for meaning and the bare VADER analyzer for sentiment.
 * A ratio near 1 means the scorer adds little over the library it wraps.
 *
 * The pairs are taken in chunks of 500, and every measurement runs on each chunk in turn with its reference, so a
 * change in the machine's load (it is shared) falls on the scorer and its reference alike and the ratios stay
 * meaningful; the times are summed over the chunks.
 *
 * <p>Usage: {@code AlignmentBench [pairs] [seed]}.
 */
public final class AlignmentBench {
    private static final String[] WORDS = ("vaccine vaccines shot booster jab dose mandate mandates pfizer moderna "
            + "science data trial side effects arm sore clinic nurse doctor kids school work safe unsafe risk "
            + "freedom choice trust government rushed approved fda cdc study results efficacy variant immunity "
            + "people everyone nobody family mom dad grandma today tomorrow finally again really very so just "
            + "i we you they my our your their is are was not never always maybe definitely probably think "
            + "love hate great terrible happy sad angry scared proud worried glad thankful good bad awful amazing "
            + "the a of to and in for on with but or because if when while about from at by get got take took")
            .split(" ");
    private static final String[] EXTRAS = {"#vaccine", "#covid19", "#getvaccinated", "@cdcgov", "@who",
        "https://t.co/x1y2z3", "\uD83D\uDC89", "\uD83D\uDE37", "\uD83D\uDE4F", "!!", "?", "...", "!", ","};

    private static final int CHUNK = 500;

    private AlignmentBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        ProgressSinks.use(ProgressSinks.silent());
        List<ResponsePair> pairs = pairs(n, seed);
        // each measurement that embeds gets its own encoder instance: the encoder keeps a cache of recent vectors,
        // and a scorer run after the reference on the same texts would otherwise time cache hits
        Encoder reference = Encoders.newMiniLm();
        Encoder forMeaning = Encoders.newMiniLm();
        Encoder forAll = Encoders.newMiniLm();
        System.out.printf(Locale.ROOT, "alignment scoring benchmark: %d pairs (%d distinct texts), seed %d, %d cores%n",
                n, 2 * n, seed, Runtime.getRuntime().availableProcessors());
        List<ResponsePair> few = pairs(200, seed + 1); // warm-up texts differ from the measured ones
        for (Encoder e : List.of(reference, forMeaning, forAll)) {
            warmUp(e, few);
        }

        double[] t = new double[6];
        for (int from = 0; from < n; from += CHUNK) {
            List<ResponsePair> chunk = pairs.subList(from, Math.min(n, from + CHUNK));
            List<String> texts = new ArrayList<>(2 * chunk.size());
            chunk.forEach(p -> {
                texts.add(p.generated());
                texts.add(p.reference());
            });
            t[0] += seconds(() -> reference.embedAll(texts));
            t[1] += seconds(() -> MeaningScorer.of(forMeaning).scoreAll(chunk));
            t[2] += seconds(() -> bareVader(texts));
            t[3] += seconds(() -> SentimentScorer.vader().scoreAll(chunk));
            t[4] += seconds(() -> StyleScorer.create().scoreAll(chunk));
            t[5] += seconds(() -> Alignment.create(forAll).score("bench", chunk));
        }
        double bareEncoder = t[0];
        double meaning = t[1];
        double bareVader = t[2];
        double sentiment = t[3];
        double style = t[4];
        double all = t[5];

        System.out.printf(Locale.ROOT, "%-34s %10s %12s %s%n", "what", "seconds", "pairs/s", "ratio to reference");
        row("reference: bare MiniLM embedAll", bareEncoder, n, "");
        row("meaning (MiniLM cosine)", meaning, n, ratio(meaning, bareEncoder, "bare MiniLM"));
        row("reference: bare VADER analyzer", bareVader, n, "");
        row("sentiment (VADER agreement, gap)", sentiment, n, ratio(sentiment, bareVader, "bare VADER"));
        row("style (LIWC-like profile distance)", style, n, "(no reference: own code)");
        row("all non-judge measures together", all, n,
                ratio(all, bareEncoder + bareVader, "bare MiniLM + bare VADER"));
    }

    /** Distinct tweet-like texts: seeded mixes of a vaccination-debate vocabulary, hashtags, mentions, emoji. */
    static List<ResponsePair> pairs(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<ResponsePair> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ResponsePair("b" + i, Action.QUOTE, Action.QUOTE, text(rng, 2 * i), text(rng, 2 * i + 1)));
        }
        return out;
    }

    private static String text(SplittableRandom rng, int id) {
        int words = 5 + rng.nextInt(36);
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[rng.nextInt(WORDS.length)];
            sb.append(w == 0 || rng.nextInt(12) == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                    : word).append(' ');
            if (rng.nextInt(8) == 0) {
                sb.append(EXTRAS[rng.nextInt(EXTRAS.length)]).append(' ');
            }
        }
        return sb.append("#").append(Integer.toString(id, 36)).toString(); // every text distinct
    }

    private static void warmUp(Encoder encoder, List<ResponsePair> few) {
        Alignment.create(encoder).score("warm-up", few);
        List<AlignmentScorer> scorers = List.of(StyleScorer.create(), SentimentScorer.vader());
        for (int i = 0; i < 3; i++) {
            scorers.forEach(s -> s.scoreAll(few));
        }
    }

    private static void bareVader(List<String> texts) {
        try {
            for (String t : texts) {
                SentimentAnalyzer a = new SentimentAnalyzer(t);
                a.analyze();
                a.getPolarity();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double seconds(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void row(String what, double seconds, int n, String ratio) {
        System.out.printf(Locale.ROOT, "%-34s %10.2f %12.0f %s%n", what, seconds, n / seconds, ratio);
    }

    private static String ratio(double seconds, double reference, String name) {
        return String.format(Locale.ROOT, "%.2fx the time of %s", seconds / reference, name);
    }
}
