package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.llm.LabelAnswer.Method;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

class LabelParserTest {
    enum Act { RETWEET, QUOTE, REWRITE }

    final LabelParser<Act> parser = LabelParser.of(List.of(Act.values()), a -> a.name().toLowerCase())
            .alias("quote tweet", Act.QUOTE);

    private void parses(String answer, Act expected, Method how) {
        LabelAnswer<Act> a = parser.parse(answer);
        assertEquals(expected, a.value(), answer + " -> " + a.reason());
        assertEquals(how, a.method(), answer + " -> " + a.reason());
    }

    private void unparsed(String answer, String why) {
        LabelAnswer<Act> a = parser.parse(answer);
        assertFalse(a.parsed(), answer + " was read as " + a.value() + " (" + a.reason() + ")");
        assertNull(a.value());
        assertTrue(a.reason().contains(why), "reason '" + a.reason() + "' should say " + why);
    }

    @Test
    void json() {
        parses("{\"action\": \"quote\"}", Act.QUOTE, Method.JSON);
        parses("{\"Action\": \"Retweet\", \"reason\": \"the user shares news\"}", Act.RETWEET, Method.JSON);
        parses("```json\n{\"action\": \"rewrite\"}\n```\nI chose rewrite because...", Act.REWRITE, Method.JSON);
        parses("Sure! Here is my answer: {'action': 'quote',} Hope this helps, not a retweet.", Act.QUOTE, Method.JSON);
        parses("{\"prediction\": \"RETWEET.\"}", Act.RETWEET, Method.JSON);
        parses("{\"my_pick\": \"quote\", \"confidence\": 0.8}", Act.QUOTE, Method.JSON);
        parses("<think>maybe retweet? {\"action\": \"retweet\"}</think>{\"action\": \"rewrite\"}", Act.REWRITE,
                Method.JSON);
    }

    @Test
    void jsonWithAValueOutsideTheSetIsUnparsed() {
        unparsed("{\"action\": \"like\"}", "JSON field 'action' is 'like'");
    }

    @Test
    void freeText() {
        parses("quote", Act.QUOTE, Method.ONLY_MENTION);
        parses("**Retweet**", Act.RETWEET, Method.ONLY_MENTION);
        parses("The user would most likely quote this post.", Act.QUOTE, Method.ONLY_MENTION);
        parses("I think they'd rewrite it in their own words", Act.REWRITE, Method.ONLY_MENTION);
        parses("A quote tweet seems right.", Act.QUOTE, Method.ONLY_MENTION);
        parses("Answer: retweet", Act.RETWEET, Method.MARKER);
    }

    @Test
    void negationsDoNotCount() {
        parses("Not a retweet; the user would quote it.", Act.QUOTE, Method.ONLY_MENTION);
        parses("They wouldn't retweet, they would rewrite.", Act.REWRITE, Method.ONLY_MENTION);
        parses("I'd quote rather than retweet.", Act.QUOTE, Method.ONLY_MENTION);
        parses("Neither retweet nor quote, so rewrite.", Act.REWRITE, Method.ONLY_MENTION);
        unparsed("Definitely not a retweet.", "negated (retweet)");
    }

    @Test
    void markersAndLeadingSentencesSettleSeveralMentions() {
        parses("Retweet or quote? Hard to say. Final answer: quote", Act.QUOTE, Method.MARKER);
        parses("The answer is rewrite, although quote and retweet are possible.", Act.REWRITE, Method.MARKER);
        parses("Quote.\nThe user retweets news but quotes opinions.", Act.QUOTE, Method.LEADING);
    }

    @Test
    void ambiguousOrEmptyIsUnparsed() {
        unparsed("retweet or quote", "ambiguous: mentions retweet, quote");
        unparsed("The user might retweet, or might quote.", "ambiguous");
        unparsed("", "empty answer");
        unparsed("<think>retweet</think>", "empty answer");
        unparsed("I like this post", "no label mentioned");
        unparsed("{\"action\": \"quo", "no label mentioned");
    }

    @Test
    void inflectionsCount() {
        parses("They retweeted it.", Act.RETWEET, Method.ONLY_MENTION);
        parses("quoting", Act.QUOTE, Method.ONLY_MENTION);
    }

    @Test
    void stringLabels() {
        LabelParser<String> p = LabelParser.of(List.of("support", "oppose", "neutral"));
        assertEquals("oppose", p.parse("{\"stance\": \"oppose\"}").value());
        assertEquals("neutral", p.parse("Neutral.").value());
    }

    @Test
    void oneRepairPromptForAnUnparsedAnswer(@TempDir Path cache) {
        try (LoopbackChatServer s = LoopbackChatServer.start(r -> r.user().contains("could not be read")
                ? Reply.answer("rewrite") : Reply.answer("Hmm, hard to tell."))) {
            try (LlmClient c = Loopback.openAi(s, cache).build()) {
                ChatPrompt p = new ChatPrompt("sys", "What does the user do?", "action");
                LabelAnswer<Act> a = parser.ask(c, p, true);
                assertEquals(Act.REWRITE, a.value());
                assertTrue(a.repaired());
                assertEquals("Hmm, hard to tell.", a.answer());
                assertEquals("rewrite", a.repairAnswer());
                assertTrue(a.reason().startsWith("repaired"), a.reason());
                LoopbackChatServer.Request repair = s.requests().get(1);
                assertTrue(repair.user().contains("Hmm, hard to tell.") && repair.user().contains("retweet, quote, "
                        + "rewrite"), repair.user());
                assertEquals("action:repair", c.usage().lines().get(1).purpose());

                LabelAnswer<Act> noRepair = parser.ask(c, new ChatPrompt("sys", "again?", "action"), false);
                assertFalse(noRepair.parsed());
                assertFalse(noRepair.repaired());

                AskedLabel<Act> again = parser.askWithCalls(c, p, true);
                assertEquals(Act.REWRITE, again.answer().value());
                assertEquals(2, again.completions().size(), "the first answer and the repair's");
                assertTrue(again.completions().stream().allMatch(Completion::fromCache), "both asked before");
                assertEquals(1, parser.askWithCalls(c, new ChatPrompt("sys", "again?", "action"), false)
                        .completions().size());
            }
        }
    }

    @Test
    void repairThatFailsAgainStaysUnparsedAndSaysSo(@TempDir Path cache) {
        try (LoopbackChatServer s = LoopbackChatServer.start(r -> Reply.answer("no idea"))) {
            try (LlmClient c = Loopback.openAi(s, cache).build()) {
                List<LabelAnswer<Act>> out = parser.askAll(c, List.of(new ChatPrompt("s", "a", ""),
                        new ChatPrompt("s", "b", "")), true);
                assertTrue(out.stream().noneMatch(LabelAnswer::parsed));
                assertTrue(out.get(0).reason().startsWith("unparsed after one repair"), out.get(0).reason());
                assertEquals(4, s.requestCount(), "exactly one repair per unparsed answer");
            }
        }
    }
}
