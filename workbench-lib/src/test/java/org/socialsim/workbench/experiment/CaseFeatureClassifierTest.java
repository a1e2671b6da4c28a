package org.socialsim.workbench.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.ShotSelection;
import org.socialsim.workbench.progress.ProgressSinks;
import org.socialsim.workbench.prompt.PromptConfig;
import org.socialsim.workbench.text.Encoders;
import tech.tablesaw.api.Table;

class CaseFeatureClassifierTest {
    static final CaseSplit SPLIT = new CaseSplit(TestCases.planted(300, 1, "a"), TestCases.planted(100, 2, "v"),
            TestCases.planted(200, 3, "t"));

    @BeforeAll
    static void quiet() {
        ProgressSinks.use(ProgressSinks.silent());
    }

    @Test
    void learnsThePlantedRatesEffectAndOnlyFromWhatTheConfigurationShows() {
        Table t = Sweep.on(SPLIT).model("offline", CaseFeatureClassifier.factory(new HashingEncoder(24)))
                .configs(PromptConfig.zeroShot(), PromptConfig.userInfo(EnumSet.allOf(FeatureGroup.class)),
                        PromptConfig.userInfo(EnumSet.of(FeatureGroup.PROFILE, FeatureGroup.COUNTS)),
                        PromptConfig.fewShot(3, Set.of(), ShotSelection.RECENT))
                .run().table();
        double zero = t.doubleColumn("accuracy").get(0);
        double all = t.doubleColumn("accuracy").get(1);
        double noRates = t.doubleColumn("accuracy").get(2);
        double shotsOnly = t.doubleColumn("accuracy").get(3);
        // truth = the user's habit in ~87% of cases (4/5 + 1/5 * 1/3); the habit is visible through rates or shots
        assertTrue(all > 0.75, "all groups: " + all);
        assertTrue(shotsOnly > 0.65, "shots only: " + shotsOnly);
        assertTrue(zero < 0.5 && noRates < 0.5, "without rates or shots it is near chance: " + zero + ", " + noRates);
    }

    @Test
    void theSeedDrawsTheTrainingResampleAndTheSameSeedGivesTheSamePredictions() {
        List<org.socialsim.workbench.features.EngagementCase> test = SPLIT.test().stream().map(c -> c.input()).toList();
        PredictorFactory f = CaseFeatureClassifier.factory(new HashingEncoder(24));
        List<Prediction> a = f.fit(SPLIT.train(), SPLIT.validation(), 1).predictAll(test);
        List<Prediction> again = CaseFeatureClassifier.factory(new HashingEncoder(24)).fit(SPLIT.train(),
                SPLIT.validation(), 1).predictAll(test);
        assertEquals(a, again);
        List<Prediction> b = f.fit(SPLIT.train(), SPLIT.validation(), 2).predictAll(test);
        assertNotEquals(a, b, "another seed fits on another resample");

        List<org.socialsim.workbench.features.LabeledCase> r = CaseFeatureClassifier.resample(SPLIT.train(), 1);
        assertEquals(SPLIT.train().size(), r.size());
        long distinct = r.stream().map(c -> c.caseId()).distinct().count();
        // a bootstrap resample holds about 1 - 1/e = 63% of the cases
        assertTrue(distinct > 0.55 * r.size() && distinct < 0.71 * r.size(), distinct + " distinct of " + r.size());
        assertEquals(r, CaseFeatureClassifier.resample(SPLIT.train(), 1));
    }

    @Test
    void emptyProfilesAndPostsAreEmbeddedAsEmpty() {
        java.util.function.UnaryOperator<List<org.socialsim.workbench.features.LabeledCase>> blank = cases -> cases
                .stream().map(lc -> {
                    var c = lc.input();
                    var u = c.user();
                    var user = new org.socialsim.workbench.data.User(u.id(), u.handle(), u.displayName(), "",
                            u.followers(), u.following(), u.postCount(), u.createdAt());
                    var post = new org.socialsim.workbench.data.Post(c.post().id(), c.post().authorId(), " ",
                            c.post().createdAt(), null);
                    return new org.socialsim.workbench.features.LabeledCase(new org.socialsim.workbench.features
                            .EngagementCase(c.caseId(), user, post, c.time(), c.rates(), c.shots(), c.groups()),
                            lc.truth(), lc.responseText());
                }).toList();
        ActionPredictor p = CaseFeatureClassifier.factory(new HashingEncoder(8)).fit(blank.apply(SPLIT.train()),
                blank.apply(SPLIT.validation()), 0);
        List<Prediction> out = p.predictAll(blank.apply(SPLIT.test()).stream().map(c -> c.input()).toList());
        assertEquals(SPLIT.test().size(), out.size());
    }

    @Test
    void runsOnTheShippedMiniLmEncoder() {
        CaseSplit small = new CaseSplit(TestCases.planted(60, 4, "a"), TestCases.planted(20, 5, "v"),
                TestCases.planted(40, 6, "t"));
        ActionPredictor p = CaseFeatureClassifier.factory(Encoders.miniLm()).fit(small.train(), small.validation(), 0);
        assertTrue(p.name().contains("not an LLM"), p.name());
        List<Prediction> out = p.predictAll(small.test().stream().map(c -> c.input()).toList());
        assertEquals(40, out.size());
        assertTrue(out.stream().allMatch(Prediction::parsed));
    }
}
