package org.socialsim.workbench.data.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialsim.workbench.data.Datasets;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.RejectedRows.Kind;
import org.socialsim.workbench.data.TinyDatasets;

class CanonicalFormatTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(CanonicalFormat.class)
    void roundTripIsExact(CanonicalFormat format) {
        EngagementDataset ds = TinyDatasets.awkward();
        format.write(ds, dir);
        Imported back = CanonicalFormat.read(dir, ErrorPolicy.FAIL);
        assertSame(ds, back.dataset());
        assertTrue(back.report().clean(), back.report().summary());
        assertNull(back.dataset().engagementList().get(0).responseText());
        assertEquals("", back.dataset().engagementList().get(3).responseText());
    }

    @ParameterizedTest
    @EnumSource(CanonicalFormat.class)
    void roundTripIsExactGzippedAndForLargerData(CanonicalFormat format) {
        EngagementDataset ds = TinyDatasets.random(50, 2000, 9);
        format.write(ds, dir, true);
        assertTrue(Files.exists(dir.resolve("engagements." + format.extension() + ".gz")));
        assertSame(ds, Datasets.load(dir));
    }

    @Test
    void everyBadFieldIsReportedWithFileLineAndField() throws IOException {
        TinyDatasets.awkward();
        write("users.jsonl", """
                {"id":"u1","handle":"a","followers":5}
                {"id":"u2","followers":-3}
                {"id":"u1"}
                {"id":"u3","followers":"many","created_at":"yesterday","mood":"happy"}
                {"id":"src"}
                """);
        write("posts.jsonl", """
                {"id":"p1","author_id":"src","text":"hello","created_at":"2020-10-01T00:00:00Z"}
                {"id":"p2","author_id":"nobody","text":"x","created_at":"2020-10-01T00:00:00Z"}

                {"id":"p3","author_id":"src","text":"x","created_at":"2020-10-01T00:00:00Z","source_post_id":"p9"}
                not json at all
                """);
        write("engagements.jsonl", """
                {"id":"e1","user_id":"u1","source_post_id":"p1","action":"retweet","time":"2020-10-02T00:00:00Z"}
                {"id":"e2","user_id":"u1","source_post_id":"p1","action":"like","time":"2020-10-02T00:00:00Z"}
                {"id":"e3","user_id":"u1","source_post_id":"p1","action":"retweet","time":"2020-09-02T00:00:00Z"}
                {"id":"e1","user_id":"u1","source_post_id":"p1","action":"retweet","time":"2020-10-02T00:00:00Z"}
                {"id":"e5","user_id":"ghost","source_post_id":"p1","action":"retweet","time":"2020-10-02T00:00:00Z"}
                {"id":"e6","user_id":"u1","source_post_id":"p2","action":"retweet","time":"2020-10-02T00:00:00Z"}
                {"id":"e7","user_id":"u1","source_post_id":"p1","action":"quote","time":"2020-10-02T00:00:00Z"}
                {"id":"e8","user_id":"u1","source_post_id":"p1","action":"quote","response_text":["a"],"time":"2020-10-02T00:00:00Z"}
                """);
        Imported r = CanonicalFormat.read(dir, ErrorPolicy.SKIP_AND_REPORT);
        List<String> problems = r.report().problems().stream().map(Problem::toString).toList();
        assertHas(problems, "users.jsonl line 2 field 'followers': negative count -3");
        assertHas(problems, "users.jsonl line 3 field 'id': duplicate user id 'u1'");
        assertHas(problems, "users.jsonl line 4 field 'followers': not a whole number: 'many'");
        assertHas(problems, "users.jsonl line 4 field 'created_at': not an ISO-8601 time");
        assertHas(problems, "users.jsonl line 4 field 'mood': warning: unknown field ignored in 1 row(s)");
        assertHas(problems, "posts.jsonl line 2 field 'author_id': post p2: author 'nobody' not found");
        assertHas(problems, "posts.jsonl line 4 field 'source_post_id': post p3: source post 'p9' not found");
        assertHas(problems, "posts.jsonl line 5: not a JSON object");
        assertHas(problems, "engagements.jsonl line 2 field 'action': unknown action 'like'");
        assertHas(problems, "engagements.jsonl line 3 field 'time': engagement e3 at 2020-09-02T00:00:00Z is before");
        assertHas(problems, "engagements.jsonl line 4 field 'id': duplicate engagement id 'e1'");
        assertHas(problems, "engagements.jsonl line 5 field 'user_id': engagement e5: user 'ghost' not found");
        assertHas(problems, "engagements.jsonl line 6 field 'source_post_id': engagement e6: source post 'p2'");
        assertHas(problems, "engagements.jsonl line 7 field 'response_text': engagement e7: a quote needs");
        assertHas(problems, "engagements.jsonl line 8 field 'response_text': expected a text or number");
        assertEquals(14, r.report().errors(), problems.toString());
        assertEquals(1, r.report().warnings());
        assertEquals(List.of("u1", "src"), r.dataset().userList().stream().map(u -> u.id()).toList());
        assertEquals(1, r.dataset().size());
        assertEquals(5, r.report().read().get(Kind.USER));
        assertEquals(8, r.report().read().get(Kind.ENGAGEMENT));
        assertEquals(7, r.report().skipped(Kind.ENGAGEMENT));
        assertEquals(15, r.report().table().rowCount());

        DatasetImportException e = assertThrows(DatasetImportException.class,
                () -> CanonicalFormat.read(dir, ErrorPolicy.FAIL));
        String first = e.getMessage().lines().findFirst().orElseThrow();
        assertTrue(first.contains("14 error(s)") && first.contains("users.jsonl line 2 field 'followers'"), first);
        assertEquals(14, e.report().errors());
    }

    @Test
    void aFieldGivenTwiceInOneObjectRejectsTheRow() throws IOException {
        CanonicalFormat.JSONL.write(TinyDatasets.awkward(), dir);
        write("users.jsonl", """
                {"id":"u1","handle":"a"}
                {"id":"u2","handle":"b","id":"u3"}
                {"id":"u4","mood":"x","mood":"y"}
                """);
        Imported r = CanonicalFormat.read(dir, ErrorPolicy.SKIP_AND_REPORT);
        List<String> problems = r.report().problems().stream().map(Problem::toString).toList();
        assertHas(problems, "users.jsonl line 2 field 'id': the field is given twice");
        assertHas(problems, "users.jsonl line 3 field 'mood': the field is given twice");
        assertEquals(List.of("u1"), r.dataset().userList().stream().map(u -> u.id()).toList());
        assertEquals(3, r.report().read().get(Kind.USER));
    }

    @Test
    void largeFilesReadInManyBlocksKeepLineNumbersAcrossBlocksAndOverlongLines() throws IOException {
        write("users.jsonl", "{\"id\":\"u1\"}\n");
        write("posts.jsonl", "{\"id\":\"p1\",\"author_id\":\"u1\",\"text\":\"x\","
                + "\"created_at\":\"2020-10-01T00:00:00Z\"}\n");
        StringBuilder rows = new StringBuilder();
        String longText = "y".repeat(5_000_000); // longer than one read block
        for (int i = 1; i <= 60_000; i++) {
            String action = i == 50_000 ? "like" : i == 30_000 ? "quote" : "retweet";
            rows.append("{\"id\":\"e").append(i).append("\",\"user_id\":\"u1\",\"source_post_id\":\"p1\",")
                    .append("\"action\":\"").append(action).append('"')
                    .append(i == 30_000 ? ",\"response_text\":\"" + longText + '"' : "")
                    .append(",\"time\":\"2020-10-02T00:00:00Z\",\"padding\":\"").append("z".repeat(40)).append("\"}\n");
        }
        write("engagements.jsonl", rows.toString());
        Imported r = CanonicalFormat.read(dir, ErrorPolicy.SKIP_AND_REPORT);
        List<String> problems = r.report().problems().stream().map(Problem::toString).toList();
        assertHas(problems, "engagements.jsonl line 50000 field 'action': unknown action 'like'");
        assertHas(problems, "engagements.jsonl line 1 field 'padding': warning: unknown field ignored in 60000 row(s)");
        assertEquals(1, r.report().errors(), problems.toString());
        assertEquals(59_999, r.dataset().size());
        assertEquals(longText, r.dataset().engagementList().get(29_999).responseText());
        assertEquals("e60000", r.dataset().engagementList().get(59_998).id());
    }

    @Test
    void csvRowsWithBadValuesOrWidthsAreReported() throws IOException {
        CanonicalFormat.CSV.write(TinyDatasets.awkward(), dir);
        Files.writeString(dir.resolve("engagements.csv"), """
                "id","user_id","source_post_id","action","response_text","time"
                "e1","u1","p1","retweet",,"2020-10-01T02:00:00Z"
                "e2","u1","p1","share",,"2020-10-01T02:00:00Z"
                "e3","u1","p1"
                "e4","u1","p1","quote","multi
                line","2020-10-01T02:00:00Z"
                "e5","u1","p1","retweet",,"2020-13-01T02:00:00Z"
                """, StandardCharsets.UTF_8);
        Imported r = CanonicalFormat.read(dir, ErrorPolicy.SKIP_AND_REPORT);
        List<String> problems = r.report().problems().stream().map(Problem::toString).toList();
        assertHas(problems, "engagements.csv line 3 field 'action': unknown action 'share'");
        assertHas(problems, "engagements.csv line 4: has 3 value(s) but the header has 6");
        assertHas(problems, "engagements.csv line 7 field 'time': not an ISO-8601 time");
        assertEquals(3, r.report().errors(), problems.toString());
        assertEquals(List.of("e1", "e4"), r.dataset().engagementList().stream().map(x -> x.id()).toList());
    }

    @Test
    void wrongFormatEncodingAndMissingFilesStopTheImport() throws IOException {
        DatasetImportException e = assertThrows(DatasetImportException.class,
                () -> CanonicalFormat.read(dir.resolve("nope"), ErrorPolicy.SKIP_AND_REPORT));
        assertTrue(e.getMessage().contains("no such folder"), e.getMessage());
        e = assertThrows(DatasetImportException.class, () -> CanonicalFormat.read(dir, ErrorPolicy.FAIL));
        assertTrue(e.getMessage().contains("no canonical dataset here"), e.getMessage());

        CanonicalFormat.JSONL.write(TinyDatasets.awkward(), dir);
        Files.delete(dir.resolve("posts.jsonl"));
        e = assertThrows(DatasetImportException.class, () -> CanonicalFormat.read(dir, ErrorPolicy.FAIL));
        assertTrue(e.getMessage().contains("posts.jsonl: missing from"), e.getMessage());

        CanonicalFormat.JSONL.write(TinyDatasets.awkward(), dir);
        write("users.jsonl", "id,handle\nu1,alice\n");
        e = assertThrows(DatasetImportException.class,
                () -> CanonicalFormat.read(dir, ErrorPolicy.SKIP_AND_REPORT));
        assertTrue(e.getMessage().contains("users.jsonl line 1: not a JSON Lines file"), e.getMessage());

        CanonicalFormat.JSONL.write(TinyDatasets.awkward(), dir);
        Files.write(dir.resolve("posts.jsonl"), ("{\"id\":\"p1\",\"author_id\":\"src\",\"created_at\":"
                + "\"2020-10-01T00:00:00Z\"}\n{\"id\":\"p2\",\"author_id\":\"src\",\"text\":\"caf\u00e9\"}\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        e = assertThrows(DatasetImportException.class,
                () -> CanonicalFormat.read(dir, ErrorPolicy.SKIP_AND_REPORT));
        assertTrue(e.getMessage().contains("posts.jsonl line 2: not UTF-8"), e.getMessage());

        Path csvDir = dir.resolve("csv");
        CanonicalFormat.CSV.write(TinyDatasets.awkward(), csvDir);
        Files.writeString(csvDir.resolve("engagements.csv"), "\"id\",\"user\",\"action\"\n\"e1\",\"u1\",\"quote\"\n");
        e = assertThrows(DatasetImportException.class,
                () -> CanonicalFormat.read(csvDir, ErrorPolicy.SKIP_AND_REPORT));
        assertTrue(e.getMessage().contains("engagements.csv line 1: not the expected CSV")
                && e.getMessage().contains("lacks [user_id, source_post_id, time]"), e.getMessage());

        CanonicalFormat.CSV.write(TinyDatasets.awkward(), csvDir);
        Files.write(csvDir.resolve("users.csv"), "\"id\"\n\"u1\"\n\"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        e = assertThrows(DatasetImportException.class, () -> CanonicalFormat.read(csvDir, ErrorPolicy.FAIL));
        assertTrue(e.getMessage().contains("users.csv") && e.getMessage().contains("not UTF-8"), e.getMessage());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static void assertSame(EngagementDataset expected, EngagementDataset actual) {
        assertEquals(expected.userList(), actual.userList());
        assertEquals(expected.postList(), actual.postList());
        assertEquals(expected.engagementList(), actual.engagementList());
    }

    private static void assertHas(List<String> problems, String prefix) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(prefix)), "no problem starting with '" + prefix
                + "' in:\n" + String.join("\n", problems));
    }
}
