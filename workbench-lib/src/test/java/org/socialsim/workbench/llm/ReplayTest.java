package org.socialsim.workbench.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.llm.loopback.LoopbackChatServer;
import org.socialsim.workbench.llm.loopback.Reply;

/** Replay: a recorded cache re-runs the same prompts with no model and no key, and a miss fails clearly. */
class ReplayTest {
    @TempDir
    Path cache;

    private static List<ChatPrompt> prompts() {
        return List.of(new ChatPrompt("s", "a", "action"), new ChatPrompt("s", "b", "action"),
                new ChatPrompt("s", "c", "judge"));
    }

    private ModelSpec record() {
        try (LoopbackChatServer server = LoopbackChatServer.start(r -> Reply.answer("answer to " + r.user()))) {
            try (LlmClient live = Loopback.openAi(server, cache).build()) {
                live.completeAll(prompts());
                return live.spec();
            }
        }
    }

    @Test
    void replayServesRecordedAnswersWithoutModelOrKey() {
        ModelSpec spec = record();
        try (LlmClient replay = Llm.builder(spec).environment(Map.of()).replayFrom(cache).progress(false).build()) {
            List<Completion> out = replay.completeAll(prompts());
            assertEquals("answer to b", out.get(1).text());
            assertTrue(out.stream().allMatch(Completion::fromCache));
            assertEquals(3, replay.usage().cacheHits());
            assertEquals(0, replay.usage().calls());
        }
    }

    @Test
    void replayMissNamesPromptHashAndPurpose() {
        ModelSpec spec = record();
        try (LlmClient replay = Llm.builder(spec).environment(Map.of()).replayFrom(cache).progress(false).build()) {
            ChatPrompt missing = new ChatPrompt("s", "never asked", "judge:stance");
            ReplayMissException e = assertThrows(ReplayMissException.class, () -> replay.complete(missing));
            String hash = ResponseCache.keyOf(spec, "", missing);
            assertEquals(hash, e.promptHash());
            assertTrue(e.getMessage().contains(hash) && e.getMessage().contains("judge:stance"), e.getMessage());
            assertTrue(e.getMessage().contains(cache.toAbsolutePath().toString()), e.getMessage());
        }
    }

    @Test
    void replayWithOtherParametersMisses() {
        ModelSpec spec = record();
        try (LlmClient replay = Llm.builder(spec.withTemperature(0.7)).replayFrom(cache).progress(false).build()) {
            assertThrows(ReplayMissException.class, () -> replay.complete(prompts().get(0)));
        }
    }

    @Test
    void environmentReplayFindsTheRecordedModelByItself() {
        record();
        LlmClient c = Llm.fromEnvironment(Map.of(Llm.REPLAY_ENV, cache.toString())).orElseThrow();
        try (c) {
            assertEquals("gpt-4o-mini", c.spec().model());
            assertEquals("answer to c", c.complete(prompts().get(2)).text());
        }
    }

    @Test
    void replayNeverWritesToTheCache() throws Exception {
        ModelSpec spec = record();
        long before;
        try (var files = java.nio.file.Files.list(cache)) {
            before = files.count();
        }
        try (LlmClient replay = Llm.builder(spec).replayFrom(cache).progress(false).build()) {
            replay.completeAll(prompts());
            assertThrows(ReplayMissException.class, () -> replay.complete(new ChatPrompt("s", "z", "")));
        }
        try (var files = java.nio.file.Files.list(cache)) {
            assertEquals(before, files.count());
        }
    }

    @Test
    void replayOfAMissingFolderFailsClearly() {
        LlmException e = assertThrows(LlmException.class,
                () -> Llm.builder("openai:gpt-4o-mini").replayFrom(cache.resolve("nope")).build());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
