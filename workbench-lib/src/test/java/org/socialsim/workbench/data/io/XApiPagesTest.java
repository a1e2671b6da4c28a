package org.socialsim.workbench.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Datasets;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.User;

class XApiPagesTest {
    @TempDir
    Path dir;

    static Path pages() {
        try {
            return Path.of(XApiPagesTest.class.getResource("/x-pages").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void mapsRetweetsQuotesUsersAndMetrics() {
        Imported r = XApiPages.read(pages(), ErrorPolicy.SKIP_AND_REPORT);
        EngagementDataset ds = r.dataset();
        assertEquals(List.of("11", "12", "10"), ds.userList().stream().map(User::id).toList());
        User ann = ds.user("11");
        assertEquals("ann_k", ann.handle());
        assertEquals("Ann", ann.displayName());
        assertEquals(120, ann.followers()); // the first page's copy is kept
        assertEquals(5000, ann.postCount());
        assertEquals(Instant.parse("2012-05-01T00:00:00Z"), ann.createdAt());

        Engagement rt = ds.engagementList().get(0);
        assertEquals(new Engagement("1001", "11", "900", Action.RETWEET, null,
                Instant.parse("2020-10-01T12:05:00Z")), rt);
        Engagement quote = ds.engagementList().get(1);
        assertEquals(Action.QUOTE, quote.action());
        assertEquals("Finally some good news. Still want to see the full data", quote.responseText());
        assertEquals("900", ds.post("1002").sourcePostId());
        assertNull(ds.post("1003").sourcePostId()); // a reply is a post, not an engagement
        assertEquals(List.of("1001", "1002", "1004"), ds.engagementList().stream().map(Engagement::id).toList());

        // the retweet of a deleted tweet cannot be used: reported with page, line and field
        List<String> problems = r.report().problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("page-2.json line 10 field 'source_post_id': engagement 1005: source post "
                + "'999' not found"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("page-2.json line 30 field 'errors': warning: "
                + "the API reported: Not Found Error")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("1 repl(ies) kept as posts")), problems.toString());
        assertEquals(1, r.report().errors());
        assertThrows(DatasetImportException.class, () -> XApiPages.read(pages(), ErrorPolicy.FAIL));
    }

    @Test
    void roundTripsThroughTheCanonicalFormat() {
        EngagementDataset ds = XApiPages.read(pages(), ErrorPolicy.SKIP_AND_REPORT).dataset();
        Datasets.save(ds, dir);
        CanonicalFormatTest.assertSame(ds, Datasets.load(dir));
    }

    @Test
    void malformedPagesAreReportedWithFileAndLine() throws IOException {
        Files.writeString(dir.resolve("a.json"), """
                {"data": [
                  {"id": "1", "author_id": "7", "created_at": "2020-10-01T00:00:00Z", "text": "hi"},
                  {"author_id": "7", "text": "no id"},
                  {"id": "2", "author_id": "7", "text": "no time"},
                  {"id": "3", "author_id": "7", "created_at": "01/10/2020", "text": "bad time"}
                ],
                 "includes": {"users": [
                  {"id": "7", "username": "x", "public_metrics": {"followers_count": "lots"}},
                  {"id": "8", "username": "y", "public_metrics": {"followers_count": 4}}]}}
                """);
        Imported r = XApiPages.read(dir.resolve("a.json"), ErrorPolicy.SKIP_AND_REPORT);
        List<String> problems = r.report().problems().stream().map(Problem::toString).toList();
        assertEquals(List.of(
                "a.json line 2 field 'author_id': post 1: author '7' not found",
                "a.json line 3 field 'id': tweet without an id",
                "a.json line 4 field 'created_at': tweet 2: no created_at (request tweet.fields=created_at)",
                "a.json line 5 field 'created_at': tweet 3: not an ISO-8601 time: '01/10/2020'",
                "a.json line 8 field 'public_metrics.followers_count': not a non-negative whole number: \"lots\""),
                problems);

        Files.writeString(dir.resolve("b.json"), "[1, 2, 3]");
        DatasetImportException e = assertThrows(DatasetImportException.class,
                () -> XApiPages.read(dir.resolve("b.json"), ErrorPolicy.SKIP_AND_REPORT));
        assertTrue(e.getMessage().contains("b.json line 1: not an X API v2 page"), e.getMessage());
        Files.writeString(dir.resolve("c.json"), "{\"data\": [ {\"id\": \"1\",, } ]}");
        e = assertThrows(DatasetImportException.class,
                () -> XApiPages.read(dir.resolve("c.json"), ErrorPolicy.SKIP_AND_REPORT));
        assertTrue(e.getMessage().contains("c.json line 1: not valid JSON"), e.getMessage());
        Files.writeString(dir.resolve("d.json"), "{\"users\": []}");
        e = assertThrows(DatasetImportException.class,
                () -> XApiPages.read(dir.resolve("d.json"), ErrorPolicy.SKIP_AND_REPORT));
        assertTrue(e.getMessage().contains("no 'data', 'includes' or 'meta' field"), e.getMessage());
    }
}
