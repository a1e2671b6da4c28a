package org.socialsim.workbench.baseline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.socialsim.workbench.features.LabeledCase;

/** Fingerprints of what a trained baseline learned from, to tell whether a saved model still fits the data. */
final class TrainingData {
    private TrainingData() {
    }

    /**
     * SHA-256 (hex) over the cases exactly as the text baselines read them (case id, true action, post text, user
     * text), in order, plus the seed and the options' JSON.
     */
    static String fingerprint(List<LabeledCase> train, List<LabeledCase> validation, long seed,
                              FineTuneOptions options) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
        for (List<LabeledCase> part : List.of(train, validation)) {
            md.update((byte) '|');
            for (LabeledCase c : part) {
                String row = c.caseId() + '\t' + c.truth() + '\t' + CaseText.post(c.input()) + '\t'
                        + CaseText.user(c.input()) + '\n';
                md.update(row.getBytes(StandardCharsets.UTF_8));
            }
        }
        md.update((seed + "|" + options.toJson()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }
}
