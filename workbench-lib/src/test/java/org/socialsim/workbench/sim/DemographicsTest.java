package org.socialsim.workbench.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemographicsTest {

    @Test
    void occupationsParseFromNumbersLabelsAndKeyWords() {
        assertEquals(Occupation.MEDIA, Occupation.parseOrNull("9"));
        assertEquals(Occupation.ENGINEER, Occupation.parseOrNull("Engineer"));
        assertEquals(Occupation.UNEMPLOYED_OR_STUDENT, Occupation.parseOrNull("unemployed / student"));
        assertEquals(Occupation.MEDICAL, Occupation.parseOrNull("medical personnel (nurse)"));
        assertNull(Occupation.parseOrNull("astronaut"));
        assertNull(Occupation.parseOrNull("11"));
        assertEquals(10, Occupation.values().length);
        assertTrue(Occupation.numberedList().startsWith("1. Education Practitioner"));
    }

    @Test
    void samplerIsSeededAndNamedForWhatItIs() {
        List<Demographics> a = DemographicSampler.seeded(4).sample(2000);
        assertEquals(a, DemographicSampler.seeded(4).sample(2000));
        assertTrue(DemographicSampler.seeded(4).name().contains("not inferred"));
        long young = a.stream().filter(d -> d.age() <= 34).count();
        assertEquals(0.6, young / 2000.0, 0.05);
        assertTrue(a.stream().map(Demographics::occupation).distinct().count() == 10);
    }

    @Test
    void llmInferenceAsksOncePerDistinctTextAndCountsWhatItCannotRead() {
        ScriptedLlm llm = new ScriptedLlm(p -> p.contains("nurse")
                ? "{\"age\": 41, \"gender\": \"female\", \"occupation\": \"7\"}"
                : p.contains("coder") ? "{\"age\": \"29\", \"gender\": \"male\", \"occupation\": \"Engineer\"}"
                : "no idea");
        DemographicInference.Result r = DemographicInference.with(llm)
                .infer(Arrays.asList("night nurse", "coder", "", "coder", "cat pictures", null));
        assertEquals(3, llm.calls(), "three distinct texts; empty ones are not asked");
        assertEquals(new Demographics(41, Gender.FEMALE, Occupation.MEDICAL), r.demographics().get(0));
        assertEquals(r.demographics().get(1), r.demographics().get(3));
        assertNull(r.demographics().get(2));
        assertEquals(2, r.noText());
        assertEquals(1, r.unparsed());
        assertTrue(r.problems().get(0).startsWith("user 4"));
        assertEquals(6, r.table().rowCount());
        assertTrue(llm.seen.get(0).user().contains("10. Entertainment and Arts Practitioner"));
    }

    @Test
    void initialAttitudesComeFromTheModelOrStayUndecided() {
        ScriptedLlm llm = new ScriptedLlm(p -> p.contains("solar") ? "{\"attitude\": \"negative\"}"
                : p.contains("physicist") ? "{\"attitude\": \"positive\"}" : "hmm");
        AttitudeInference.Result r = AttitudeInference.with(llm, "nuclear power plant").infer(
                List.of("solar activist", "physicist", "baker", ""));
        assertEquals(-1f, r.attitudes()[0]);
        assertEquals(1f, r.attitudes()[1]);
        assertEquals(0f, r.attitudes()[2]);
        assertEquals(2, r.unknown());
        assertTrue(llm.seen.get(0).user().contains("nuclear power plant"));
    }
}
