package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.io.OasisUsers;
import org.socialsim.workbench.sim.internal.Csr;
import org.socialsim.workbench.sim.internal.Parallel;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A directed follower graph on compact arrays: an edge u -&gt; v means "u follows v", so u's out-degree is how many
 * accounts it follows and v's in-degree how many followers it has (S3's convention). Information flows against the
 * edges: what v shares appears in the feed of each of its followers. Both directions are stored in compressed sparse
 * rows (4 bytes per edge each, 4 bytes per node each), sorted, without self-loops or duplicate edges. Immutable.
 */
public final class SocialGraph {
    /** Largest graph {@link #toJGraphT()} converts (JGraphT costs about 200 bytes per node and 220 per edge). */
    public static final int JGRAPHT_LIMIT = 2_000_000;

    final int n;
    final int[] followeeStart;
    final int[] followees;
    final int[] followerStart;
    final int[] followersOf;
    private final List<String> ids;

    private SocialGraph(Csr following, Csr followers, List<String> ids) {
        this.n = following.rows();
        this.followeeStart = following.offsets();
        this.followees = following.targets();
        this.followerStart = followers.offsets();
        this.followersOf = followers.targets();
        if (ids != null && ids.size() != n) {
            throw new IllegalArgumentException("ids: " + ids.size() + " ids for " + n + " nodes");
        }
        this.ids = ids == null ? null : List.copyOf(ids);
    }

    /**
     * A graph of n nodes from the first m pairs "follower[i] follows followee[i]". Self-loops and repeated pairs are
     * dropped. The arrays are read, not kept.
     */
    public static SocialGraph fromEdges(int n, int[] follower, int[] followee, int m) {
        if (m > follower.length || m > followee.length) {
            throw new IllegalArgumentException("edge count " + m + " exceeds the arrays (" + follower.length + ", "
                    + followee.length + ")");
        }
        try (Parallel parallel = Parallel.of(Runtime.getRuntime().availableProcessors())) {
            return fromEdges(n, follower, followee, m, parallel);
        }
    }

    static SocialGraph fromEdges(int n, int[] follower, int[] followee, int m, Parallel parallel) {
        Csr out = Csr.fromPairs(n, follower, followee, m, parallel);
        return new SocialGraph(out, out.transpose(parallel), null);
    }

    /** A graph from its following rows (the follower rows are derived). */
    static SocialGraph fromRows(Csr following, Parallel parallel) {
        return new SocialGraph(following, following.transpose(parallel), null);
    }

    /**
     * A graph from following lists: {@code following.get(u)} holds the indexes u follows (the shape of an OASIS users
     * file: row index -&gt; followed row indexes).
     *
     * @throws IllegalArgumentException naming the row and the bad index when an index is outside the list
     */
    public static SocialGraph fromFollowing(List<int[]> following) {
        int n = following.size();
        Builder b = builder(n);
        for (int u = 0; u < n; u++) {
            for (int v : following.get(u)) {
                if (v < 0 || v >= n) {
                    throw new IllegalArgumentException("following list of row " + u + " names row " + v
                            + ", outside [0, " + n + ")");
                }
                b.follow(u, v);
            }
        }
        return b.build();
    }

    /**
     * The follower graph of an OASIS users file (read by {@code data.io.OasisUsers}): one node per row, in row order,
     * with the user ids as node ids.
     */
    public static SocialGraph from(OasisUsers users) {
        return fromFollowing(Arrays.asList(users.follows()))
                .withIds(users.users().stream().map(User::id).toList());
    }

