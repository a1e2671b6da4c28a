package org.socialsim.workbench.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.experiment.ActionPredictor;
import org.socialsim.workbench.experiment.Prediction;
import org.socialsim.workbench.experiment.PredictorFactory;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.LabeledCase;

/** What every baseline promises the sweep engine. */
class BaselineContractTest {
    static final List<LabeledCase> TRAIN = PlantedCases.generate(120, 1);
    static final List<LabeledCase> VALIDATION = PlantedCases.generate(40, 2);
    static final List<LabeledCase> TEST = PlantedCases.generate(30, 3);

    static Stream<Arguments> baselines() {
        FineTuneOptions tiny = FineTuneOptions.small().withMaxTrainExamples(48).withMaxTokens(32);
        return Stream.of(Arguments.of("majority", Baselines.majority()),
                Arguments.of("history prior", Baselines.historyPrior()),
                Arguments.of("tf-idf", Baselines.tfidfLogistic()),
                Arguments.of("frozen BERT", Baselines.frozenBert()),
                Arguments.of("fine-tuned BERT", Baselines.fineTunedBert(tiny)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baselines")
    void predictsEveryCaseInOrderSameForSameSeedAndSeesOnlyVisibleGroups(String label, PredictorFactory factory) {
        ActionPredictor p = factory.fit(TRAIN, VALIDATION, 42);
        assertFalse(p.name().isBlank());
        List<EngagementCase> cases = PlantedCases.inputs(TEST);
        List<Prediction> all = p.predictAll(cases);
        assertEquals(cases.size(), all.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).caseId(), all.get(i).caseId());
            assertTrue(all.get(i).parsed(), label + " left case " + i + " unparsed");
        }
        assertEquals(all.get(3).action(), p.predict(cases.get(3)).action(), "predict agrees with predictAll");

        ActionPredictor again = factory.fit(TRAIN, VALIDATION, 42);
        assertEquals(actions(all), actions(again.predictAll(cases)), label + " is not reproducible for a seed");

        Set<FeatureGroup> none = EnumSet.noneOf(FeatureGroup.class);
        ActionPredictor blind = factory.fit(PlantedCases.restrict(TRAIN, none, 0),
                PlantedCases.restrict(VALIDATION, none, 0), 42);
        List<EngagementCase> hidden = PlantedCases.inputs(PlantedCases.restrict(TEST, none, 0));
        List<EngagementCase> altered = new ArrayList<>();
        for (EngagementCase c : hidden) {
            User u = c.user();
            altered.add(new EngagementCase(c.caseId(), new User(u.id(), "someone", "Someone Else",
                    "a completely different bio", 99_999, 1, 5, u.createdAt()), c.post(), c.time(), c.rates(),
                    c.shots(), c.groups()));
        }
        assertEquals(actions(blind.predictAll(hidden)), actions(blind.predictAll(altered)),
                label + " reads user information that the case hides");
    }

    private static List<String> actions(List<Prediction> ps) {
        return ps.stream().map(x -> String.valueOf(x.action())).toList();
    }
}
