package org.socialsim.workbench.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.features.EngagementCase;

/** What every {@link ResponseGenerator} promises. */
class ResponseGeneratorContractTest {
    static Stream<ResponseGenerator> generators() {
        return Stream.of(SourceEchoGenerator.create(),
                NearestPastPostGenerator.create(new Fixtures.TableEncoder(Map.of())),
                LlmResponseGenerator.create(new ScriptedLlmClient(p -> "a reply of " + p.user().length() + " chars")));
    }

    private static List<EngagementCase> cases() {
        List<EngagementCase> out = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            out.add(Fixtures.caseOf("k" + i, "source post number " + i, List.of(
                    Fixtures.shot(Action.QUOTE, "older " + i, "my old comment " + i))));
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("generators")
    void hasAName(ResponseGenerator g) {
        assertFalse(g.name().isBlank());
        if (!(g instanceof LlmResponseGenerator)) {
            assertTrue(g.name().contains("not an LLM"), "an offline stand-in says what it is: " + g.name());
        }
    }

    @ParameterizedTest
    @MethodSource("generators")
    void aRetweetRepeatsThePost(ResponseGenerator g) {
        EngagementCase c = cases().get(0);
        assertEquals(c.post().text(), g.generate(c, Action.RETWEET));
    }

    @ParameterizedTest
    @MethodSource("generators")
    void batchMatchesOneByOneInOrderAndCountsMissingActions(ResponseGenerator g) {
        List<EngagementCase> cases = cases();
        List<Action> actions = new ArrayList<>(Arrays.asList(Action.values()));
        actions.addAll(List.of(Action.QUOTE, Action.REWRITE, Action.RETWEET, Action.QUOTE, Action.QUOTE));
        actions.add(null);
        List<GeneratedResponse> out = g.generateAll(cases, actions);
        assertEquals(cases.size(), out.size());
        for (int i = 0; i < cases.size(); i++) {
            assertEquals(cases.get(i).caseId(), out.get(i).caseId());
            assertEquals(actions.get(i), out.get(i).action());
            if (actions.get(i) == null) {
                assertFalse(out.get(i).ok());
                assertFalse(out.get(i).note().isEmpty());
            } else {
                assertNotNull(out.get(i).text());
                assertEquals(g.generate(cases.get(i), actions.get(i)), out.get(i).text());
            }
        }
    }
}
