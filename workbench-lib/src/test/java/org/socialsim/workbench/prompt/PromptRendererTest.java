package org.socialsim.workbench.prompt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.socialsim.workbench.experiment.TestCases;
import org.socialsim.workbench.features.ActionRates;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.ShotSelection;
import org.socialsim.workbench.llm.ChatPrompt;

class PromptRendererTest {
    private final PromptRenderer r = PromptRenderer.standard();
    private final EngagementCase c = TestCases.engagementCase("7", new ActionRates(1, 2, 1),
            List.of(TestCases.shot(0, Action.QUOTE), TestCases.shot(1, Action.RETWEET), TestCases.shot(2, Action.REWRITE)));

    @Test
    void zeroShotShowsThePostAndTheJsonAnswerFormatOnly() {
        ChatPrompt p = r.render(PromptConfig.zeroShot(), c);
        assertTrue(p.user().contains("Vaccines are rolling out this week 7"), p.user());
        assertTrue(p.user().contains("{\"action\": \"quote\"}"), p.user());
        assertFalse(p.user().contains("h_u7"), "no profile in zero-shot");
        assertFalse(p.user().contains("1200"), "no counts in zero-shot");
        assertFalse(p.user().contains("Example"), "no shots in zero-shot");
        assertTrue(p.system().contains("retweet") && p.system().contains("rewrite"));
        assertEquals("action", p.purpose());
    }

    @Test
    void userInfoShowsOnlyTheGroupsSwitchedOn() {
        String rates = r.render(PromptConfig.userInfo(Set.of(FeatureGroup.RATES)), c).user();
        assertTrue(rates.contains("of the user's 4 earlier engagements, 25% were retweets, 50% quotes and 25% rewrites"),
                rates);
        assertFalse(rates.contains("@h_u7"));
        assertFalse(rates.contains("followers"));

        String profileCounts = r.render(PromptConfig.userInfo(EnumSet.of(FeatureGroup.PROFILE, FeatureGroup.COUNTS)), c)
                .user();
        assertTrue(profileCounts.contains("- handle: @h_u7"), profileCounts);
        assertTrue(profileCounts.contains("profile description: bio of u7: nurse, mother of two"), profileCounts);
        assertTrue(profileCounts.contains("- followers: 1200; following: 300; posts: 4500"), profileCounts);
        assertFalse(profileCounts.contains("earlier engagements"), profileCounts);
        assertFalse(profileCounts.contains("\n\n\n"), "hidden sections leave no blank lines:\n" + profileCounts);

        String none = r.render(PromptConfig.userInfo(Set.of()), c).user();
        assertTrue(none.contains("(no user information is given)"), none);
    }

    @Test
    void ratesWithoutHistorySayItPlainly() {
        EngagementCase cold = TestCases.engagementCase("8", ActionRates.NONE, List.of());
        String u = r.render(PromptConfig.userInfo(Set.of(FeatureGroup.RATES)), cold).user();
        assertTrue(u.contains("no earlier engagements on record"), u);
    }

    @Test
    void fewShotShowsTheFirstKShotsInOrderWithTheirActions() {
        String u = r.render(PromptConfig.fewShot(2, Set.of(FeatureGroup.RATES), ShotSelection.RECENT), c).user();
        assertTrue(u.contains("Here are 2 earlier engagements"), u);
        int first = u.indexOf("Example 1:\nPost: \"Earlier post number 0 about masks\"\n{\"action\": \"quote\"}\n"
                + "The user wrote: \"earlier reply 0\"");
        int second = u.indexOf("Example 2:\nPost: \"Earlier post number 1 about masks\"\n{\"action\": \"retweet\"}\n");
        assertTrue(first >= 0 && second > first, u);
        assertFalse(u.contains("Example 3"), u);
        assertFalse(u.contains("earlier reply 1"), "a retweet has no response line");
        assertTrue(u.contains("25% were retweets"), u);
        assertTrue(u.indexOf("Now the new post.") > second, u);
    }

    @Test
    void restrictionHidesWhatTheCaseDoesNotExpose() {
        EngagementCase onlyCounts = c.restrict(Set.of(FeatureGroup.COUNTS), 0);
        String u = r.render(PromptConfig.userInfo(EnumSet.allOf(FeatureGroup.class)), onlyCounts).user();
        assertTrue(u.contains("followers: 1200"), u);
        assertFalse(u.contains("@h_u7"), u);
        assertFalse(u.contains("% were retweets"), u);
    }

    @Test
    void hashesDifferPerStyleAndChangeWithTheTemplate(@TempDir Path dir) throws IOException {
        assertEquals(64, r.templateHash(PromptStyle.ZERO_SHOT).length());
        assertNotEquals(r.templateHash(PromptStyle.ZERO_SHOT), r.templateHash(PromptStyle.FEW_SHOT));
        copyStandardTemplates(dir);
        PromptRenderer same = PromptRenderer.fromDirectory(dir);
        assertEquals(r.templateHashes(), same.templateHashes());
        Files.writeString(dir.resolve("zero-shot.mustache"), "Post: {{post.text}}\nAnswer in JSON.");
        PromptRenderer edited = PromptRenderer.fromDirectory(dir);
        assertNotEquals(r.templateHash(PromptStyle.ZERO_SHOT), edited.templateHash(PromptStyle.ZERO_SHOT));
        assertEquals(r.templateHash(PromptStyle.FEW_SHOT), edited.templateHash(PromptStyle.FEW_SHOT));
        assertEquals("Post: Vaccines are rolling out this week 7\nAnswer in JSON.",
                edited.render(PromptConfig.zeroShot(), c).user());
    }

    @Test
    void aTemplateThatUsesAHiddenValueFailsWithItsNameAndTheCase(@TempDir Path dir) throws IOException {
        copyStandardTemplates(dir);
        Files.writeString(dir.resolve("zero-shot.mustache"), "{{post.text}} by {{user.bio}}");
        PromptRenderer edited = PromptRenderer.fromDirectory(dir);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> edited.render(PromptConfig.zeroShot(), c));
        assertTrue(e.getMessage().contains("zero-shot.mustache") && e.getMessage().contains("case 7"), e.getMessage());
    }

    @Test
    void transcriptShowsBothMessages() {
        String t = PromptRenderer.transcript(r.render(PromptConfig.zeroShot(), c));
        assertTrue(t.startsWith("[system]\nYou simulate"), t);
        assertTrue(t.contains("\n\n[user]\nThe post:"), t);
    }

    static void copyStandardTemplates(Path dir) throws IOException {
        for (String f : List.of("system", "zero-shot", "user-info", "few-shot", "_post", "_user", "_answer")) {
            try (var in = PromptRenderer.class.getClassLoader()
                    .getResourceAsStream(PromptRenderer.RESOURCE_DIR + f + ".mustache")) {
                Files.write(dir.resolve(f + ".mustache"), in.readAllBytes());
            }
        }
    }
}
