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
 * Each measurement is repeated (default twice, alternating with its reference) and the fastest run is kept, which
 * keeps the ratios meaningful on a shared, loaded machine.
 *
 * <p>Usage: {@code AlignmentBench [pairs] [seed] [repeats]}.
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

    private AlignmentBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        ProgressSinks.use(ProgressSinks.silent());
        List<ResponsePair> pairs = pairs(n, seed);
        List<String> texts = new ArrayList<>(2 * n);
        pairs.forEach(p -> {
            texts.add(p.generated());
            texts.add(p.reference());
        });
        Encoder encoder = Encoders.miniLm();
        System.out.printf(Locale.ROOT, "alignment scoring benchmark: %d pairs (%d distinct texts), seed %d, "
                + "best of %d runs, %d cores%n", n, texts.size(), seed, repeats,
                Runtime.getRuntime().availableProcessors());
        warmUp(encoder, pairs.subList(0, Math.min(200, n)));

        double bareEncoder = Double.MAX_VALUE;
        double meaning = Double.MAX_VALUE;
        double bareVader = Double.MAX_VALUE;
        double sentiment = Double.MAX_VALUE;
        double style = Double.MAX_VALUE;
        double all = Double.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            bareEncoder = Math.min(bareEncoder, seconds(() -> encoder.embedAll(texts)));
            meaning = Math.min(meaning, seconds(() -> MeaningScorer.of(encoder).scoreAll(pairs)));
            bareVader = Math.min(bareVader, seconds(() -> bareVader(texts)));
            sentiment = Math.min(sentiment, seconds(() -> SentimentScorer.vader().scoreAll(pairs)));
            style = Math.min(style, seconds(() -> StyleScorer.create().scoreAll(pairs)));
            all = Math.min(all, seconds(() -> Alignment.create(encoder).score("bench", pairs)));
        }

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
