package org.socialsim.workbench.sim;

import org.socialsim.workbench.sim.internal.Parallel;

/**
 * Population-level measures at the end of one step (S3's curves): how many know the event, who shared, the emotion
 * mix and attitude among those who know, and the shape of the cascade tree.
 *
 * @param step             the step (0 = seeds placed)
 * @param aware            agents who know the event (cumulative)
 * @param newAware         agents who learned of it in this step
 * @param participants     agents who shared at least once (cumulative; the observed "scale" of a cascade)
 * @param newParticipants  agents who shared for the first time in this step
 * @param posts            new posts in this step (injected ones included)
 * @param reposts          reposts in this step
 * @param calm             share of aware agents that are calm (NaN when nobody is aware)
 * @param moderate         share of aware agents with moderate emotion
 * @param intense          share of aware agents with intense emotion
 * @param positiveAware    share of aware agents with a positive attitude (NaN without attitudes or aware agents)
 * @param positiveAll      share of all present agents with a positive attitude (NaN without attitudes)
 * @param depth            depth of the cascade tree (0 = only seeds)
 * @param maxBreadth       largest number of participants at one depth
 */
public record StepStats(int step, long aware, long newAware, long participants, long newParticipants, long posts,
                        long reposts, double calm, double moderate, double intense, double positiveAware,
                        double positiveAll, int depth, long maxBreadth) {

    /** Column names of {@link Trajectory#table()}, in record order. */
    public static final String[] COLUMNS = {"step", "aware", "new_aware", "participants", "new_participants", "posts",
        "reposts", "calm", "moderate", "intense", "positive_aware", "positive_all", "depth", "max_breadth"};

    /** The value of a column by name. */
    public double value(String column) {
        return switch (column) {
            case "step" -> step;
            case "aware" -> aware;
            case "new_aware" -> newAware;
            case "participants" -> participants;
            case "new_participants" -> newParticipants;
            case "posts" -> posts;
            case "reposts" -> reposts;
            case "calm" -> calm;
            case "moderate" -> moderate;
            case "intense" -> intense;
            case "positive_aware" -> positiveAware;
            case "positive_all" -> positiveAll;
            case "depth" -> depth;
            case "max_breadth" -> maxBreadth;
            default -> throw new IllegalArgumentException("no column '" + column + "'; columns are "
                    + String.join(", ", COLUMNS));
        };
    }

    static StepStats measure(World w, long newAware, long newParticipants, long posts, long reposts) {
        long aware = w.awareCount.get();
        double calm = Double.NaN;
        double moderate = Double.NaN;
        double intense = Double.NaN;
        double positiveAware = Double.NaN;
        double positiveAll = Double.NaN;
        if (w.emotionTracked || w.attitudeTracked) {
            int chunks = Math.max(1, Parallel.chunks(w.n, 4096));
            long[][] counts = new long[chunks][];
            byte[] emotion = w.emotion;
            float[] attitude = w.attitude;
            w.parallel.forRange(w.n, 4096, (c, lo, hi) -> {
                long[] k = new long[6]; // moderate, intense, positive aware, positive all, present, aware
                for (int u = lo; u < hi; u++) {
                    if ((w.phase[u] & World.STAGE) == World.OUT) {
                        continue;
                    }
                    k[4]++;
                    boolean positive = attitude[u] > 0;
                    if (positive) {
                        k[3]++;
                    }
                    if (w.awareAt[u] >= 0) {
                        k[5]++;
                        if (emotion[u] == 1) {
                            k[0]++;
                        } else if (emotion[u] == 2) {
                            k[1]++;
                        }
                        if (positive) {
                            k[2]++;
                        }
                    }
                }
                counts[c] = k;
            });
            long[] sum = new long[6];
            for (long[] k : counts) {
                if (k != null) {
                    for (int i = 0; i < 6; i++) {
                        sum[i] += k[i];
                    }
                }
            }
            if (sum[5] > 0) {
                moderate = (double) sum[0] / sum[5];
                intense = (double) sum[1] / sum[5];
                calm = 1 - moderate - intense;
                if (w.attitudeTracked) {
                    positiveAware = (double) sum[2] / sum[5];
                }
            }
            if (w.attitudeTracked && sum[4] > 0) {
                positiveAll = (double) sum[3] / sum[4];
            }
        } else if (aware > 0) {
            calm = 1;
            moderate = 0;
            intense = 0;
        }
        int depth = -1;
        long breadth = 0;
        for (int d = 0; d < w.depthCounts.length; d++) {
            if (w.depthCounts[d] > 0) {
                depth = d;
                breadth = Math.max(breadth, w.depthCounts[d]);
            }
        }
        return new StepStats(w.step, aware, newAware, w.participants, newParticipants, posts, reposts, calm, moderate,
                intense, positiveAware, positiveAll, Math.max(depth, 0), breadth);
    }
}
