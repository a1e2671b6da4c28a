package org.socialsim.workbench.data.synth;

import java.nio.file.Path;
import java.util.Objects;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.io.CanonicalFormat;
import org.socialsim.workbench.data.synth.internal.BayesComputer;
import org.socialsim.workbench.data.synth.internal.Generator;
import org.socialsim.workbench.data.synth.internal.Latents.PostLatent;
import org.socialsim.workbench.data.synth.internal.Latents.UserLatent;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A seeded, planted-effect engagement corpus in the shape of the action-guided paper: users with histories engaging
 * with vaccination-debate posts (retweets; quotes that comment in the user's voice; rewrites that paraphrase the
 * source in the user's voice), where each action is drawn from a known model ({@link SynthOptions}): the user's
 * latent propensities (visible in their historical rates), the post's format and stance (visible only in its text,
 * partly only in word order and negation), the user's agreement with the post, a little their follower count, and
 * never their display name or description.
 *
 * <pre>{@code
 * SyntheticCorpus corpus = SyntheticCorpus.generate(SynthOptions.DEFAULTS);
 * EngagementDataset entries = corpus.entries();          // 3,990 balanced
 * Table answers = corpus.bayes().table();                 // what an ablation should find
 * }</pre>
 */
public final class SyntheticCorpus {
    /** Prior samples per posterior in {@link #bayes()}. */
    public static final int BAYES_SAMPLES = 2000;

    private final SynthOptions options;
    private final Generator.Result result;
    private volatile BayesReference bayes;

    private SyntheticCorpus(SynthOptions options, Generator.Result result) {
        this.options = options;
        this.result = result;
    }

    /** Generates the corpus (the same options give the same corpus, byte for byte once written). */
    public static SyntheticCorpus generate(SynthOptions options) {
        Objects.requireNonNull(options, "options");
        return new SyntheticCorpus(options, new Generator(options).generate());
    }

    public SynthOptions options() {
        return options;
    }

    /** Everything: users (source accounts a.., users u....), posts (sources p.., responses r.., originals o..) and
     *  every engagement of the whole period. */
    public EngagementDataset dataset() {
        return result.dataset();
    }

    /** The balanced entries: {@code perAction} per action from the evaluation period, drawn with the seed. */
    public EngagementDataset entries() {
        return entriesOf(dataset(), options);
    }

    /** The balanced entries of a dataset made with these options (e.g. the shipped files loaded back). */
    public static EngagementDataset entriesOf(EngagementDataset ds, SynthOptions options) {
        return ds.since(options.evaluationStart()).balanced(options.perAction(), options.seed())
                .named(ds.name() + " entries");
    }

    /** The Bayes-optimal accuracies per information condition on {@link #entries()} (computed once, ~seconds). */
    public BayesReference bayes() {
        BayesReference b = bayes;
        if (b == null) {
            b = new BayesComputer(options, result, BAYES_SAMPLES).compute(entries(), options.evaluationStart());
            bayes = b;
        }
        return b;
    }

    /** The action probabilities the generator drew an engagement's action from (retweet, quote, rewrite). */
    public double[] trueProbabilities(String engagementId) {
        double[] p = result.probabilities().get(engagementId);
        if (p == null) {
            throw new java.util.NoSuchElementException("no engagement '" + engagementId + "' in the corpus");
        }
        return p.clone();
    }

    /** The users' hidden variables: stance, emotion, style, propensity z, standardised log followers. */
    public Table userLatents() {
        Table t = Table.create("user latents", StringColumn.create("user_id"), StringColumn.create("stance"),
                StringColumn.create("emotion"), StringColumn.create("style"), DoubleColumn.create("z_retweet"),
                DoubleColumn.create("z_quote"), DoubleColumn.create("z_rewrite"), DoubleColumn.create("followers_z"));
        for (UserLatent u : result.users().values()) {
            t.stringColumn(0).append(u.id());
            t.stringColumn(1).append(u.stance().name().toLowerCase(java.util.Locale.ROOT));
            t.stringColumn(2).append(u.emotion().name().toLowerCase(java.util.Locale.ROOT));
            t.stringColumn(3).append(u.style().name().toLowerCase(java.util.Locale.ROOT));
            for (int a = 0; a < 3; a++) {
                t.doubleColumn(4 + a).append(u.z()[a]);
            }
            t.doubleColumn(7).append(u.followersZ());
        }
        return t;
    }

    /** The source posts' hidden variables: topic, stance, format, and how the text was built. */
    public Table postLatents() {
        Table t = Table.create("post latents", StringColumn.create("post_id"), StringColumn.create("topic"),
                StringColumn.create("stance"), StringColumn.create("format"), StringColumn.create("kind"));
        for (PostLatent p : result.posts().values()) {
            t.stringColumn(0).append(p.id());
            t.stringColumn(1).append(p.topic());
            t.stringColumn(2).append(p.stance().name().toLowerCase(java.util.Locale.ROOT));
            t.stringColumn(3).append(p.format().name().toLowerCase(java.util.Locale.ROOT));
            t.stringColumn(4).append(p.kind());
        }
        return t;
    }

    /** Writes the dataset as canonical JSON Lines into {@code dir}. */
    public void write(Path dir) {
        CanonicalFormat.JSONL.write(dataset(), dir);
    }

    /**
     * Regenerates the shipped corpus with the default options and prints its Bayes table:
     * {@code java -cp ... org.socialsim.workbench.data.synth.SyntheticCorpus datasets/vaccine-engagement}.
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: SyntheticCorpus <output folder>");
            System.exit(2);
        }
        SyntheticCorpus corpus = generate(SynthOptions.DEFAULTS);
        corpus.write(Path.of(args[0]));
        System.out.println(corpus.dataset().summary().table().print());
        System.out.println(corpus.entries().summary().table().print());
        System.out.println(corpus.bayes().table().print());
    }
}
