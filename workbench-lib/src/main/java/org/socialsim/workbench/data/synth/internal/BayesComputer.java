package org.socialsim.workbench.data.synth.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.synth.BayesReference;
import org.socialsim.workbench.data.synth.SynthOptions;
import org.socialsim.workbench.data.synth.internal.Latents.Format;
import org.socialsim.workbench.data.synth.internal.Latents.PostLatent;
import org.socialsim.workbench.data.synth.internal.Latents.Stance;
import org.socialsim.workbench.data.synth.internal.Latents.UserLatent;

/**
 * Importance-sampling posteriors over each user's hidden variables (propensity, stance, and follower count when
 * counts are hidden), updated along their history in time order, and the balanced Bayes decision for every entry
 * under each information condition. A post enters the model only through its (format, stance) class, so action
 * probabilities are tabulated per sample and class.
 */
public final class BayesComputer {
    private static final double[] STANCE_PRIOR = {0.45, 0.30, 0.25};
    private static final int CLASSES = Format.values().length * Stance.values().length;

    private final ActionModel model;
    private final Generator.Result truth;
    private final int samples;
    private final double[][] z;
    private final Stance[] stance;
    private final double[] fz;
    private final double[] classShare = new double[CLASSES];
    private final double[][] classContent = new double[CLASSES][];

