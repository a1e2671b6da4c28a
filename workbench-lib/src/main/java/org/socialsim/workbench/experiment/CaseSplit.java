package org.socialsim.workbench.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.features.EngagementCase;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.features.Shot;

/**
 * The labeled cases of one experiment, split for fitting, model selection and scoring. Predictors that learn
 * nothing (an LLM prompt) use only {@link #test}.
 *
 * @param train      cases to fit on
 * @param validation cases to choose hyper-parameters on
 * @param test       cases every configuration is scored on
 */
public record CaseSplit(List<LabeledCase> train, List<LabeledCase> validation, List<LabeledCase> test) {
    public CaseSplit {
        train = List.copyOf(train);
        validation = List.copyOf(validation);
        test = List.copyOf(test);
        if (test.isEmpty()) {
            throw new IllegalArgumentException("a split needs at least one test case");
        }
    }

    /** Only test cases (for predictors that learn nothing). */
    public static CaseSplit testOnly(List<LabeledCase> test) {
        return new CaseSplit(List.of(), List.of(), test);
    }

    /**
     * SHA-256 (hex) of everything the cases hold that a predictor or a score can depend on: ids, truths, texts,
     * user fields, rates and shots, in split order. Two runs with equal hashes saw the same data.
     */
    public String hash() {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
        for (List<LabeledCase> part : List.of(train, validation, test)) {
            md.update((byte) '|');
            for (LabeledCase lc : part) {
                md.update(describe(lc).getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String describe(LabeledCase lc) {
        EngagementCase c = lc.input();
        User u = c.user();
        Post p = c.post();
        StringBuilder b = new StringBuilder(256);
        fields(b, c.caseId(), lc.truth().name(), lc.responseText(), u.id(), u.handle(), u.displayName(),
                u.description());
        b.append(u.followers()).append(',').append(u.following()).append(',').append(u.postCount()).append(',')
                .append(u.createdAt()).append('\u0001');
        fields(b, p.id(), p.authorId(), p.text(), p.sourcePostId());
        b.append(p.createdAt()).append('\u0001').append(c.time()).append('\u0001');
        b.append(c.rates().retweets()).append(',').append(c.rates().quotes()).append(',')
                .append(c.rates().rewrites()).append('\u0001');
        for (FeatureGroup g : FeatureGroup.values()) {
            b.append(c.has(g) ? '1' : '0');
        }
        for (Shot s : c.shots()) {
            b.append('\u0002');
            fields(b, s.source().id(), s.source().text(), s.action().name(), s.responseText());
            b.append(s.time());
        }
        return b.append('\n').toString();
    }

    private static void fields(StringBuilder b, String... values) {
        for (String v : values) {
            b.append(v == null ? "\u0000" : v).append('\u0001');
        }
    }
}
