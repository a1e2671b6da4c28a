package org.socialsim.workbench.features;

import java.time.Instant;
import java.util.Objects;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Post;

/**
 * One past engagement of the user, shown as an example: the source post, what the user did and wrote.
 *
 * @param source       the post the user engaged with
 * @param action       the action taken
 * @param responseText the text the user wrote (null for a retweet)
 * @param time         when
 */
public record Shot(Post source, Action action, String responseText, Instant time) {
    public Shot {
        Objects.requireNonNull(source, "shot source");
        Objects.requireNonNull(action, "shot action");
        Objects.requireNonNull(time, "shot time");
    }
}
