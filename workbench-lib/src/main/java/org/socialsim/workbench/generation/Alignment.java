package org.socialsim.workbench.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.socialsim.workbench.data.PostVectors;
import org.socialsim.workbench.text.Encoder;

/**
 * Which alignment measures a study computes, and the one call that scores a configuration's response pairs.
 *
 * <pre>{@code
 * Alignment alignment = Alignment.create(Encoders.miniLm());           // meaning, sentiment, style
 * alignment = alignment.withJudge(LlmJudge.create(client, "COVID-19 vaccination")); // + emotion, stance, age, gender
 * AlignmentScores s = alignment.score("few-shot k=5", pairs);
 * }</pre>
 *
 * Without a judge, the judged dimensions are listed as {@link Unscored} ("needs judge"): they appear in summaries as
 * rows without numbers.
 */
public final class Alignment {
    /** Why judged dimensions have no numbers when no judge is configured. */
    public static final String NEEDS_JUDGE =
            "needs judge (no LLM judge configured: set WORKBENCH_LLM, or call withJudge)";

    private final List<AlignmentScorer> scorers;
    private final List<Unscored> unscored;

    private Alignment(List<AlignmentScorer> scorers, List<Unscored> unscored) {
        this.scorers = List.copyOf(scorers);
        this.unscored = List.copyOf(unscored);
        Set<String> names = new HashSet<>();
        for (Measure m : measures()) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("two scorers yield the measure " + m.name());
            }
        }
    }

    /** Meaning (encoder cosine), sentiment (VADER) and style; the judged dimensions marked "needs judge". */
    public static Alignment create(Encoder encoder) {
        return create(PostVectors.of(encoder));
    }

    /** The same, with meaning vectors from a shared cache (e.g. the feature extractor's). */
    public static Alignment create(PostVectors vectors) {
        List<Unscored> pending = new ArrayList<>();
        for (JudgeDimension d : JudgeDimension.values()) {
            pending.add(new Unscored(d.measure(), NEEDS_JUDGE));
        }
        return new Alignment(List.of(MeaningScorer.of(vectors), SentimentScorer.vader(), StyleScorer.create()),
                pending);
    }

    /** Exactly these scorers, nothing marked unscored. */
    public static Alignment of(List<AlignmentScorer> scorers) {
        return new Alignment(scorers, List.of());
    }

    /** The same measures plus the judge's four agreement measures (which are then no longer unscored). */
    public Alignment withJudge(LlmJudge judge) {
        Objects.requireNonNull(judge, "judge");
        List<AlignmentScorer> s = new ArrayList<>(scorers);
        s.addAll(judge.scorers());
        List<Unscored> u = new ArrayList<>(unscored);
        u.removeIf(x -> judge.scorers().stream().anyMatch(j -> j.measures().contains(x.measure())));
        return new Alignment(s, u);
    }

    /** The same measures plus one more scorer. */
    public Alignment with(AlignmentScorer scorer) {
        List<AlignmentScorer> s = new ArrayList<>(scorers);
        s.add(Objects.requireNonNull(scorer, "scorer"));
        return new Alignment(s, unscored);
    }

    /** The measures computed, in column order. */
    public List<Measure> measures() {
        List<Measure> out = new ArrayList<>();
        scorers.forEach(s -> out.addAll(s.measures()));
        return out;
    }

    /** The measures listed without numbers, and why. */
    public List<Unscored> unscored() {
        return unscored;
    }

    /**
     * Scores one configuration's pairs on every measure. Pairs whose generation failed get {@code NaN} (missing) on
     * every measure; they are kept and counted.
     */
    public AlignmentScores score(String configuration, List<ResponsePair> pairs) {
        List<Measure> measures = measures();
        double[][] values = new double[pairs.size()][measures.size()];
        List<ResponsePair> scorable = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            if (pairs.get(i).hasGenerated()) {
                scorable.add(pairs.get(i));
                rows.add(i);
            } else {
                java.util.Arrays.fill(values[i], Double.NaN);
            }
        }
        int column = 0;
        for (AlignmentScorer s : scorers) {
            int width = s.measures().size();
            List<double[]> v = scorable.isEmpty() ? List.of() : s.scoreAll(scorable);
            if (v.size() != scorable.size()) {
                throw new IllegalStateException("scorer " + s.measures() + " returned " + v.size() + " scores for "
                        + scorable.size() + " pairs");
            }
            for (int j = 0; j < v.size(); j++) {
                if (v.get(j).length != width) {
                    throw new IllegalStateException("scorer " + s.measures() + " returned " + v.get(j).length
                            + " values for case " + scorable.get(j).caseId() + ", expected " + width);
                }
                System.arraycopy(v.get(j), 0, values[rows.get(j)], column, width);
            }
            column += width;
        }
        return new AlignmentScores(configuration, pairs, measures, values, unscored);
    }
}
