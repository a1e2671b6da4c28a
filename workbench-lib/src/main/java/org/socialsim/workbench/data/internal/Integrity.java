package org.socialsim.workbench.data.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.RejectedRows;
import org.socialsim.workbench.data.RejectedRows.Kind;
import org.socialsim.workbench.data.User;

/**
 * The dataset's integrity rules, checked in one pass per list: unique ids; posts by known users; sources that exist
 * and are not younger than the post or engagement that answers them; quotes and rewrites that carry text. A row that
 * breaks a rule is reported and left out, and so is every row that depends on it (a post by a rejected user, an
 * engagement with a rejected post), each with its own reason.
 */
public final class Integrity {

    /** The rows that passed, with their id indexes. */
    public record Result(List<User> users, List<Post> posts, List<Engagement> engagements,
                         Map<String, User> usersById, Map<String, Post> postsById) {
    }

    private Integrity() {
    }

    /** Checks the three lists; every rejected row goes to {@code sink}. */
    public static Result check(List<User> users, List<Post> posts, List<Engagement> engagements, RejectedRows sink) {
        Map<String, User> usersById = new HashMap<>(capacity(users.size()));
        List<User> keptUsers = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            User before = usersById.putIfAbsent(u.id(), u);
            if (before != null) {
                sink.reject(Kind.USER, i, "id", "duplicate user id '" + u.id() + "'");
            } else {
                keptUsers.add(u);
            }
        }
        byte[] postState = checkPosts(posts, usersById, sink);
        Map<String, Post> postsById = new HashMap<>(capacity(posts.size()));
        List<Post> keptPosts = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            if (postState[i] == OK) {
                keptPosts.add(posts.get(i));
                postsById.put(posts.get(i).id(), posts.get(i));
            }
        }
        List<Engagement> keptEngagements = new ArrayList<>(engagements.size());
        Map<String, Boolean> engagementIds = new HashMap<>(capacity(engagements.size()));
        for (int i = 0; i < engagements.size(); i++) {
            Engagement e = engagements.get(i);
            String why = null;
            String field = null;
            if (engagementIds.putIfAbsent(e.id(), Boolean.TRUE) != null) {
                field = "id";
                why = "duplicate engagement id '" + e.id() + "'";
            } else if (!usersById.containsKey(e.userId())) {
                field = "user_id";
                why = "engagement " + e.id() + ": user '" + e.userId() + "' not found";
            } else {
                Post source = postsById.get(e.sourcePostId());
                if (source == null) {
                    field = "source_post_id";
                    why = "engagement " + e.id() + ": source post '" + e.sourcePostId() + "' not found";
                } else if (e.time().isBefore(source.createdAt())) {
                    field = "time";
                    why = "engagement " + e.id() + " at " + e.time() + " is before its source post "
                            + source.id() + " (created " + source.createdAt() + ")";
                } else if (e.action() != Action.RETWEET && (e.responseText() == null || e.responseText().isBlank())) {
                    field = "response_text";
                    why = "engagement " + e.id() + ": a " + e.action().label() + " needs a response text";
                }
            }
            if (why != null) {
                sink.reject(Kind.ENGAGEMENT, i, field, why);
            } else {
                keptEngagements.add(e);
            }
        }
        return new Result(keptUsers, keptPosts, keptEngagements, usersById, postsById);
    }

    private static final byte UNKNOWN = 0;
    private static final byte OK = 1;
    private static final byte REJECTED = 2;
    private static final byte VISITING = 3;

    /** Posts with unique ids, known authors and valid sources (a post whose source is rejected is rejected too). */
    private static byte[] checkPosts(List<Post> posts, Map<String, User> usersById, RejectedRows sink) {
        Map<String, Integer> index = new HashMap<>(capacity(posts.size()));
        byte[] state = new byte[posts.size()];
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            if (index.putIfAbsent(p.id(), i) != null) {
                state[i] = REJECTED;
                sink.reject(Kind.POST, i, "id", "duplicate post id '" + p.id() + "'");
            } else if (!usersById.containsKey(p.authorId())) {
                state[i] = REJECTED;
                sink.reject(Kind.POST, i, "author_id", "post " + p.id() + ": author '" + p.authorId() + "' not found");
            }
        }
        for (int i = 0; i < posts.size(); i++) {
            resolve(i, posts, index, state, sink);
        }
        return state;
    }

    /** Follows source chains iteratively (no recursion: chains may be long) and settles every post on the way. */
    private static void resolve(int start, List<Post> posts, Map<String, Integer> index, byte[] state,
                                   RejectedRows sink) {
        List<Integer> chain = new ArrayList<>();
        int i = start;
        while (state[i] == UNKNOWN) {
            state[i] = VISITING;
            chain.add(i);
            Post p = posts.get(i);
            if (!p.hasSource()) {
                state[i] = OK;
                break;
            }
            Integer s = index.get(p.sourcePostId());
            if (s == null || state[s] == REJECTED || state[s] == VISITING) {
                String why = s == null ? "source post '" + p.sourcePostId() + "' not found"
                        : state[s] == REJECTED ? "source post '" + p.sourcePostId() + "' was rejected"
                        : "source chain through '" + p.sourcePostId() + "' is a cycle";
                state[i] = REJECTED;
                sink.reject(Kind.POST, i, "source_post_id", "post " + p.id() + ": " + why);
                break;
            }
            if (state[s] == OK) {
                state[i] = timeOk(i, posts.get(s), posts, sink) ? OK : REJECTED;
                break;
            }
            i = s;
        }
        // walk back: each post takes the verdict of its source, then its own time check
        for (int c = chain.size() - 2; c >= 0; c--) {
            int j = chain.get(c);
            if (state[j] != VISITING) {
                continue;
            }
            int s = index.get(posts.get(j).sourcePostId());
            if (state[s] == OK) {
                state[j] = timeOk(j, posts.get(s), posts, sink) ? OK : REJECTED;
            } else {
                state[j] = REJECTED;
                sink.reject(Kind.POST, j, "source_post_id",
                        "post " + posts.get(j).id() + ": source post '" + posts.get(s).id() + "' was rejected");
            }
        }
    }

    private static boolean timeOk(int i, Post source, List<Post> posts, RejectedRows sink) {
        Post p = posts.get(i);
        if (p.createdAt().isBefore(source.createdAt())) {
            sink.reject(Kind.POST, i, "created_at", "post " + p.id() + " created " + p.createdAt()
                    + " is before its source post " + source.id() + " (created " + source.createdAt() + ")");
            return false;
        }
        return true;
    }

    private static int capacity(int n) {
        return Math.max(16, (int) (n / 0.75f) + 1);
    }
}
