package org.socialsim.workbench.data.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * engagement with a rejected post), each with its own reason. Importers may run the rules in stages
 * ({@link #checkParents}, then {@link Checker#add} per engagement as rows arrive, the per-engagement
 * {@link Checker#verdict} on any thread), with the same results as {@link #check}.
 */
public final class Integrity {

    /** The rows that passed, with their id indexes (made only by the rules here). */
    public static final class Result {
        private final List<User> users;
        private final List<Post> posts;
        private final List<Engagement> engagements;
        private final Map<String, User> usersById;
        private final Map<String, Post> postsById;

        private Result(List<User> users, List<Post> posts, List<Engagement> engagements,
                       Map<String, User> usersById, Map<String, Post> postsById) {
            this.users = users;
            this.posts = posts;
            this.engagements = engagements;
            this.usersById = usersById;
            this.postsById = postsById;
        }

        public List<User> users() {
            return users;
        }

        public List<Post> posts() {
            return posts;
        }

        public List<Engagement> engagements() {
            return engagements;
        }

        public Map<String, User> usersById() {
            return usersById;
        }

        public Map<String, Post> postsById() {
            return postsById;
        }
    }

    /** Why an engagement is left out: the field at fault and the reason. */
    public record Verdict(String field, String message) {
    }

    /** Checked users and posts, taking the engagements one at a time in list order. */
    public static final class Checker {
        private final List<User> users;
        private final List<Post> posts;
        private final Map<String, User> usersById;
        private final Map<String, Post> postsById;
        private final RejectedRows sink;
        private final Set<String> engagementIds;
        private final List<Engagement> kept;

        private Checker(List<User> users, List<Post> posts, Map<String, User> usersById,
                        Map<String, Post> postsById, RejectedRows sink, int expected) {
            this.engagementIds = new HashSet<>(capacity(expected));
            this.kept = new ArrayList<>(expected);
            this.users = users;
            this.posts = posts;
            this.usersById = usersById;
            this.postsById = postsById;
            this.sink = sink;
        }

        /** The kept user with this id, or null (read-only: safe from any thread). */
        public User user(String id) {
            return usersById.get(id);
        }

        /** The kept post with this id, or null (read-only: safe from any thread). */
        public Post post(String id) {
            return postsById.get(id);
        }

        /** What is wrong with {@code e} apart from a repeated id, or null (safe from any thread). */
        public Verdict verdict(Engagement e) {
            return verdict(e, user(e.userId()), post(e.sourcePostId()));
        }

        /**
         * {@link #verdict(Engagement)} with its user and source post already looked up by {@link #user} and
         * {@link #post} (null when unknown).
         */
        public Verdict verdict(Engagement e, User user, Post source) {
            if (user == null) {
                return new Verdict("user_id", "engagement " + e.id() + ": user '" + e.userId() + "' not found");
            }
            if (source == null) {
                return new Verdict("source_post_id", "engagement " + e.id() + ": source post '" + e.sourcePostId()
                        + "' not found");
            }
            if (e.time().isBefore(source.createdAt())) {
                return new Verdict("time", "engagement " + e.id() + " at " + e.time() + " is before its source post "
                        + source.id() + " (created " + source.createdAt() + ")");
            }
            if (e.action() != Action.RETWEET && (e.responseText() == null || e.responseText().isBlank())) {
                return new Verdict("response_text", "engagement " + e.id() + ": a " + e.action().label()
                        + " needs a response text");
            }
            return null;
        }

        /**
         * Takes the engagement at {@code index} of its list with its {@link #verdict}: kept unless its id was seen
         * before or the verdict says why not (then it goes to the sink). Call in list order, from one thread.
         */
        public void add(int index, Engagement e, Verdict verdict) {
            if (!engagementIds.add(e.id())) {
                sink.reject(Kind.ENGAGEMENT, index, "id", "duplicate engagement id '" + e.id() + "'");
            } else if (verdict != null) {
                sink.reject(Kind.ENGAGEMENT, index, verdict.field(), verdict.message());
            } else {
                kept.add(e);
            }
        }

        /** The rows kept. */
        public Result result() {
            return new Result(users, posts, kept, usersById, postsById);
        }
    }

    private Integrity() {
    }

    /** Checks the three lists; every rejected row goes to {@code sink}. */
    public static Result check(List<User> users, List<Post> posts, List<Engagement> engagements, RejectedRows sink) {
        Checker checker = checkParents(users, posts, engagements.size(), sink);
        for (int i = 0; i < engagements.size(); i++) {
            Engagement e = engagements.get(i);
            checker.add(i, e, checker.verdict(e));
        }
        return checker.result();
    }

    /**
     * Checks the users and posts (rejected rows go to {@code sink}); the engagements, about {@code expected} of
     * them, follow through the checker.
     */
    public static Checker checkParents(List<User> users, List<Post> posts, int expected, RejectedRows sink) {
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
        return new Checker(keptUsers, keptPosts, usersById, postsById, sink, expected);
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
