package org.socialsim.workbench.sim;

import java.util.Objects;

/**
 * An agent's demographics as S3 uses them: age, gender and one of ten occupation categories. Either given with the
 * data, inferred from the profile by an LLM ({@link DemographicInference}), or drawn by a seeded sampler
 * ({@link DemographicSampler}) when neither is available.
 *
 * @param age        age in years, 10 to 100
 * @param gender     gender
 * @param occupation occupation category
 */
public record Demographics(int age, Gender gender, Occupation occupation) {
    public Demographics {
        if (age < 10 || age > 100) {
            throw new IllegalArgumentException("age must be in [10, 100], was " + age);
        }
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(occupation, "occupation");
    }

    /** "34-year-old female, Engineer": the phrase used in prompts and relevance texts. */
    public String phrase() {
        return age + "-year-old " + gender.label() + ", " + occupation.label();
    }
}
