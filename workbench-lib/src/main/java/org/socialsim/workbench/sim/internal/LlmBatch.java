package org.socialsim.workbench.sim.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.Completion;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.llm.LlmException;

/**
 * Sends many prompts as one batch: identical prompts are sent once, answers already known (from earlier batches of
 * the same owner) are reused, and at most {@code budget} new calls go out; the rest get no answer (null).
 */
public final class LlmBatch {
    private final LlmClient client;
    private final String purpose;
    private final Map<String, String> known = new LinkedHashMap<>();
    private long calls;
    private long reused;
    private long duplicates;

    public LlmBatch(LlmClient client, String purpose) {
        this.client = client;
        this.purpose = purpose;
    }

    /**
     * Answers one prompt per profile that has text (rendered by {@code render} from the stripped text); profiles
     * without text get null, and so do prompts the budget left out.
     */
    public List<String> answerProfiles(String system, List<String> profiles, Function<String, String> render) {
        List<String> prompts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            String t = profiles.get(i);
            if (t != null && !t.isBlank()) {
                rows.add(i);
                prompts.add(render.apply(t.strip()));
            }
        }
        List<String> answers = answer(system, prompts, Long.MAX_VALUE);
        List<String> out = new ArrayList<>(java.util.Collections.nCopies(profiles.size(), null));
        for (int k = 0; k < rows.size(); k++) {
            out.set(rows.get(k), answers.get(k));
        }
        return out;
    }

    /** Calls sent to the client so far. */
    public long calls() {
        return calls;
    }

    /** Prompts answered from earlier batches. */
    public long reused() {
        return reused;
    }

    /** Prompts that repeated another one in the same batch. */
    public long duplicates() {
        return duplicates;
    }

    /**
     * The answer text for each user prompt (in order), or null where the budget of new calls ran out.
     *
     * @param budget most new calls to send (Long.MAX_VALUE for no cap)
     */
    public List<String> answer(String system, List<String> users, long budget) {
        Map<String, List<Integer>> distinct = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            distinct.computeIfAbsent(users.get(i), k -> new ArrayList<>()).add(i);
        }
        duplicates += users.size() - distinct.size();
        List<String> toSend = new ArrayList<>();
        for (String u : distinct.keySet()) {
            if (known.containsKey(u)) {
                reused += distinct.get(u).size();
            } else if (toSend.size() < budget) {
                toSend.add(u);
            }
        }
        if (!toSend.isEmpty()) {
            List<ChatPrompt> prompts = new ArrayList<>(toSend.size());
            for (String u : toSend) {
                prompts.add(new ChatPrompt(system, u, purpose));
            }
            List<Completion> done;
            try {
                done = client.completeAll(prompts);
            } catch (LlmException e) {
                throw new LlmException(purpose + ": a batch of " + prompts.size() + " prompts to "
                        + client.spec().label() + " failed: " + e.getMessage(), e);
            }
            if (done.size() != prompts.size()) {
                throw new LlmException(purpose + ": the client answered " + done.size() + " of " + prompts.size()
                        + " prompts");
            }
            calls += toSend.size();
            for (int i = 0; i < toSend.size(); i++) {
                known.put(toSend.get(i), done.get(i).text());
            }
        }
        List<String> out = new ArrayList<>(users.size());
        for (String u : users) {
            out.add(known.get(u));
        }
        return out;
    }
}
