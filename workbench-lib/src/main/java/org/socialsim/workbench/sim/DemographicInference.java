package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.socialsim.workbench.llm.LlmClient;
import org.socialsim.workbench.sim.internal.JsonAnswer;
import org.socialsim.workbench.sim.internal.LlmBatch;
import org.socialsim.workbench.sim.internal.PromptTemplate;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * S3's demographic-inference step: an LLM reads each user's description and posts (prompts/sim/demographics*.txt)
 * and estimates age, gender and one of the ten occupation categories. One batch, identical profiles asked once.
 * Users without any text are not asked; answers that cannot be read are counted and listed, never guessed.
 */
public final class DemographicInference {
    private static final PromptTemplate SYSTEM = PromptTemplate.load("sim/demographics-system.txt");
    private static final PromptTemplate USER = PromptTemplate.load("sim/demographics.txt");

    /**
     * Inferred demographics, one entry per user (null where there was no text or no readable answer).
     *
     * @param demographics the estimates
     * @param calls        calls sent to the model
     * @param noText       users with no text to infer from
     * @param unparsed     users whose answer could not be read
     * @param problems     the unreadable answers (user index and the answer's start)
     */
    public record Result(List<Demographics> demographics, long calls, int noText, int unparsed,
                         List<String> problems) {
        public Result {
            demographics = java.util.Collections.unmodifiableList(new ArrayList<>(demographics));
            problems = List.copyOf(problems);
        }

        /** One row per user: age, gender, occupation ("" when unknown). */
        public Table table() {
            int n = demographics.size();
            IntColumn age = IntColumn.create("age", n);
            StringColumn gender = StringColumn.create("gender", n);
            StringColumn job = StringColumn.create("occupation", n);
            for (int i = 0; i < n; i++) {
                Demographics d = demographics.get(i);
                if (d == null) {
                    age.setMissing(i);
                    gender.set(i, "");
                    job.set(i, "");
                } else {
                    age.set(i, d.age());
                    gender.set(i, d.gender().label());
                    job.set(i, d.occupation().label());
                }
            }
            return Table.create("inferred demographics", IntColumn.indexColumn("user", n, 0), age, gender, job);
        }
    }

    private final LlmClient client;

    private DemographicInference(LlmClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public static DemographicInference with(LlmClient client) {
        return new DemographicInference(client);
    }

    /** Infers demographics from each user's profile text (description and posts). */
    public Result infer(List<String> profiles) {
        LlmBatch batch = new LlmBatch(client, "sim:demographics");
        List<String> answers = batch.answerProfiles(SYSTEM.render(Map.of()), profiles,
                t -> USER.render(Map.of("profile", t, "occupations", Occupation.numberedList())));
        List<Demographics> out = new ArrayList<>(java.util.Collections.nCopies(profiles.size(), null));
        List<String> problems = new ArrayList<>();
        int noText = 0;
        for (int i = 0; i < profiles.size(); i++) {
            String answer = answers.get(i);
            if (answer == null) {
                noText++;
                continue;
            }
            Demographics d = parseOrNull(answer);
            if (d == null) {
                problems.add("user " + i + ": " + answer.replaceAll("\\s+", " ").strip());
            }
            out.set(i, d);
        }
        return new Result(out, batch.calls(), noText, problems.size(), problems);
    }

    /** Reads {"age": .., "gender": .., "occupation": ..}; null when any field is missing or out of range. */
    static Demographics parseOrNull(String answer) {
        var json = JsonAnswer.object(answer);
        String age = JsonAnswer.text(json, "age");
        Gender g = Gender.parseOrNull(JsonAnswer.text(json, "gender"));
        Occupation o = Occupation.parseOrNull(JsonAnswer.text(json, "occupation"));
        if (age == null || g == null || o == null) {
            return null;
        }
        try {
            int a = (int) Math.round(Double.parseDouble(age.strip()));
            return a >= 10 && a <= 100 ? new Demographics(a, g, o) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
