package org.socialsim.workbench.data.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.Workbench;
import org.socialsim.workbench.data.Datasets;
import org.socialsim.workbench.data.User;

class OasisUsersTest {
    static final Path CASCADE_USERS = Workbench.home()
            .resolve("../shared/data/oasis-twitter15-cascade/users.csv").normalize();

    @TempDir
    Path dir;

    @Test
    void readsTheSharedTwitter15CascadeUsers() {
        OasisUsers oasis = Datasets.oasisUsers(CASCADE_USERS);
        assertEquals(111, oasis.size());
        assertTrue(oasis.report().problems().stream().noneMatch(Problem::isError), oasis.report().summary());
        User root = oasis.users().get(32);
        assertEquals("972651", root.id());
        assertEquals(73, root.followers());
        assertArrayEquals(new int[] {32}, oasis.follows(1));
        assertEquals("user1", oasis.users().get(1).handle());
        assertEquals("user_1", oasis.users().get(1).displayName());
        assertTrue(oasis.users().get(11).description().contains("\n"), "multi-line descriptions survive");
        long followers = oasis.users().stream().mapToLong(User::followers).sum();
        assertEquals(oasis.edgeCount(), followers);
        assertEquals(oasis.edgeCount(), oasis.users().stream().mapToLong(User::following).sum());
        assertEquals(32, oasis.agentId(32));
        assertEquals(111, oasis.table().rowCount());
        assertEquals(111, oasis.dataset("cascade").userList().size());
    }

    @Test
    void badRowsAndEdgesAreReportedWithLineAndField() throws IOException {
        Path csv = dir.resolve("users.csv");
        Files.writeString(csv, """
                ,user_id,name,username,following_agentid_list,previous_tweets,user_char,description
                0,100,a,a,"[1, 2]","['hi', ""it's""]",persona,desc
                1,101,b,b,[0],[],,
                2,102,c,c,"[0, 7, 2, 0]",[],,
                3,,d,d,[],[],,
                4,100,e,e,[],[],,
                5,105,f,f,[1 2],[],,
                6,106,g,g,[],[3],,
                """);
        OasisUsers oasis = OasisUsers.read(csv, ErrorPolicy.SKIP_AND_REPORT);
        List<String> problems = oasis.report().problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "users.csv line 4 field 'following_agentid_list': follows agent 7, which is not a kept row of this "
                        + "file (edge left out)",
                "users.csv line 4 field 'following_agentid_list': warning: follows itself (edge left out)",
                "users.csv line 4 field 'following_agentid_list': warning: follows agent 0 twice",
                "users.csv line 5 field 'user_id': missing",
                "users.csv line 6 field 'user_id': duplicate user id '100'"),
                problems.subList(0, 5));
        assertTrue(problems.get(5).startsWith("users.csv line 7 field 'following_agentid_list': not a list"),
                problems.toString());
        assertTrue(problems.get(6).startsWith("users.csv line 8 field 'previous_tweets': expected quoted texts"),
                problems.toString());
        assertEquals(3, oasis.size());
        assertEquals(List.of("hi", "it's"), oasis.previousTweets(0));
        assertEquals("persona", oasis.character(0));
        assertArrayEquals(new int[] {1, 2}, oasis.follows(0));
        assertArrayEquals(new int[] {0}, oasis.follows(2));
        assertEquals(2, oasis.users().get(0).followers());
        assertEquals(2, oasis.users().get(0).postCount());

        DatasetImportException e = assertThrows(DatasetImportException.class, () -> OasisUsers.read(csv));
        assertTrue(e.getMessage().contains("5 error(s)"), e.getMessage());

        Files.writeString(csv, "id,name\n1,x\n");
        e = assertThrows(DatasetImportException.class, () -> OasisUsers.read(csv, ErrorPolicy.SKIP_AND_REPORT));
        assertTrue(e.getMessage().contains("lacks [user_id, following_agentid_list]"), e.getMessage());
    }
}