    /**
     * An interaction graph from an engagement dataset: one node per user (in the dataset's order, user ids as node
     * ids), and "u follows a" whenever u engaged with a post by a (a retweet, quote or rewrite implies u saw a's posts).
     * Engagements with a post whose author is not among the users are skipped.
     */
    public static SocialGraph from(EngagementDataset dataset) {
        List<User> users = dataset.userList();
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < users.size(); i++) {
            index.put(users.get(i).id(), i);
        }
        Builder b = builder(users.size());
        for (Engagement e : dataset.engagementList()) {
            Integer u = index.get(e.userId());
            Integer a = dataset.hasPost(e.sourcePostId()) ? index.get(dataset.post(e.sourcePostId()).authorId()) : null;
            if (u != null && a != null) {
                b.follow(u, a);
            }
        }
        return b.build().withIds(users.stream().map(User::id).toList());
    }

    /** A graph from any JGraphT graph (vertices numbered in iteration order; undirected edges become mutual follows). */
    public static <V, E> SocialGraph fromJGraphT(Graph<V, E> graph) {
        List<V> vertices = new ArrayList<>(graph.vertexSet());
        java.util.Map<V, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        boolean directed = graph.getType().isDirected();
        Builder b = builder(vertices.size());
        for (E e : graph.edgeSet()) {
            int s = index.get(graph.getEdgeSource(e));
            int t = index.get(graph.getEdgeTarget(e));
            b.follow(s, t);
            if (!directed) {
                b.follow(t, s);
            }
        }
        List<String> ids = new ArrayList<>(vertices.size());
        vertices.forEach(v -> ids.add(String.valueOf(v)));
        return b.build().withIds(ids);
    }

    /** A builder of a graph with n nodes. */
    public static Builder builder(int n) {
        return new Builder(n);
    }

    /** The same graph with external ids for its nodes (e.g. user ids), one per node in order. */
    public SocialGraph withIds(List<String> nodeIds) {
        Objects.requireNonNull(nodeIds, "ids");
        return new SocialGraph(new Csr(followeeStart, followees), new Csr(followerStart, followersOf), nodeIds);
    }

    public int nodeCount() {
        return n;
    }

    public long edgeCount() {
        return followeeStart[n];
    }

    /** The external id of node u (its index when none were given). */
    public String id(int u) {
        return ids == null ? Integer.toString(u) : ids.get(u);
    }

    /** The node with external id {@code id}, or -1. */
    public int indexOf(String id) {
        if (ids == null) {
            try {
                int u = Integer.parseInt(id);
                return u >= 0 && u < n ? u : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return ids.indexOf(id);
    }

    /** How many accounts u follows (its out-degree). */
    public int followeeCount(int u) {
        return followeeStart[u + 1] - followeeStart[u];
    }

    /** The i-th account u follows, in ascending order. */
    public int followee(int u, int i) {
        return followees[followeeStart[u] + i];
    }

    /** How many followers v has (its in-degree). */
    public int followerCount(int v) {
        return followerStart[v + 1] - followerStart[v];
    }

    /** The i-th follower of v, in ascending order. */
    public int follower(int v, int i) {
        return followersOf[followerStart[v] + i];
    }

    /** The accounts u follows (a copy). */
    public int[] followeesOf(int u) {
        return Arrays.copyOfRange(followees, followeeStart[u], followeeStart[u + 1]);
    }

    /** The followers of v (a copy). */
    public int[] followersOf(int v) {
        return Arrays.copyOfRange(followersOf, followerStart[v], followerStart[v + 1]);
    }

    /** Whether a follows b. */
    public boolean follows(int a, int b) {
        return Arrays.binarySearch(followees, followeeStart[a], followeeStart[a + 1], b) >= 0;
    }

    /** Whether a and b follow each other. */
    public boolean mutual(int a, int b) {
        return follows(a, b) && follows(b, a);
    }

    /** Bytes held by the adjacency arrays. */
    public long bytes() {
        return 4L * (followeeStart.length + followees.length + followerStart.length + followersOf.length);
    }

    /** A JGraphT copy for metrics and drawing (vertices 0..n-1). For small and medium graphs only. */
    public Graph<Integer, DefaultEdge> toJGraphT() {
        if (n > JGRAPHT_LIMIT) {
            throw new IllegalStateException("graph of " + n + " nodes is too large for a JGraphT copy (limit "
                    + JGRAPHT_LIMIT + "); step the simulation on the arrays instead");
        }
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
        for (int u = 0; u < n; u++) {
            g.addVertex(u);
        }
        for (int u = 0; u < n; u++) {
            for (int i = followeeStart[u]; i < followeeStart[u + 1]; i++) {
                g.addEdge(u, followees[i]);
            }
        }
        return g;
    }

    /** PageRank of every node on the follow graph (JGraphT, damping 0.85): followed accounts rank high. */
    public double[] pageRank() {
        PageRank<Integer, DefaultEdge> pr = new PageRank<>(toJGraphT());
        double[] out = new double[n];
        pr.getScores().forEach((v, s) -> out[v] = s);
        return out;
    }

    /** One row per node: id, followers, following. */
    public Table degreeTable() {
        IntColumn followers = IntColumn.create("followers", n);
        IntColumn following = IntColumn.create("following", n);
        StringColumn id = StringColumn.create("id", n);
        for (int u = 0; u < n; u++) {
            id.set(u, id(u));
            followers.set(u, followerCount(u));
            following.set(u, followeeCount(u));
        }
        return Table.create("degrees", id, followers, following);
    }

    @Override
    public String toString() {
        return "SocialGraph[" + n + " nodes, " + edgeCount() + " follow edges]";
    }

    /** Collects follow pairs, then builds the arrays. */
    public static final class Builder {
        private final int n;
        private int[] src = new int[16];
        private int[] dst = new int[16];
        private int m;
        private List<String> ids;

        private Builder(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("node count must be non-negative, was " + n);
            }
            this.n = n;
        }

        /** Adds "a follows b". */
        public Builder follow(int a, int b) {
            if (a < 0 || a >= n || b < 0 || b >= n) {
                throw new IllegalArgumentException("follow(" + a + ", " + b + "): node outside [0, " + n + ")");
            }
            if (m == src.length) {
                src = Arrays.copyOf(src, m * 2);
                dst = Arrays.copyOf(dst, m * 2);
            }
            src[m] = a;
            dst[m++] = b;
            return this;
        }

        /** Adds "a follows b" and "b follows a". */
        public Builder mutual(int a, int b) {
            return follow(a, b).follow(b, a);
        }

        /** External ids, one per node. */
        public Builder ids(List<String> nodeIds) {
            this.ids = nodeIds;
            return this;
        }

        public SocialGraph build() {
            try (Parallel parallel = Parallel.of(1)) {
                SocialGraph g = fromEdges(n, src, dst, m, parallel);
                return ids == null ? g : g.withIds(ids);
            }
        }
    }
}
