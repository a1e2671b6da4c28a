package org.socialsim.workbench.baseline.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import smile.util.SparseArray;

/**
 * TF-IDF features over several text fields of a document (e.g. the post and the user's feature text), each field with
 * its own vocabulary: lower-cased word tokens (letters, digits, #, @, %) and, optionally, adjacent-word bigrams;
 * sublinear term frequency (1 + ln tf), smoothed idf (ln((1 + n) / (1 + df)) + 1), the row scaled to unit length.
 * The vocabulary keeps the {@code maxFeatures} terms seen in the most training documents, each in at least
 * {@code minDocFrequency} of them (ties broken by term, so a fit is deterministic).
 */
public final class TfidfVectorizer {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}#@%']+");

    private final Map<String, Integer> index;
    private final double[] idf;
    private final boolean bigrams;

    private TfidfVectorizer(Map<String, Integer> index, double[] idf, boolean bigrams) {
        this.index = index;
        this.idf = idf;
        this.bigrams = bigrams;
    }

    /**
     * Learns the vocabulary and idf weights.
     *
     * @param documents each document as its fields (the same number of fields in every document)
     */
    public static TfidfVectorizer fit(List<String[]> documents, int maxFeatures, int minDocFrequency,
                                      boolean bigrams) {
        if (maxFeatures <= 0 || minDocFrequency <= 0) {
            throw new IllegalArgumentException("maxFeatures and minDocFrequency must be positive, were "
                    + maxFeatures + ", " + minDocFrequency);
        }
        Map<String, Integer> df = new HashMap<>();
        for (String[] doc : documents) {
            for (String term : new HashSet<>(terms(doc, bigrams))) {
                df.merge(term, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= minDocFrequency) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        Map<String, Integer> index = new HashMap<>();
        double[] idf = new double[Math.min(maxFeatures, kept.size())];
        for (int i = 0; i < idf.length; i++) {
            index.put(kept.get(i).getKey(), i);
            idf[i] = Math.log((1.0 + documents.size()) / (1.0 + kept.get(i).getValue())) + 1.0;
        }
        return new TfidfVectorizer(index, idf, bigrams);
    }

    /** Number of features (terms in the vocabulary). */
    public int size() {
        return idf.length;
    }

    /** The unit-length TF-IDF row of a document; unknown terms are ignored (an empty row if none is known). */
    public SparseArray transform(String[] fields) {
        Map<Integer, Integer> tf = new HashMap<>();
        for (String term : terms(fields, bigrams)) {
            Integer j = index.get(term);
            if (j != null) {
                tf.merge(j, 1, Integer::sum);
            }
        }
        List<Integer> columns = new ArrayList<>(tf.keySet());
        columns.sort(Integer::compare);
        double norm = 0;
        double[] values = new double[columns.size()];
        for (int i = 0; i < values.length; i++) {
            int j = columns.get(i);
            values[i] = (1 + Math.log(tf.get(j))) * idf[j];
            norm += values[i] * values[i];
        }
        SparseArray row = new SparseArray(values.length);
        for (int i = 0; i < values.length; i++) {
            row.append(columns.get(i), values[i] / Math.sqrt(norm));
        }
        return row;
    }

    private static List<String> terms(String[] fields, boolean bigrams) {
        List<String> out = new ArrayList<>();
        for (int f = 0; f < fields.length; f++) {
            String prefix = f + ":";
            List<String> words = new ArrayList<>();
            Matcher m = TOKEN.matcher(fields[f] == null ? "" : fields[f].toLowerCase(Locale.ROOT));
            while (m.find()) {
                words.add(m.group());
            }
            for (int i = 0; i < words.size(); i++) {
                out.add(prefix + words.get(i));
                if (bigrams && i + 1 < words.size()) {
                    out.add(prefix + words.get(i) + " " + words.get(i + 1));
                }
            }
        }
        return out;
    }

    /** The vocabulary's terms (for inspection), by column. */
    public List<String> vocabulary() {
        String[] terms = new String[idf.length];
        index.forEach((t, j) -> terms[j] = t);
        return List.of(terms);
    }
}
