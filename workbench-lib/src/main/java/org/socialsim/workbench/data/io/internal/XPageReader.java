package org.socialsim.workbench.data.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.RejectedRows.Kind;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.io.ErrorPolicy;
import org.socialsim.workbench.data.io.Imported;

/** Reads X API v2 pages with a streaming parser, so every tweet and user keeps its file and line for messages. */
public final class XPageReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TRAILING_LINK = Pattern.compile("\\s*https://t\\.co/\\S+\\s*$");

    private final ProblemLog log;
    private final Map<String, Row<User>> users = new LinkedHashMap<>();
    private final Map<String, Row<JsonNode>> tweets = new LinkedHashMap<>();
    private final Set<String> timeline = new HashSet<>();
    private long replies;

    private record Row<T>(T value, String file, long line) {
    }

    private XPageReader(ProblemLog log) {
        this.log = log;
    }

    public static Imported read(List<Path> pages, ErrorPolicy policy, String source) {
        ProblemLog log = new ProblemLog(source, policy);
        if (pages.isEmpty()) {
            throw log.fatal(source, 0, "", "no X API page files (*.json) found");
        }
        XPageReader r = new XPageReader(log);
        for (Path page : pages) {
            r.page(page);
        }
        return r.assemble(source);
    }

    private void page(Path path) {
        String file = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw log.fatal(file, 0, "", "no such file: " + path);
        }
        try (InputStream in = Inputs.open(path); JsonParser p = JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw log.fatal(file, 1, "", "not an X API v2 page (a JSON object with 'data' and 'includes')");
            }
            boolean known = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "data" -> {
                        known = true;
                        elements(p, file, "data", (n, line) -> tweet(n, file, line, true));
                    }
                    case "includes" -> {
                        known = true;
                        includes(p, file);
                    }
                    case "errors" -> elements(p, file, "errors", (n, line) -> log.warning(file, line, "errors",
                            "the API reported: " + n.path("title").asText("") + " " + n.path("detail").asText("")));
                    case "meta" -> {
                        known = true;
                        p.skipChildren();
                    }
                    default -> p.skipChildren();
                }
            }
            if (!known) {
                throw log.fatal(file, 1, "", "not an X API v2 page: no 'data', 'includes' or 'meta' field");
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String what = Inputs.firstLine(e.getOriginalMessage());
            throw log.fatal(file, line, "", (what.contains("UTF-8") ? "not UTF-8 text: " : "not valid JSON: ")
                    + what);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e, e);
        }
    }

    private void includes(JsonParser p, String file) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            log.error(file, line(p), "includes", "expected an object");
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "users" -> elements(p, file, "includes.users", (n, line) -> user(n, file, line));
                case "tweets" -> elements(p, file, "includes.tweets", (n, line) -> tweet(n, file, line, false));
                default -> p.skipChildren();
            }
        }
    }

    private interface NodeHandler {
        void accept(JsonNode node, long line) throws IOException;
    }

    /** Each object of an array, read as a tree (the parser still points at its start for the line). */
    private void elements(JsonParser p, String file, String field, NodeHandler handler) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            log.error(file, line(p), field, "expected an array");
            p.skipChildren();
            return;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            long line = line(p);
            JsonNode n = p.readValueAsTree();
            handler.accept(n, line);
        }
    }

    /** The line of the current token (the start of the object being read). */
    private static long line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private void tweet(JsonNode n, String file, long line, boolean inData) {
        String id = text(n, "id");
        if (id == null) {
            log.error(file, line, "id", "tweet without an id");
            return;
        }
        tweets.putIfAbsent(id, new Row<>(n, file, line));
        if (inData) {
            timeline.add(id);
        }
    }

    private void user(JsonNode n, String file, long line) {
        String id = text(n, "id");
        if (id == null) {
            log.error(file, line, "id", "user without an id");
            return;
        }
        if (users.containsKey(id)) {
            return;
        }
        JsonNode m = n.path("public_metrics");
        Long followers = count(m, "followers_count", file, line);
        Long following = count(m, "following_count", file, line);
        Long posts = count(m, "tweet_count", file, line);
        Instant created = null;
        String c = text(n, "created_at");
        if (c != null) {
            created = CanonicalSchema.Times.parse(c);
            if (created == null) {
                log.error(file, line, "created_at", "not an ISO-8601 time: '" + c + "'");
                return;
            }
        }
        if (followers == null || following == null || posts == null) {
            return;
        }
        users.put(id, new Row<>(new User(id, text(n, "username"), text(n, "name"), text(n, "description"),
                followers, following, posts, created), file, line));
    }

    private Long count(JsonNode metrics, String field, String file, long line) {
        JsonNode v = metrics.get(field);
        if (v == null || v.isNull()) {
            return 0L;
        }
        if (!v.canConvertToLong() || v.asLong() < 0) {
            log.error(file, line, "public_metrics." + field, "not a non-negative whole number: " + v);
            return null;
        }
        return v.asLong();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }

    private Imported assemble(String source) {
        List<User> userList = new ArrayList<>();
        List<Row<?>> userRows = new ArrayList<>();
        for (Row<User> r : users.values()) {
            userList.add(r.value());
            userRows.add(r);
        }
        List<Post> posts = new ArrayList<>();
        List<Row<?>> postRows = new ArrayList<>();
        List<Engagement> engagements = new ArrayList<>();
        List<Row<?>> engagementRows = new ArrayList<>();
        for (Row<JsonNode> r : tweets.values()) {
            JsonNode n = r.value();
            String id = text(n, "id");
            String author = text(n, "author_id");
            String c = text(n, "created_at");
            Instant created = c == null ? null : CanonicalSchema.Times.parse(c);
            if (author == null || created == null) {
                log.error(r.file(), r.line(), author == null ? "author_id" : "created_at", "tweet " + id + ": "
                        + (author == null ? "no author_id" : c == null ? "no created_at (request tweet.fields="
                        + "created_at)" : "not an ISO-8601 time: '" + c + "'"));
                continue;
            }
            String[] ref = reference(n);
            String text = n.path("text").asText("");
            boolean shares = ref != null && !ref[0].equals("replied_to");
            posts.add(new Post(id, author, text, created, shares && tweets.containsKey(ref[1]) ? ref[1] : null));
            postRows.add(r);
            if (ref == null || !timeline.contains(id)) {
                continue;
            }
            if (ref[0].equals("replied_to")) {
                replies++;
                continue;
            }
            Action action = ref[0].equals("retweeted") ? Action.RETWEET : Action.QUOTE;
            String response = action == Action.QUOTE ? TRAILING_LINK.matcher(text).replaceFirst("") : null;
            engagements.add(new Engagement(id, author, ref[1], action, response, created));
            engagementRows.add(r);
        }
        if (replies > 0) {
            log.warning(source, 0, "referenced_tweets", replies + " repl(ies) kept as posts without a source "
                    + "(a reply is not a retweet, quote or rewrite)");
        }
        log.read(Kind.USER, userList.size());
        log.read(Kind.POST, posts.size());
        log.read(Kind.ENGAGEMENT, engagements.size());
        EngagementDataset ds = EngagementDataset.assemble(name(source), userList, posts, engagements,
                (kind, index, field, message) -> {
                    Row<?> r = (kind == Kind.USER ? userRows : kind == Kind.POST ? postRows : engagementRows)
                            .get(index);
                    log.error(r.file(), r.line(), field, message);
                });
        log.kept(Kind.USER, ds.userList().size());
        log.kept(Kind.POST, ds.postList().size());
        log.kept(Kind.ENGAGEMENT, ds.size());
        return log.finish(ds);
    }

    /** The first retweeted/quoted reference as {type, id} (else a replied_to one), or null. */
    private static String[] reference(JsonNode n) {
        String[] reply = null;
        for (JsonNode ref : n.path("referenced_tweets")) {
            String type = ref.path("type").asText("");
            String id = ref.path("id").asText("");
            if (id.isEmpty()) {
                continue;
            }
            if (type.equals("retweeted") || type.equals("quoted")) {
                return new String[] {type, id};
            }
            if (type.equals("replied_to")) {
                reply = new String[] {type, id};
            }
        }
        return reply;
    }

    private static String name(String source) {
        Path p = Path.of(source);
        return p.getFileName() == null ? source : p.getFileName().toString();
    }
}
