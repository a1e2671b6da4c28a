package org.socialsim.workbench.data.synth.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.internal.Sorted;
import org.socialsim.workbench.data.synth.SynthOptions;
import org.socialsim.workbench.data.synth.internal.Latents.Emotion;
import org.socialsim.workbench.data.synth.internal.Latents.Format;
import org.socialsim.workbench.data.synth.internal.Latents.PostLatent;
import org.socialsim.workbench.data.synth.internal.Latents.Stance;
import org.socialsim.workbench.data.synth.internal.Latents.Style;
import org.socialsim.workbench.data.synth.internal.Latents.UserLatent;

/** Draws the corpus: source accounts and posts, users with latents, their engagements over time, and texts. */
public final class Generator {
    /** What kind of account posts what: stance weights (pro, anti, neutral), format weights, posting weight. */
    private static final Map<String, double[][]> KINDS = Map.of(
            "news", new double[][] {{0.35, 0.15, 0.5}, {0.75, 0.15, 0.1, 0.0}, {1.5}},
            "agency", new double[][] {{0.7, 0.05, 0.25}, {0.6, 0.2, 0.2, 0.0}, {1.0}},
            "doctor", new double[][] {{0.75, 0.05, 0.2}, {0.15, 0.15, 0.4, 0.3}, {1.0}},
            "skeptic", new double[][] {{0.05, 0.8, 0.15}, {0.15, 0.3, 0.35, 0.2}, {1.2}},
            "parent", new double[][] {{0.3, 0.4, 0.3}, {0.05, 0.4, 0.2, 0.35}, {0.8}},
            "pundit", new double[][] {{0.35, 0.45, 0.2}, {0.2, 0.2, 0.5, 0.1}, {1.0}});
    private static final double[] USER_STANCE = {0.45, 0.30, 0.25};
    private static final double[][] EMOTION_GIVEN_STANCE = {
        {0.45, 0.1, 0.1, 0.35}, {0.1, 0.45, 0.3, 0.15}, {0.2, 0.1, 0.2, 0.5}};
    private static final Duration EXPOSURE = Duration.ofHours(48);

    /** Everything the generator made. */
    public record Result(EngagementDataset dataset, Map<String, UserLatent> users, Map<String, PostLatent> posts,
                         Map<String, double[]> probabilities) {
    }

    private final SynthOptions o;
    private final ActionModel model;
    private final VaccineText text = VaccineText.load();

    public Generator(SynthOptions options) {
        this.o = options;
        this.model = new ActionModel(options);
    }

    private Random stream(int stage) {
        return new Random(o.seed() * 0x9E3779B97F4A7C15L + stage * 0xBF58476D1CE4E5B9L);
    }

