package org.socialsim.workbench.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.features.Shot;

class SimpleBaselinesTest {
    static final Instant T = Instant.parse("2020-10-01T00:00:00Z");
    static final User USER = new User("u", "ann", "Ann", "nurse", 10, 20, 30, null);
    static final User EXCLAIMING = new User("v", "bo", "Bo", " Vaccines work! ", 1, 2, 3, null);
    static final Post POST = new Post("p", "a", "hello", T, null);

    static EngagementCase caseWith(ActionRates rates, List<Shot> shots, Set<FeatureGroup> groups) {
        return new EngagementCase("c", USER, POST, T, rates, shots, groups);
    }

    static List<LabeledCase> labels(Action... actions) {
        List<LabeledCase> out = new java.util.ArrayList<>();
        for (Action a : actions) {
            out.add(new LabeledCase(caseWith(null, null, null), a, null));
        }
        return out;
    }

    @Test
    void majorityPredictsTheMostFrequentTrainingAction() {
        MajorityBaseline m = MajorityBaseline.fit(labels(Action.QUOTE, Action.REWRITE, Action.QUOTE), List.of(), 0);
        assertEquals(Action.QUOTE, m.action());
        assertEquals(Action.QUOTE, m.predict(caseWith(new ActionRates(9, 0, 0), null, null)).action());
        assertThrows(IllegalArgumentException.class, () -> MajorityBaseline.fit(List.of(), List.of(), 0));
    }

    @Test
    void historyPriorUsesRatesThenShotsThenTheMajority() {
        HistoryPriorBaseline h = HistoryPriorBaseline.fit(labels(Action.REWRITE, Action.REWRITE, Action.QUOTE),
                List.of(), 0);
        Set<FeatureGroup> all = EnumSet.allOf(FeatureGroup.class);
        Shot retweet = new Shot(POST, Action.RETWEET, null, T.minusSeconds(5));
        assertEquals(Action.QUOTE, h.predict(caseWith(new ActionRates(1, 5, 2), List.of(retweet), all)).action());
        assertEquals(Action.RETWEET, h.predict(caseWith(ActionRates.NONE, List.of(retweet), all)).action());
        assertEquals(Action.REWRITE, h.predict(caseWith(ActionRates.NONE, List.of(), all)).action());
        EngagementCase hidden = caseWith(new ActionRates(1, 5, 2), List.of(), all)
                .restrict(EnumSet.of(FeatureGroup.PROFILE), 0);
        assertEquals(Action.REWRITE, h.predict(hidden).action(), "rates hidden: falls back to the majority");
        assertEquals(Action.REWRITE, h.predict(caseWith(new ActionRates(3, 0, 3), List.of(), all)).action(),
                "a tie goes to the action more frequent in training");
    }

    @Test
    void caseTextShowsOnlyVisibleGroups() {
        Shot quote = new Shot(POST, Action.QUOTE, "x", T.minusSeconds(5));
        EngagementCase c = caseWith(new ActionRates(6, 3, 1), List.of(quote), EnumSet.allOf(FeatureGroup.class));
        assertEquals("name: Ann (@ann). bio: nurse. followers: 10. following: 20. posts: 30. past actions of 10: "
                + "retweet 60%, quote 30%, rewrite 10% (mostly retweet). shown past actions: quote.", CaseText.user(c));
        assertEquals("followers: 10. following: 20. posts: 30.",
                CaseText.user(c.restrict(EnumSet.of(FeatureGroup.COUNTS), 0)));
        assertEquals("", CaseText.user(c.restrict(EnumSet.noneOf(FeatureGroup.class), 0)));
        assertEquals("hello", CaseText.post(c));
        EngagementCase e = new EngagementCase("e", EXCLAIMING, POST, T, null, null, EnumSet.of(FeatureGroup.PROFILE));
        assertEquals("name: Bo (@bo). bio: Vaccines work!", CaseText.user(e));
    }

    @Test
    void textBaselinesLearnThePlantedEffects() {
        List<LabeledCase> train = PlantedCases.generate(800, 11);
        List<LabeledCase> validation = PlantedCases.generate(200, 12);
        List<LabeledCase> test = PlantedCases.generate(200, 13);
        List<EngagementCase> inputs = PlantedCases.inputs(test);
        double majority = PlantedCases.accuracy(test, MajorityBaseline.fit(train, validation, 0).predictAll(inputs));
        double history = PlantedCases.accuracy(test, HistoryPriorBaseline.fit(train, validation, 0)
                .predictAll(inputs));
        TfidfLogisticBaseline tfidf = TfidfLogisticBaseline.fit(train, validation, 0);
        double tfidfAccuracy = PlantedCases.accuracy(test, tfidf.predictAll(inputs));
        FrozenBertBaseline frozen = FrozenBertBaseline.fit(train.subList(0, 200), validation.subList(0, 60), 0);
        double frozenAccuracy = PlantedCases.accuracy(test, frozen.predictAll(inputs));
        System.out.printf("planted test accuracy: majority %.3f history %.3f tfidf %.3f frozen %.3f%n", majority,
                history, tfidfAccuracy, frozenAccuracy);
        assertTrue(history > majority + 0.1, "history " + history + " vs majority " + majority);
        assertTrue(tfidfAccuracy > history + 0.05, "tf-idf reads the post cue too: " + tfidfAccuracy);
        assertTrue(frozenAccuracy > majority + 0.15, "frozen BERT " + frozenAccuracy);
        assertTrue(TfidfLogisticBaseline.Options.defaults().lambdas().contains(tfidf.lambda()));
        assertTrue(FrozenBertBaseline.LAMBDAS.contains(frozen.lambda()));
        assertTrue(tfidf.validationAccuracy() > 0.5 && tfidf.features() > 10);
    }
}