    public BayesComputer(SynthOptions options, Generator.Result truth, int samples) {
        this.model = new ActionModel(options);
        this.truth = truth;
        this.samples = samples;
        Random r = new Random(options.seed() * 31 + 7);
        z = new double[samples][];
        stance = new Stance[samples];
        fz = new double[samples];
        for (int s = 0; s < samples; s++) {
            z[s] = new double[] {r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
            stance[s] = Stance.values()[Generator.draw(STANCE_PRIOR, r)];
            fz[s] = r.nextGaussian();
        }
        for (Format f : Format.values()) {
            for (Stance st : Stance.values()) {
                classContent[f.ordinal() * 3 + st.ordinal()] = model.contentLogits(f, st);
            }
        }
        // the classes of the posts users actually engaged with: the distribution past actions are marginalised over
        for (Engagement e : truth.dataset().engagementList()) {
            classShare[classOf(truth.posts().get(e.sourcePostId()))] += 1.0 / truth.dataset().size();
        }
    }

    private static int classOf(PostLatent p) {
        return p.format().ordinal() * 3 + p.stance().ordinal();
    }

    /** Scores the entries, drawn balanced from the engagements at or after {@code poolFrom}. */
    public BayesReference compute(EngagementDataset entries, Instant poolFrom) {
        Set<String> entryIds = new HashSet<>();
        Set<String> entryUsers = new HashSet<>();
        for (Engagement e : entries.engagementList()) {
            entryIds.add(e.id());
            entryUsers.add(e.userId());
        }
        Map<Action, Integer> pool = new HashMap<>();
        Map<String, List<Engagement>> byUser = new HashMap<>();
        for (Engagement e : truth.dataset().engagementList()) {
            if (!e.time().isBefore(poolFrom)) {
                pool.merge(e.action(), 1, Integer::sum);
            }
            if (entryUsers.contains(e.userId())) {
                byUser.computeIfAbsent(e.userId(), k -> new ArrayList<>()).add(e);
            }
        }
        double[] weight = new double[3];
        for (Action a : Action.values()) {
            weight[a.ordinal()] = 1.0 / pool.getOrDefault(a, 1);
        }
        double[][] hidden = table(null); // follower count unknown: each sample's own
        double[] logHiddenMarginal = logOf(new double[][] {marginal(hidden)})[0];
        int[] correct = new int[6]; // oracle, all, full history, without rates, without counts, post only
        for (Map.Entry<String, List<Engagement>> g : byUser.entrySet()) {
            UserLatent u = truth.users().get(g.getKey());
            double[][] seen = table(u);
            double[][] logSeen = logOf(seen);
            double[] logSeenMarginal = logOf(new double[][] {marginal(seen)})[0];
            double[][] logW = new double[3][samples]; // full history, rates, rates without counts
            List<Engagement> es = g.getValue();
            es.sort(Comparator.comparing(Engagement::time).thenComparing(Engagement::id));
            int i = 0;
            while (i < es.size()) {
                int j = i;
                while (j < es.size() && es.get(j).time().equals(es.get(i).time())) {
                    j++;
                }
                for (int k = i; k < j; k++) {
                    if (entryIds.contains(es.get(k).id())) {
                        score(es.get(k), seen, hidden, logW, weight, correct);
                    }
                }
                for (int k = i; k < j; k++) {
                    Engagement e = es.get(k);
                    int c = classOf(truth.posts().get(e.sourcePostId()));
                    int a = e.action().ordinal();
                    for (int s = 0; s < samples; s++) {
                        logW[0][s] += logSeen[s][3 * c + a];
                        logW[1][s] += logSeenMarginal[3 * s + a];
                        logW[2][s] += logHiddenMarginal[3 * s + a];
                    }
                }
                i = j;
            }
        }
        double n = entries.size();
        return new BayesReference(entries.size(), samples, correct[0] / n, correct[1] / n, correct[2] / n,
                correct[3] / n, correct[4] / n, correct[5] / n);
    }

    private void score(Engagement e, double[][] seen, double[][] hidden, double[][] logW, double[] weight,
                       int[] correct) {
        int c = classOf(truth.posts().get(e.sourcePostId()));
        double[] history = normalised(logW[0]);
        double[] rates = normalised(logW[1]);
        double[] ratesNoCounts = normalised(logW[2]);
        double[][] predictive = new double[5][3]; // all, full history, without rates, without counts, post only
        for (int s = 0; s < samples; s++) {
            for (int a = 0; a < 3; a++) {
                double p = seen[s][3 * c + a];
                double q = hidden[s][3 * c + a];
                predictive[0][a] += rates[s] * p;
                predictive[1][a] += history[s] * p;
                predictive[2][a] += p;
                predictive[3][a] += ratesNoCounts[s] * q;
                predictive[4][a] += q;
            }
        }
        int truthIndex = e.action().ordinal();
        correct[0] += decide(truth.probabilities().get(e.id()), weight) == truthIndex ? 1 : 0;
        for (int k = 0; k < 5; k++) {
            correct[k + 1] += decide(predictive[k], weight) == truthIndex ? 1 : 0;
        }
    }

    /** Per sample and post class, the action probabilities (with the user's follower count, or the sample's). */
    private double[][] table(UserLatent u) {
        double[][] t = new double[samples][3 * CLASSES];
        double[] prob = new double[3];
        for (int s = 0; s < samples; s++) {
            for (int c = 0; c < CLASSES; c++) {
                model.probabilities(z[s], stance[s], u == null ? fz[s] : u.followersZ(), classContent[c],
                        Format.values()[c / 3], Stance.values()[c % 3], prob);
                System.arraycopy(prob, 0, t[s], 3 * c, 3);
            }
        }
        return t;
    }

    /** Per sample, the action probabilities averaged over the engaged posts' classes. */
    private double[] marginal(double[][] table) {
        double[] m = new double[3 * samples];
        for (int s = 0; s < samples; s++) {
            for (int c = 0; c < CLASSES; c++) {
                for (int a = 0; a < 3; a++) {
                    m[3 * s + a] += classShare[c] * table[s][3 * c + a];
                }
            }
        }
        return m;
    }

    private static double[][] logOf(double[][] t) {
        double[][] out = new double[t.length][];
        for (int i = 0; i < t.length; i++) {
            out[i] = new double[t[i].length];
            for (int j = 0; j < t[i].length; j++) {
                out[i][j] = Math.log(t[i][j]);
            }
        }
        return out;
    }

    private static double[] normalised(double[] logWeights) {
        double max = Double.NEGATIVE_INFINITY;
        for (double w : logWeights) {
            max = Math.max(max, w);
        }
        double[] out = new double[logWeights.length];
        double sum = 0;
        for (int s = 0; s < out.length; s++) {
            out[s] = Math.exp(logWeights[s] - max);
            sum += out[s];
        }
        for (int s = 0; s < out.length; s++) {
            out[s] /= sum;
        }
        return out;
    }

    private static int decide(double[] p, double[] weight) {
        int best = 0;
        for (int a = 1; a < 3; a++) {
            if (p[a] * weight[a] > p[best] * weight[best]) {
                best = a;
            }
        }
        return best;
    }
}