    public Result generate() {
        List<User> users = new ArrayList<>();
        List<JsonNode> accounts = text.accounts();
        Random ra = stream(1);
        for (int i = 0; i < accounts.size(); i++) {
            JsonNode a = accounts.get(i);
            users.add(new User(String.format("a%02d", i), a.path("handle").asText(), a.path("name").asText(),
                    a.path("bio").asText(), Math.round(Math.exp(10 + ra.nextGaussian())),
                    Math.round(Math.exp(5 + ra.nextGaussian())), Math.round(Math.exp(9 + ra.nextGaussian())),
                    day(ra, Instant.parse("2008-01-01T00:00:00Z"), Instant.parse("2016-01-01T00:00:00Z"))));
        }
        Map<String, UserLatent> latents = new LinkedHashMap<>();
        Random ru = stream(2);
        for (int i = 0; i < o.users(); i++) {
            String id = String.format("u%04d", i + 1);
            Stance stance = Stance.values()[draw(USER_STANCE, ru)];
            Emotion emotion = Emotion.values()[draw(EMOTION_GIVEN_STANCE[stance.ordinal()], ru)];
            Style style = Style.values()[ru.nextInt(Style.values().length)];
            double[] z = {ru.nextGaussian(), ru.nextGaussian(), ru.nextGaussian()};
            double fz = ru.nextGaussian();
            latents.put(id, new UserLatent(id, z, stance, emotion, style, fz));
            String[] name = text.name(ru);
            users.add(new User(id, name[1], name[0], text.bio(ru), Math.round(Math.exp(5.5 + 1.5 * fz)),
                    Math.round(Math.exp(5.5 + 0.3 * fz + 0.8 * ru.nextGaussian())),
                    Math.round(Math.exp(7.5 + 0.6 * fz + 0.8 * ru.nextGaussian())),
                    day(ru, Instant.parse("2009-01-01T00:00:00Z"), Instant.parse("2020-06-01T00:00:00Z"))));
        }
        // source posts, in time order
        Random rp = stream(3);
        double[] authorWeights = new double[accounts.size()];
        for (int i = 0; i < accounts.size(); i++) {
            authorWeights[i] = kind(accounts.get(i))[2][0];
        }
        List<Instant> times = new ArrayList<>();
        Instant postsFrom = o.start().minus(EXPOSURE);
        for (int i = 0; i < o.sourcePosts(); i++) {
            times.add(uniform(rp, postsFrom, o.end()));
        }
        times.sort(Comparator.naturalOrder());
        List<Post> sources = new ArrayList<>();
        Map<String, PostLatent> postLatents = new LinkedHashMap<>();
        Map<String, double[]> contentLogits = new HashMap<>();
        for (int i = 0; i < times.size(); i++) {
            int author = draw(authorWeights, rp);
            double[][] k = kind(accounts.get(author));
            String id = String.format("p%05d", i + 1);
            String topic = text.topics().get(rp.nextInt(text.topics().size()));
            PostLatent p = text.source(id, topic, Stance.values()[draw(k[0], rp)], Format.values()[draw(k[1], rp)],
                    rp);
            postLatents.put(id, p);
            contentLogits.put(id, model.contentLogits(p.format(), p.stance()));
            sources.add(new Post(id, users.get(author).id(), text.render(p, rp), times.get(i), null));
        }
        long[] sourceTimes = sources.stream().mapToLong(p -> p.createdAt().getEpochSecond()).toArray();
        // engagements and originals per user
        record Draft(String userId, Post source, Action action, String response, Instant time, double[] p) {
        }
        List<Draft> drafts = new ArrayList<>();
        List<Post> originals = new ArrayList<>();
        Random re = stream(4);
        for (UserLatent u : latents.values()) {
            VaccineText.Voice voice = new VaccineText.Voice(u.stance(), u.emotion(), u.style());
            double theta = (o.meanEngagementsPerUser() - 8) / 2;
            int n = 8 + poisson(theta * (-Math.log(1 - re.nextDouble()) - Math.log(1 - re.nextDouble())), re);
            for (int j = 0; j < n; j++) {
                Instant t = uniform(re, o.start(), o.end());
                Post src = sources.get(exposed(sourceTimes, t.getEpochSecond(), re));
                PostLatent pl = postLatents.get(src.id());
                double[] p = new double[3];
                model.probabilities(u.z(), u.stance(), u.followersZ(), contentLogits.get(src.id()), pl.format(),
                        pl.stance(), p);
                Action a = Action.values()[draw(p, re)];
                String response = switch (a) {
                    case RETWEET -> null;
                    case QUOTE -> text.quote(pl, voice, re);
                    case REWRITE -> text.rewrite(pl, voice, re);
                };
                drafts.add(new Draft(u.id(), src, a, response, t, p));
            }
            int m = poisson(o.originalsPerUser(), re);
            for (int j = 0; j < m; j++) {
                originals.add(new Post("", u.id(), text.original(voice, re), uniform(re, o.start(), o.end()), null));
            }
        }
        drafts.sort(Comparator.comparing(Draft::time).thenComparing(Draft::userId));
        List<Engagement> engagements = new ArrayList<>(drafts.size());
        List<Post> posts = new ArrayList<>(sources);
        Map<String, double[]> probabilities = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String n = String.format("%06d", i + 1);
            engagements.add(new Engagement("e" + n, d.userId(), d.source().id(), d.action(), d.response(), d.time()));
            probabilities.put("e" + n, d.p());
            if (d.response() != null) {
                posts.add(new Post("r" + n, d.userId(), d.response(), d.time(), d.source().id()));
            }
        }
        originals.sort(Comparator.comparing(Post::createdAt).thenComparing(Post::authorId));
        for (int i = 0; i < originals.size(); i++) {
            Post p = originals.get(i);
            posts.add(new Post(String.format("o%05d", i + 1), p.authorId(), p.text(), p.createdAt(), null));
        }
        posts.sort(Comparator.comparing(Post::createdAt).thenComparing(Post::id));
        EngagementDataset ds = EngagementDataset.of("vaccine-engagement", users, posts, engagements);
        return new Result(ds, latents, postLatents, probabilities);
    }

    private static double[][] kind(JsonNode account) {
        double[][] k = KINDS.get(account.path("kind").asText());
        if (k == null) {
            throw new IllegalStateException("unknown account kind in phrase bank: " + account);
        }
        return k;
    }

    /** A source post created within the exposure window before t (the latest one before t if none). */
    private static int exposed(long[] sourceTimes, long t, Random r) {
        int hi = Sorted.lowerBound(sourceTimes, t); // first post at or after t
        int lo = Sorted.lowerBound(sourceTimes, t - EXPOSURE.toSeconds());
        if (hi == 0) {
            return 0;
        }
        return lo >= hi ? hi - 1 : lo + r.nextInt(hi - lo);
    }

    static int draw(double[] weights, Random r) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = r.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static int poisson(double lambda, Random r) {
        if (lambda > 500) {
            return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * r.nextGaussian()));
        }
        double l = Math.exp(-lambda);
        int k = 0;
        double p = r.nextDouble();
        while (p > l) {
            k++;
            p *= r.nextDouble();
        }
        return k;
    }

    private static Instant uniform(Random r, Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return Instant.ofEpochSecond(from.getEpochSecond() + (long) (r.nextDouble() * span));
    }

    private static Instant day(Random r, Instant from, Instant to) {
        return uniform(r, from, to).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
    }
}
