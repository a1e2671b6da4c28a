package org.socialsim.workbench.data;

import java.time.Instant;
import java.util.Objects;

/**
 * A social-media account as the canonical schema holds it.
 *
 * @param id          stable identifier, unique in a dataset
 * @param handle      the @-name (without '@')
 * @param displayName the free-text display name
 * @param description the profile description ("bio"), possibly empty
 * @param followers   number of followers at collection time
 * @param following   number of accounts followed at collection time
 * @param postCount   number of posts at collection time
 * @param createdAt   account creation time, or {@code null} when unknown
 */
public record User(String id, String handle, String displayName, String description,
                   long followers, long following, long postCount, Instant createdAt) {
    public User {
        Objects.requireNonNull(id, "user id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("user id is blank");
        }
        handle = handle == null ? "" : handle;
        displayName = displayName == null ? "" : displayName;
        description = description == null ? "" : description;
        if (followers < 0 || following < 0 || postCount < 0) {
            throw new IllegalArgumentException("user " + id + ": negative count");
        }
    }
}
