package org.socialsim.workbench.data.internal;

import java.util.List;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.User;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Tablesaw views of the schema records; column names are the canonical file's field names. */
public final class DatasetTables {
    private DatasetTables() {
    }

    public static Table users(String name, List<User> users) {
        StringColumn id = StringColumn.create("id");
        StringColumn handle = StringColumn.create("handle");
        StringColumn displayName = StringColumn.create("display_name");
        StringColumn description = StringColumn.create("description");
        LongColumn followers = LongColumn.create("followers");
        LongColumn following = LongColumn.create("following");
        LongColumn postCount = LongColumn.create("post_count");
        InstantColumn createdAt = InstantColumn.create("created_at");
        for (User u : users) {
            id.append(u.id());
            handle.append(u.handle());
            displayName.append(u.displayName());
            description.append(u.description());
            followers.append(u.followers());
            following.append(u.following());
            postCount.append(u.postCount());
            createdAt.append(u.createdAt());
        }
        return Table.create(name, id, handle, displayName, description, followers, following, postCount, createdAt);
    }

    public static Table posts(String name, List<Post> posts) {
        StringColumn id = StringColumn.create("id");
        StringColumn author = StringColumn.create("author_id");
        StringColumn text = StringColumn.create("text");
        InstantColumn createdAt = InstantColumn.create("created_at");
        StringColumn source = StringColumn.create("source_post_id");
        for (Post p : posts) {
            id.append(p.id());
            author.append(p.authorId());
            text.append(p.text());
            createdAt.append(p.createdAt());
            source.append(p.sourcePostId());
        }
        return Table.create(name, id, author, text, createdAt, source);
    }

    public static Table engagements(String name, List<Engagement> engagements) {
        StringColumn id = StringColumn.create("id");
        StringColumn user = StringColumn.create("user_id");
        StringColumn source = StringColumn.create("source_post_id");
        StringColumn action = StringColumn.create("action");
        StringColumn response = StringColumn.create("response_text");
        InstantColumn time = InstantColumn.create("time");
        for (Engagement e : engagements) {
            id.append(e.id());
            user.append(e.userId());
            source.append(e.sourcePostId());
            action.append(e.action().label());
            response.append(e.responseText());
            time.append(e.time());
        }
        return Table.create(name, id, user, source, action, response, time);
    }
}
