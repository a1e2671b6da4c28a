package org.socialsim.workbench.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.ShotSelection;

class PromptConfigTest {

    @Test
    void labelsNameStyleGroupsAndShots() {
        assertEquals("zero-shot", PromptConfig.zeroShot().label());
        assertEquals("user-info [profile+counts+rates]",
                PromptConfig.userInfo(EnumSet.allOf(FeatureGroup.class)).label());
        assertEquals("few-shot k=5 similar [rates]",
                PromptConfig.fewShot(5, Set.of(FeatureGroup.RATES), ShotSelection.SIMILAR).label());
        assertEquals(PromptStyle.USER_INFO, PromptConfig.withShots(0, Set.of(), ShotSelection.SIMILAR).style());
        assertEquals(PromptStyle.FEW_SHOT, PromptConfig.withShots(3, Set.of(), ShotSelection.SIMILAR).style());
    }

    @Test
    void inconsistentConfigurationsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new PromptConfig(PromptStyle.ZERO_SHOT, Set.of(FeatureGroup.RATES), 0, null));
        assertThrows(IllegalArgumentException.class, () -> new PromptConfig(PromptStyle.USER_INFO, Set.of(), 2, null));
        assertThrows(IllegalArgumentException.class, () -> PromptConfig.fewShot(0, Set.of(), ShotSelection.RECENT));
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        ObjectMapper json = new ObjectMapper();
        PromptConfig c = PromptConfig.fewShot(3, EnumSet.of(FeatureGroup.PROFILE, FeatureGroup.RATES),
                ShotSelection.SIMILAR);
        String text = json.writeValueAsString(c);
        assertEquals(c, json.readValue(text, PromptConfig.class));
        assertEquals(PromptStyle.FEW_SHOT, PromptStyle.parse("few-shot"));
    }
}
