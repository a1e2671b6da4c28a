package org.socialsim.workbench.generation;

import java.util.List;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * One configuration's alignment: every measure for every response pair ({@code NaN} = missing: failed generation or a
 * malformed judge answer), plus the measures that could not be computed at all.
 *
 * @param configuration the configuration's name (e.g. "few-shot k=5")
 * @param pairs         the scored pairs, in order
 * @param measures      the measures, in column order
 * @param values        {@code values[pair][measure]}
 * @param unscored      measures without numbers, with the reason
 */
public record AlignmentScores(String configuration, List<ResponsePair> pairs, List<Measure> measures,
                              double[][] values, List<Unscored> unscored) {
    public AlignmentScores {
        Objects.requireNonNull(configuration, "configuration");
        pairs = List.copyOf(pairs);
        measures = List.copyOf(measures);
        unscored = unscored == null ? List.of() : List.copyOf(unscored);
        if (values.length != pairs.size()) {
            throw new IllegalArgumentException(configuration + ": " + values.length + " score rows for "
                    + pairs.size() + " pairs");
        }
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != measures.size()) {
                throw new IllegalArgumentException(configuration + ", case " + pairs.get(i).caseId() + ": "
                        + values[i].length + " values for " + measures.size() + " measures");
            }
            copy[i] = values[i].clone();
        }
        values = copy;
    }

    /** Number of pairs. */
    public int size() {
        return pairs.size();
    }

    /** A copy of the values. */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    /** The measure with this name. */
    public Measure measure(String name) {
        return measures.get(indexOf(name));
    }

    /** One measure's value for every pair, in pair order ({@code NaN} where missing). */
    public double[] column(String measure) {
        int j = indexOf(measure);
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i][j];
        }
        return out;
    }

    /** The value of one measure for one pair. */
    public double value(int pair, String measure) {
        return values[pair][indexOf(measure)];
    }

    /** How many pairs have no value for a measure. */
    public int missing(String measure) {
        int n = 0;
        for (double v : column(measure)) {
            n += Double.isNaN(v) ? 1 : 0;
        }
        return n;
    }

    /** How many pairs have no generated text. */
    public int failedGenerations() {
        return (int) pairs.stream().filter(p -> !p.hasGenerated()).count();
    }

    /** The plain mean of a measure over the pairs that have it ({@code NaN} when none has). */
    public double mean(String measure) {
        double sum = 0;
        int n = 0;
        for (double v : column(measure)) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** One row per pair: configuration, case, true action, action generated for, both texts, and every measure. */
    public Table table() {
        StringColumn config = StringColumn.create("configuration");
        StringColumn caseId = StringColumn.create("case_id");
        StringColumn truth = StringColumn.create("truth");
        StringColumn generatedFor = StringColumn.create("generated_for");
        StringColumn generated = StringColumn.create("generated");
        StringColumn reference = StringColumn.create("reference");
        for (ResponsePair p : pairs) {
            config.append(configuration);
            caseId.append(p.caseId());
            truth.append(p.truth().label());
            generatedFor.append(p.generatedFor() == null ? "" : p.generatedFor().label());
            generated.append(p.generated() == null ? "" : p.generated());
            reference.append(p.reference());
        }
        Table t = Table.create(configuration + ": alignment per pair", config, caseId, truth, generatedFor, generated,
                reference);
        for (Measure m : measures) {
            t.addColumns(DoubleColumn.create(m.name(), column(m.name())));
        }
        return t;
    }

    private int indexOf(String name) {
        for (int j = 0; j < measures.size(); j++) {
            if (measures.get(j).name().equals(name)) {
                return j;
            }
        }
        throw new IllegalArgumentException(configuration + ": no measure '" + name + "' (measures: "
                + measures.stream().map(Measure::name).toList() + ")");
    }
}
