package org.socialsim.workbench.data.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.rewrite.KeywordRule;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.FeatureExtractor;
import tech.tablesaw.api.Table;

class SyntheticCorpusTest {
    /** A small variant: 80 users, about 25 engagements each, 150 balanced entries per action. */
    static final SynthOptions SMALL = SynthOptions.DEFAULTS.withSize(80, 25, 800, 150);

    @Test
    void sameSeedSameCorpusOtherSeedOtherCorpus() {
        SyntheticCorpus a = SyntheticCorpus.generate(SMALL);
        SyntheticCorpus b = SyntheticCorpus.generate(SMALL);
        assertEquals(a.dataset().engagementList(), b.dataset().engagementList());
        assertEquals(a.dataset().postList(), b.dataset().postList());
        assertEquals(a.dataset().userList(), b.dataset().userList());
        SyntheticCorpus c = SyntheticCorpus.generate(SMALL.withSeed(99));
        assertNotEquals(a.dataset().engagementList(), c.dataset().engagementList());
    }

    @Test
    void entriesAreBalancedFromTheEvaluationPeriodAndUsersHaveHistories() {
        SyntheticCorpus corpus = SyntheticCorpus.generate(SMALL);
        EngagementDataset entries = corpus.entries();
        assertEquals(Map.of(Action.RETWEET, 150, Action.QUOTE, 150, Action.REWRITE, 150), entries.actionCounts());
        assertTrue(entries.engagementList().stream().noneMatch(e -> e.time().isBefore(SMALL.evaluationStart())));
        FeatureExtractor fx = FeatureExtractor.over(corpus.dataset());
        double meanHistory = entries.engagementList().stream()
                .mapToInt(e -> fx.rates(e.userId(), e.time()).total()).average().orElse(0);
        assertTrue(meanHistory > 8, "entries should come with histories, mean " + meanHistory);
    }

    /** Planted: each user's latent propensity shows in their historical rates. */
    @Test
    void latentPropensitiesShowInHistoricalRates() {
        SyntheticCorpus corpus = SyntheticCorpus.generate(SMALL);
        Table latents = corpus.userLatents();
        Map<String, ActionRates> rates = new HashMap<>();
        for (Engagement e : corpus.dataset().engagementList()) {
            rates.merge(e.userId(), ActionRates.NONE.plus(e.action()), (x, y) -> new ActionRates(
                    x.retweets() + y.retweets(), x.quotes() + y.quotes(), x.rewrites() + y.rewrites()));
        }
        double[] z = new double[latents.rowCount()];
        double[] share = new double[latents.rowCount()];
        for (int i = 0; i < latents.rowCount(); i++) {
            z[i] = latents.doubleColumn("z_rewrite").get(i) - latents.doubleColumn("z_retweet").get(i);
            ActionRates r = rates.get(latents.stringColumn("user_id").get(i));
            share[i] = r.rate(Action.REWRITE) - r.rate(Action.RETWEET);
        }
        double rho = new SpearmansCorrelation().correlation(z, share);
        assertTrue(rho > 0.7, "latent propensity vs observed rates, Spearman " + rho);
    }

    /** The known right answers: rates matter most, counts a little, and without effects nothing beats chance. */
    @Test
    void bayesReferenceRanksTheFeatureGroupsAsPlanted() {
        BayesReference b = SyntheticCorpus.generate(SMALL).bayes();
        assertTrue(b.oracle() >= b.allFeatures() - 0.02, b.toString());
        assertTrue(b.allFeatures() - b.withoutRates() > 0.08, "removing rates should hurt clearly: " + b);
        assertTrue(b.withoutRates() > BayesReference.CHANCE + 0.05, b.toString());
        assertEquals(8, b.table().rowCount());

        BayesReference none = SyntheticCorpus.generate(SMALL.withEffectStrength(0)).bayes();
        assertEquals(1.0 / 3, none.oracle(), 0.08, none.toString());
        assertEquals(1.0 / 3, none.allFeatures(), 0.08, none.toString());
    }

    /** Rewrites paraphrase their source (shared keywords), quotes are comments in the user's own words. */
    @Test
    void rewritesParaphraseTheirSourceAndQuotesComment() {
        EngagementDataset ds = SyntheticCorpus.generate(SMALL).dataset();
        int rewrites = 0;
        int paraphrases = 0;
        int quotes = 0;
        int copies = 0;
        for (Engagement e : ds.engagementList()) {
            String source = ds.post(e.sourcePostId()).text();
            if (e.action() == Action.REWRITE) {
                rewrites++;
                paraphrases += KeywordRule.sharedWords(2).matches(KeywordRule.words(e.responseText()),
                        KeywordRule.words(source)) ? 1 : 0;
                assertNotEquals(source, e.responseText());
            } else if (e.action() == Action.QUOTE) {
                quotes++;
                copies += e.responseText().equals(source) ? 1 : 0;
            }
        }
        assertTrue(paraphrases >= 0.95 * rewrites, paraphrases + " of " + rewrites + " rewrites share keywords");
        assertTrue(quotes > 100);
        assertEquals(0, copies);
    }

    /**
     * Names are independent draws that no effect reads: a variant in which actions depend on nothing has the very
     * same names (and descriptions) as the planted corpus.
     */
    @Test
    void displayNamesCarryNoSignal() {
        SyntheticCorpus corpus = SyntheticCorpus.generate(SMALL);
        List<String> names = corpus.dataset().userList().stream().map(u -> u.displayName() + u.description())
                .toList();
        List<String> noEffect = SyntheticCorpus.generate(SMALL.withEffectStrength(0)).dataset().userList().stream()
                .map(u -> u.displayName() + u.description()).toList();
        assertEquals(names, noEffect);
    }
}
