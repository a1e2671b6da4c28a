package org.socialsim.workbench.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.io.internal.OasisReader;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * Users of an OASIS-style user CSV (columns: an unnamed row index, user_id, name, username, following_agentid_list,
 * previous_tweets, user_char, description) and who follows whom: the population and follower graph of a simulation.
 *
 * <pre>{@code
 * OasisUsers oasis = OasisUsers.read(Path.of("../shared/data/oasis-twitter15-cascade/users.csv"));
 * int[] followed = oasis.follows(1);   // rows that row 1 follows
 * }</pre>
 *
 * <p>Rows are numbered 0..size()-1 in file order; {@code following_agentid_list} (a Python-style list such as
 * {@code [3, 32]}) names rows by the index column, translated here to row numbers. A user's {@code following} count
 * is the length of its list, {@code followers} the number of rows that list it, {@code postCount} the number of
 * previous tweets; {@code user_char} (the persona text OASIS prompts with) is kept as {@link #character(int)}.
 * Self-follows and repeated entries are dropped with a warning; an entry naming no row is an error (the edge is left
 * out under SKIP_AND_REPORT). A rejected row is left out and the edges to it are reported.
 */
public final class OasisUsers {
    private final List<User> users;
    private final int[][] follows;
    private final List<List<String>> previousTweets;
    private final List<String> characters;
    private final int[] agentIds;
    private final ImportReport report;

    /** Made by the reader; use {@link #read}. */
    public OasisUsers(List<User> users, int[][] follows, List<List<String>> previousTweets, List<String> characters,
                      int[] agentIds, ImportReport report) {
        int n = users.size();
        if (follows.length != n || previousTweets.size() != n || characters.size() != n || agentIds.length != n) {
            throw new IllegalArgumentException("OASIS users: lists of different lengths");
        }
        this.users = List.copyOf(users);
        this.follows = follows;
        this.previousTweets = List.copyOf(previousTweets);
        this.characters = List.copyOf(characters);
        this.agentIds = agentIds;
        this.report = report;
    }

    /**
     * Reads the CSV, failing on any error.
     *
     * @throws DatasetImportException naming file, line and field of every problem
     */
    public static OasisUsers read(Path csv) {
        return read(csv, ErrorPolicy.FAIL);
    }

    /** Reads the CSV with the given policy; {@link #report()} tells what was left out. */
    public static OasisUsers read(Path csv, ErrorPolicy policy) {
        try {
            return OasisReader.read(csv, policy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e, e);
        }
    }

    /** Number of users (rows). */
    public int size() {
        return users.size();
    }

    /** The users in row order. */
    public List<User> users() {
        return users;
    }

    /** The rows that {@code row} follows, ascending. */
    public int[] follows(int row) {
        return follows[row].clone();
    }

    /** Out-lists of the follower graph: {@code follows()[i]} are the rows that row i follows (a copy). */
    public int[][] follows() {
        int[][] copy = new int[follows.length][];
        for (int i = 0; i < follows.length; i++) {
            copy[i] = follows[i].clone();
        }
        return copy;
    }

    /** Number of follow edges. */
    public long edgeCount() {
        long m = 0;
        for (int[] f : follows) {
            m += f.length;
        }
        return m;
    }

    /** The value of the index column for a row (the id OASIS uses for the agent). */
    public int agentId(int row) {
        return agentIds[row];
    }

    /** A row's previous tweets (often empty). */
    public List<String> previousTweets(int row) {
        return previousTweets.get(row);
    }

    /** A row's persona text ({@code user_char}). */
    public String character(int row) {
        return characters.get(row);
    }

    /** What was read and left out. */
    public ImportReport report() {
        return report;
    }

    /** The users as a dataset with no posts or engagements (name: the file name). */
    public EngagementDataset dataset(String name) {
        return EngagementDataset.of(name, users, List.of(), List.of());
    }

    /** The users table with the row number and agent id in front. */
    public Table table() {
        Table t = EngagementDataset.of("oasis", users, List.of(), List.of()).users();
        t.insertColumn(0, IntColumn.create("row", java.util.stream.IntStream.range(0, size()).toArray()));
        t.insertColumn(1, IntColumn.create("agent_id", agentIds.clone()));
        return t;
    }
}
