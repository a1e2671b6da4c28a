package org.socialsim.workbench.data;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import org.socialsim.workbench.data.internal.DatasetTables;
import org.socialsim.workbench.data.internal.Integrity;
import org.socialsim.workbench.data.internal.Splitter;
import tech.tablesaw.api.Table;

/**
 * An immutable engagement dataset: users, posts, and (user, source post, action) engagements, with id lookups,
 * Tablesaw views and the sampling a study needs, read like a sentence:
 *
 * <pre>{@code
 * EngagementDataset ds = Datasets.load(Workbench.datasets().resolve("vaccine-engagement"));
 * DatasetSplit split = ds.since(start).balanced(1330, 7).split(Split.byUser(0.7, 0.15, 0.15), 7);
 * }</pre>
 *
 * <p>Subsets ({@link #balanced}, {@link #split}, {@link #since}, {@link #where}) keep every user and post of their
 * parent and narrow only the engagements, so ids stay resolvable; user features are computed from a full dataset's
 * history by {@code features.FeatureExtractor}, never from a subset alone.
 */
public final class EngagementDataset {
    /** The paper's balanced size: 1,330 entries per action, 3,990 in all. */
    public static final int PAPER_PER_ACTION = 1330;

    private final String name;
    private final List<User> users;
    private final List<Post> posts;
    private final List<Engagement> engagements;
    private final Map<String, User> usersById;
    private final Map<String, Post> postsById;

    private EngagementDataset(String name, List<User> users, List<Post> posts, List<Engagement> engagements,
                              Map<String, User> usersById, Map<String, Post> postsById) {
        this.name = Objects.requireNonNull(name, "name");
        this.users = users;
        this.posts = posts;
        this.engagements = engagements;
        this.usersById = usersById;
        this.postsById = postsById;
    }

