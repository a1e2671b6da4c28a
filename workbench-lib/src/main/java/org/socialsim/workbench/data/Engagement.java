package org.socialsim.workbench.data;

import java.time.Instant;
import java.util.Objects;

/**
 * One (user, source post, action) observation: the unit the action-guided paper predicts.
 *
 * @param id           stable identifier, unique in a dataset
 * @param userId       who engaged
 * @param sourcePostId the post they engaged with
 * @param action       what they did
 * @param responseText what they wrote: the comment of a quote, the new text of a rewrite; {@code null} for a retweet
 * @param time         when they did it
 */
public record Engagement(String id, String userId, String sourcePostId, Action action,
                         String responseText, Instant time) {
    public Engagement {
        Objects.requireNonNull(id, "engagement id");
        Objects.requireNonNull(userId, () -> "engagement " + id + ": user");
        Objects.requireNonNull(sourcePostId, () -> "engagement " + id + ": source post");
        Objects.requireNonNull(action, () -> "engagement " + id + ": action");
        Objects.requireNonNull(time, () -> "engagement " + id + ": time");
    }
}
