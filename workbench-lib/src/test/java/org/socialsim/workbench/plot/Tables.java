package org.socialsim.workbench.plot;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Small result tables shaped like the workbench's (configs with intervals, shot curves, predictions). */
final class Tables {
    private Tables() {
    }

    static Table accuracy() {
        return Table.create("results",
                StringColumn.create("config", "zero-shot", "zero-shot + user", "few-shot k=5"),
                DoubleColumn.create("accuracy", 0.41, 0.48, 0.62),
                DoubleColumn.create("ci_low", 0.36, 0.44, 0.57),
                DoubleColumn.create("ci_high", 0.45, 0.55, 0.66));
    }

    static Table ablation() {
        return Table.create("ablation",
                StringColumn.create("group", "profile", "profile", "counts", "counts", "rates", "rates"),
                StringColumn.create("model", "llm", "bert", "llm", "bert", "llm", "bert"),
                DoubleColumn.create("f1", 0.50, 0.45, 0.55, 0.50, 0.70, 0.60),
                DoubleColumn.create("lo", 0.45, 0.40, 0.50, 0.46, 0.66, 0.52),
                DoubleColumn.create("hi", 0.55, 0.50, 0.60, 0.53, 0.74, 0.66));
    }

    static Table shotCurve() {
        return Table.create("curve",
                IntColumn.create("shots", 10, 0, 1, 5, 0, 1, 5, 10),
                StringColumn.create("selection", "recent", "recent", "recent", "recent", "similar", "similar",
                        "similar", "similar"),
                DoubleColumn.create("accuracy", .62, .40, .50, .60, .40, .55, .66, .70),
                DoubleColumn.create("ci_low", .58, .35, .45, .56, .35, .50, .62, .66),
                DoubleColumn.create("ci_high", .66, .45, .55, .64, .45, .60, .70, .74));
    }

    static Table paper() {
        return Table.create("paper", IntColumn.create("shots", 0, 5, 10), DoubleColumn.create("accuracy", .45, .63, .68));
    }

    static Table predictions() {
        return Table.create("predictions",
                StringColumn.create("truth", "retweet", "retweet", "retweet", "retweet", "quote", "quote", "quote",
                        "rewrite", "rewrite", "rewrite"),
                StringColumn.create("predicted", "retweet", "retweet", "retweet", "quote", "quote", "retweet", null,
                        "rewrite", "rewrite", "quote"));
    }

    static Table gaussian(int n, long seed) {
        java.util.Random rnd = new java.util.Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 5 + 2 * rnd.nextGaussian();
        }
        return Table.create("users", DoubleColumn.create("followers_log10", v));
    }
}
