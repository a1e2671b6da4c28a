package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded demographic sampler, the offline stand-in for S3's LLM inference: it does NOT read profiles; it draws age
 * from four brackets weighted towards young adults (18-24: 30%, 25-34: 30%, 35-49: 25%, 50-70: 15%), gender evenly,
 * occupation evenly from the ten categories. Identical for a seed.
 */
public final class DemographicSampler {
    private static final int[][] BRACKETS = {{18, 24}, {25, 34}, {35, 49}, {50, 70}};
    private static final double[] WEIGHTS = {0.30, 0.30, 0.25, 0.15};

    private final long seed;

    private DemographicSampler(long seed) {
        this.seed = seed;
    }

    public static DemographicSampler seeded(long seed) {
        return new DemographicSampler(seed);
    }

    /** What this is, for notebooks and reports. */
    public String name() {
        return "seeded demographic sampler (not inferred), seed " + seed;
    }

    /** Demographics for n agents. */
    public List<Demographics> sample(int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Demographics> out = new ArrayList<>(n);
        Occupation[] jobs = Occupation.values();
        for (int i = 0; i < n; i++) {
            double r = rnd.nextDouble();
            int b = 0;
            while (b < WEIGHTS.length - 1 && r >= WEIGHTS[b]) {
                r -= WEIGHTS[b];
                b++;
            }
            int age = rnd.nextInt(BRACKETS[b][0], BRACKETS[b][1] + 1);
            Gender g = rnd.nextBoolean() ? Gender.FEMALE : Gender.MALE;
            out.add(new Demographics(age, g, jobs[rnd.nextInt(jobs.length)]));
        }
        return out;
    }
}
