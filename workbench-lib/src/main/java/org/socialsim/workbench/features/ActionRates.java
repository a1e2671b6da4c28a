package org.socialsim.workbench.features;

import org.socialsim.workbench.data.Action;

/**
 * A user's engagement history summarised as counts, computed strictly before some time.
 *
 * @param retweets number of past retweets
 * @param quotes   number of past quotes
 * @param rewrites number of past rewrites
 */
public record ActionRates(int retweets, int quotes, int rewrites) {
    public static final ActionRates NONE = new ActionRates(0, 0, 0);

    public ActionRates {
        if (retweets < 0 || quotes < 0 || rewrites < 0) {
            throw new IllegalArgumentException("negative action count");
        }
    }

    /** Number of past engagements. */
    public int total() {
        return retweets + quotes + rewrites;
    }

    /** Count of one action. */
    public int count(Action a) {
        return switch (a) {
            case RETWEET -> retweets;
            case QUOTE -> quotes;
            case REWRITE -> rewrites;
        };
    }

    /** Share of one action among past engagements; 0 when there is no history. */
    public double rate(Action a) {
        int t = total();
        return t == 0 ? 0.0 : (double) count(a) / t;
    }

    /** These counts plus one more engagement of the given action. */
    public ActionRates plus(Action a) {
        return new ActionRates(retweets + (a == Action.RETWEET ? 1 : 0), quotes + (a == Action.QUOTE ? 1 : 0),
                rewrites + (a == Action.REWRITE ? 1 : 0));
    }
}
