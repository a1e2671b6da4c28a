package org.socialsim.workbench.data;

import java.time.Instant;
import java.util.Objects;

/**
 * A post (tweet) in the canonical schema.
 *
 * @param id           stable identifier, unique in a dataset
 * @param authorId     the {@link User#id()} of the author
 * @param text         the post's text
 * @param createdAt    when it was posted
 * @param sourcePostId the post it quotes, retweets or rewrites, or {@code null} for an original post
 */
public record Post(String id, String authorId, String text, Instant createdAt, String sourcePostId) {
    public Post {
        Objects.requireNonNull(id, "post id");
        Objects.requireNonNull(authorId, () -> "post " + id + ": author");
        Objects.requireNonNull(createdAt, () -> "post " + id + ": createdAt");
        text = text == null ? "" : text;
    }

    /** Whether this post refers to a source post. */
    public boolean hasSource() {
        return sourcePostId != null;
    }
}
