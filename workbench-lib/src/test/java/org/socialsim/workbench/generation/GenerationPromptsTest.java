package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.llm.ChatPrompt;

class GenerationPromptsTest {
    private final EngagementCase full = Fixtures.caseOf("c1", "Boosters open to all adults from Monday.", List.of(
            Fixtures.shot(Action.QUOTE, "Clinics extend hours", "Finally!! Go get it \uD83D\uDC89"),
            Fixtures.shot(Action.RETWEET, "Trial results are in", null)));
    private final GenerationPrompts prompts = GenerationPrompts.defaults();

    @Test
    void zeroShotShowsThePostAndNothingAboutTheUser() {
        ChatPrompt p = prompts.render(full.restrict(Set.of(), 0), Action.QUOTE);
        assertTrue(p.user().contains("Boosters open to all adults from Monday."));
        assertTrue(p.user().contains("QUOTE"));
        assertFalse(p.user().contains("About the user"));
        assertFalse(p.user().contains("past engagements"));
        assertFalse(p.user().contains("Dana Vax"));
        assertFalse(p.user().contains("{{"), "every placeholder is filled");
        assertTrue(p.system().contains("post text only"));
        assertEquals("generate:quote", p.purpose());
    }

    @Test
    void userInformationShowsOnlyTheVisibleGroups() {
        ChatPrompt rates = prompts.render(full.restrict(EnumSet.of(FeatureGroup.RATES), 0), Action.REWRITE);
        assertTrue(rates.user().contains("REWRITE"));
        assertTrue(rates.user().contains("- Past engagements: 6 retweets, 3 quotes, 1 rewrites (60% / 30% / 10%)"),
                rates.user());
        assertFalse(rates.user().contains("Followers"));
        assertFalse(rates.user().contains("Dana Vax"));
        ChatPrompt all = prompts.render(full.restrict(EnumSet.allOf(FeatureGroup.class), 0), Action.QUOTE);
        assertTrue(all.user().contains("- Name: Dana Vax (@vaxfan)"));
        assertTrue(all.user().contains("- Bio: Nurse. Science first."));
        assertTrue(all.user().contains("- Followers: 1200; following: 300; posts: 4500"));
    }

    @Test
    void fewShotListsThePastEngagementsInOrder() {
        ChatPrompt p = prompts.render(full.restrict(Set.of(), 2), Action.QUOTE);
        String u = p.user();
        assertTrue(u.contains("1. They quoted: \"Clinics extend hours\"\n"
                + "   They wrote: \"Finally!! Go get it \uD83D\uDC89\""), u);
        assertTrue(u.contains("2. They retweeted: \"Trial results are in\""), u);
        ChatPrompt one = prompts.render(full.restrict(Set.of(), 1), Action.QUOTE);
        assertFalse(one.user().contains("Trial results are in"));
    }

    @Test
    void aRetweetHasNoPrompt() {
        assertThrows(IllegalArgumentException.class, () -> prompts.render(full, Action.RETWEET));
    }

    @Test
    void editedTemplatesAreReadFromAFolderAndCheckedForPlaceholders(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("system.txt"), "Be the user.");
        Files.writeString(dir.resolve("quote.txt"), "Q {{post}} by {{author}}{{user}}{{history}}");
        Files.writeString(dir.resolve("rewrite.txt"), "R {{post}} by {{author}}{{user}}");
        GenerationPrompts edited = GenerationPrompts.load(dir);
        assertEquals("Q Boosters open to all adults from Monday. by author9",
                edited.render(full.restrict(Set.of(), 0), Action.QUOTE).user());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> edited.render(full, Action.REWRITE));
        assertTrue(e.getMessage().contains("rewrite.txt") && e.getMessage().contains("{{history}}"), e.getMessage());
    }
}
