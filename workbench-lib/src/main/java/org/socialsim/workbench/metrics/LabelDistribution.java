package org.socialsim.workbench.metrics;

import java.util.ArrayList;
import java.util.List;
import org.socialsim.workbench.data.Action;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How often each action was predicted against how often it is true, and the bias toward each action.
 *
 * <p>The <b>bias index</b> of an action is its predicted share divided by its true share, both over all cases
 * (unparsed answers included in the denominator): {@code predicted(a) / truth(a)}. 1 means the action is predicted
 * exactly as often as it occurs; 2 means twice as often (a bias toward it, like the paper's zero-shot "quote"
 * bias); 0 means never predicted. It is NaN when the action never occurs in the cases.
 *
 * @param shares   one entry per action, in {@link Action} order
 * @param unparsed number of unparsed answers
 * @param total    number of cases
 */
public record LabelDistribution(List<Share> shares, int unparsed, int total) {
    public LabelDistribution {
        shares = List.copyOf(shares);
    }

    /**
     * One action's counts and shares.
     *
     * @param action         the action
     * @param trueCount      cases where it is the truth
     * @param predictedCount cases predicted as it
     * @param trueShare      trueCount / total
     * @param predictedShare predictedCount / total
     * @param bias           predictedShare / trueShare (NaN when trueCount is 0)
     */
    public record Share(Action action, int trueCount, int predictedCount, double trueShare, double predictedShare,
                        double bias) {
    }

    /** The distribution of a confusion matrix. */
    public static LabelDistribution of(ConfusionMatrix m) {
        int n = m.total();
        List<Share> shares = new ArrayList<>();
        for (Action a : Action.values()) {
            int t = m.truthTotal(a);
            int p = m.predictedTotal(a);
            shares.add(new Share(a, t, p, n == 0 ? 0 : (double) t / n, n == 0 ? 0 : (double) p / n,
                    t == 0 ? Double.NaN : (double) p / t));
        }
        return new LabelDistribution(shares, m.predictedTotal(null), n);
    }

    /** The share of one action. */
    public Share share(Action a) {
        return shares.get(a.ordinal());
    }

    /** The bias index toward one action (predicted share / true share). */
    public double bias(Action a) {
        return share(a).bias();
    }

    /** The most over-predicted action: the one with the largest bias index. */
    public Action mostOverPredicted() {
        Action best = null;
        for (Share s : shares) {
            if (!Double.isNaN(s.bias()) && (best == null || s.bias() > bias(best))) {
                best = s.action();
            }
        }
        return best;
    }

    /** One row per action (and one for unparsed answers): counts, shares and bias index. */
    public Table table() {
        StringColumn action = StringColumn.create("action");
        IntColumn trueCount = IntColumn.create("true_count");
        IntColumn predictedCount = IntColumn.create("predicted_count");
        DoubleColumn trueShare = DoubleColumn.create("true_share");
        DoubleColumn predictedShare = DoubleColumn.create("predicted_share");
        DoubleColumn bias = DoubleColumn.create("bias_index");
        for (Share s : shares) {
            action.append(s.action().label());
            trueCount.append(s.trueCount());
            predictedCount.append(s.predictedCount());
            trueShare.append(s.trueShare());
            predictedShare.append(s.predictedShare());
            bias.append(s.bias());
        }
        action.append("unparsed");
        trueCount.append(0);
        predictedCount.append(unparsed);
        trueShare.append(0);
        predictedShare.append(total == 0 ? 0 : (double) unparsed / total);
        bias.appendMissing();
        return Table.create("label distribution and bias index (predicted share / true share)", action,
                trueCount, predictedCount, trueShare, predictedShare, bias);
    }
}