    /**
     * A dataset from in-memory lists, checked for integrity.
     *
     * @throws IllegalArgumentException naming the number of problems and the first few (row, field, reason)
     */
    public static EngagementDataset of(String name, List<User> users, List<Post> posts, List<Engagement> engagements) {
        List<String> problems = new ArrayList<>();
        EngagementDataset ds = assemble(name, users, posts, engagements, (kind, index, field, message) ->
                problems.add(kind.plural() + "[" + index + "] field '" + field + "': " + message));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("dataset '" + name + "' has " + problems.size() + " problem(s): "
                    + String.join("; ", problems.subList(0, Math.min(5, problems.size())))
                    + (problems.size() > 5 ? "; ..." : ""));
        }
        return ds;
    }

    /** {@link #of(String, List, List, List)} named "dataset". */
    public static EngagementDataset of(List<User> users, List<Post> posts, List<Engagement> engagements) {
        return of("dataset", users, posts, engagements);
    }

    /**
     * A dataset of the rows that pass the integrity rules; every row left out is passed to {@code rejected} with its
     * index and reason (importers use this to report file, line and field).
     */
    public static EngagementDataset assemble(String name, List<User> users, List<Post> posts,
                                             List<Engagement> engagements, RejectedRows rejected) {
        return assemble(name, Integrity.check(users, posts, engagements, rejected));
    }

    /**
     * A dataset of rows that already passed the integrity rules (an importer that ran them in stages, see
     * {@link Integrity}; only the rules make a {@code Result}).
     */
    public static EngagementDataset assemble(String name, Integrity.Result r) {
        return new EngagementDataset(name, List.copyOf(r.users()), List.copyOf(r.posts()),
                List.copyOf(r.engagements()), Collections.unmodifiableMap(r.usersById()),
                Collections.unmodifiableMap(r.postsById()));
    }

    /** The dataset's name (its folder name when loaded). */
    public String name() {
        return name;
    }

    /** All users, in file order. */
    public List<User> userList() {
        return users;
    }

    /** All posts, in file order. */
    public List<Post> postList() {
        return posts;
    }

    /** The engagements, in file order. */
    public List<Engagement> engagementList() {
        return engagements;
    }

    /** Number of engagements. */
    public int size() {
        return engagements.size();
    }

    /** The user with this id. @throws NoSuchElementException naming the id and the dataset */
    public User user(String id) {
        User u = usersById.get(id);
        if (u == null) {
            throw new NoSuchElementException("no user '" + id + "' in dataset '" + name + "'");
        }
        return u;
    }

    /** The post with this id. @throws NoSuchElementException naming the id and the dataset */
    public Post post(String id) {
        Post p = postsById.get(id);
        if (p == null) {
            throw new NoSuchElementException("no post '" + id + "' in dataset '" + name + "'");
        }
        return p;
    }

    /** Whether a user id is known. */
    public boolean hasUser(String id) {
        return usersById.containsKey(id);
    }

    /** Whether a post id is known. */
    public boolean hasPost(String id) {
        return postsById.containsKey(id);
    }

    /** Number of engagements per action (every action present, possibly 0). */
    public Map<Action, Integer> actionCounts() {
        EnumMap<Action, Integer> counts = new EnumMap<>(Action.class);
        for (Action a : Action.values()) {
            counts.put(a, 0);
        }
        for (Engagement e : engagements) {
            counts.merge(e.action(), 1, Integer::sum);
        }
        return counts;
    }

    /** Users as a table: id, handle, display_name, description, followers, following, post_count, created_at. */
    public Table users() {
        return DatasetTables.users(name + " users", users);
    }

    /** Posts as a table: id, author_id, text, created_at, source_post_id. */
    public Table posts() {
        return DatasetTables.posts(name + " posts", posts);
    }

    /** Engagements as a table: id, user_id, source_post_id, action, response_text, time. */
    public Table engagements() {
        return DatasetTables.engagements(name + " engagements", engagements);
    }

    /** The action mix as a table: dataset, action, count, share (append several to compare datasets). */
    public Table actionMix() {
        tech.tablesaw.api.StringColumn dataset = tech.tablesaw.api.StringColumn.create("dataset");
        tech.tablesaw.api.StringColumn action = tech.tablesaw.api.StringColumn.create("action");
        tech.tablesaw.api.IntColumn count = tech.tablesaw.api.IntColumn.create("count");
        tech.tablesaw.api.DoubleColumn share = tech.tablesaw.api.DoubleColumn.create("share");
        Map<Action, Integer> counts = actionCounts();
        for (Action a : Action.values()) {
            dataset.append(name);
            action.append(a.label());
            count.append(counts.get(a));
            share.append(engagements.isEmpty() ? 0 : (double) counts.get(a) / engagements.size());
        }
        return Table.create(name + " action mix", dataset, action, count, share);
    }

    /** Counts, action mix, time span and per-user activity. */
    public DatasetSummary summary() {
        return DatasetSummary.of(this);
    }

    /** The same data under another name. */
    public EngagementDataset named(String newName) {
        return new EngagementDataset(newName, users, posts, engagements, usersById, postsById);
    }

    /** The engagements that satisfy a condition (users and posts are kept). */
    public EngagementDataset where(Predicate<Engagement> condition) {
        List<Engagement> kept = new ArrayList<>();
        for (Engagement e : engagements) {
            if (condition.test(e)) {
                kept.add(e);
            }
        }
        return withEngagements(kept);
    }

    /** The engagements at or after a time. */
    public EngagementDataset since(Instant from) {
        Objects.requireNonNull(from, "from");
        return where(e -> !e.time().isBefore(from));
    }

    /** The engagements before a time (exclusive). */
    public EngagementDataset before(Instant until) {
        Objects.requireNonNull(until, "until");
        return where(e -> e.time().isBefore(until));
    }

    /**
     * A time slice: the posts created and the engagements made in [from, to). Unlike the other subsets it narrows
     * posts too; quotes, rewrites and engagements whose source post falls outside the slice are left out.
     */
    public EngagementDataset during(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Predicate<Instant> inside = t -> !t.isBefore(from) && t.isBefore(to);
        List<Post> ps = posts.stream().filter(p -> inside.test(p.createdAt())).toList();
        List<Engagement> es = engagements.stream().filter(e -> inside.test(e.time())).toList();
        return assemble(name + " " + from + ".." + to, users, ps, es, (kind, index, field, message) -> {
        });
    }

    /** The paper's balanced sample: {@value #PAPER_PER_ACTION} engagements per action, drawn with a seed. */
    public EngagementDataset balanced(long seed) {
        return balanced(PAPER_PER_ACTION, seed);
    }

    /**
     * A balanced sample: {@code perAction} engagements of each action, drawn uniformly without replacement with a
     * seeded generator, returned in this dataset's order. The same seed gives the same sample.
     *
     * @throws IllegalArgumentException if some action has fewer than {@code perAction} engagements (naming counts)
     */
    public EngagementDataset balanced(int perAction, long seed) {
        if (perAction <= 0) {
            throw new IllegalArgumentException("perAction must be positive, was " + perAction);
        }
        Map<Action, Integer> counts = actionCounts();
        for (Map.Entry<Action, Integer> c : counts.entrySet()) {
            if (c.getValue() < perAction) {
                throw new IllegalArgumentException("cannot draw " + perAction + " " + c.getKey().label()
                        + " engagements from dataset '" + name + "': it has " + counts);
            }
        }
        Random random = new Random(seed);
        boolean[] chosen = new boolean[engagements.size()];
        for (Action a : Action.values()) {
            List<Integer> idx = Splitter.shuffledIndices(engagements, a, random);
            for (int i = 0; i < perAction; i++) {
                chosen[idx.get(i)] = true;
            }
        }
        List<Engagement> kept = new ArrayList<>(perAction * Action.values().length);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                kept.add(engagements.get(i));
            }
        }
        return withEngagements(kept).named(name + " balanced " + perAction + "x" + Action.values().length);
    }

    /** Splits the engagements into train, validation and test as the split says, drawing with a seed. */
    public DatasetSplit split(Split split, long seed) {
        List<List<Engagement>> parts = Splitter.split(engagements, split, seed);
        return new DatasetSplit(withEngagements(parts.get(0)).named(name + " train"),
                withEngagements(parts.get(1)).named(name + " validation"),
                withEngagements(parts.get(2)).named(name + " test"));
    }

    /** This dataset's users and posts with a subset of its engagements (valid by construction). */
    private EngagementDataset withEngagements(List<Engagement> subset) {
        return new EngagementDataset(name, users, posts, List.copyOf(subset), usersById, postsById);
    }

    @Override
    public String toString() {
        return "EngagementDataset[" + name + ": " + users.size() + " users, " + posts.size() + " posts, "
                + engagements.size() + " engagements " + actionCounts() + "]";
    }
}
