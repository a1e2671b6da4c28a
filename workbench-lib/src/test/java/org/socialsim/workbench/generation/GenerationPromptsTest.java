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
        assertFalse(p.user().contains("earlier engagements"));
        assertFalse(p.user().contains("Dana Vax"));
        assertFalse(p.user().contains("{{"), "every placeholder is filled");
        assertTrue(p.system().contains("post text only"));
        assertEquals("generate:quote", p.purpose());
    }

    @Test
    void userInformationShowsOnlyTheVisibleGroups() {
        ChatPrompt rates = prompts.render(full.restrict(EnumSet.of(FeatureGroup.RATES), 0), Action.REWRITE);
        assertTrue(rates.user().contains("REWRITE"));
        assertTrue(rates.user().contains("- of the user's 10 earlier engagements, "
                + "60% were retweets, 30% quotes and 10% rewrites"), rates.user());
        assertFalse(rates.user().contains("followers"));
        assertFalse(rates.user().contains("Dana Vax"));
        ChatPrompt all = prompts.render(full.restrict(EnumSet.allOf(FeatureGroup.class), 0), Action.QUOTE);
        assertTrue(all.user().contains("- handle: @vaxfan\n- display name: Dana Vax\n"
                + "- profile description: Nurse. Science first."), all.user());
        assertTrue(all.user().contains("- followers: 1200; following: 300; posts: 4500"));
    }

    @Test
    void fewShotListsThePastEngagementsInOrder() {
        ChatPrompt p = prompts.render(full.restrict(Set.of(), 2), Action.QUOTE);
        String u = p.user();
        assertTrue(u.contains("1. Post: \"Clinics extend hours\" (the user chose: quote)\n"
                + "   They wrote: \"Finally!! Go get it \uD83D\uDC89\""), u);
        assertTrue(u.contains("2. Post: \"Trial results are in\" (the user chose: retweet)\n"), u);
        ChatPrompt one = prompts.render(full.restrict(Set.of(), 1), Action.QUOTE);
        assertFalse(one.user().contains("Trial results are in"));
    }

    @Test
    void aRetweetHasNoPrompt() {
        assertThrows(IllegalArgumentException.class, () -> prompts.render(full, Action.RETWEET));
    }

    @Test
    void editedTemplatesAreReadFromAFolderAndCheckedForPlaceholders(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("system.mustache"), "Be the user.");
        Files.writeString(dir.resolve("quote.mustache"), "Q {{post.text}} ({{k}} shots)");
        Files.writeString(dir.resolve("rewrite.mustache"), "R {{post.txt}}");
        GenerationPrompts edited = GenerationPrompts.load(dir);
        ChatPrompt q = edited.render(full.restrict(Set.of(), 1), Action.QUOTE);
        assertEquals("Q Boosters open to all adults from Monday. (1 shots)", q.user());
        assertEquals("Be the user.", q.system());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> edited.render(full, Action.REWRITE));
        assertTrue(e.getMessage().contains("rewrite.mustache") && e.getMessage().contains("case c1"), e.getMessage());
        Files.delete(dir.resolve("quote.mustache"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> GenerationPrompts.load(dir));
        assertTrue(missing.getMessage().contains("quote.mustache"), missing.getMessage());
    }
}
