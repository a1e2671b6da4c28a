package org.socialsim.workbench.data.io.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.Post;
import org.socialsim.workbench.data.RejectedRows.Kind;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.internal.Integrity;

/**
 * The canonical files' fields and the conversion between records and rows of field values (strings; null when
 * absent), shared by the JSONL and CSV readers and writers so both formats agree exactly.
 */
public final class CanonicalSchema {
    public static final String[] USER_FIELDS = {"id", "handle", "display_name", "description", "followers",
        "following", "post_count", "created_at"};
    public static final String[] POST_FIELDS = {"id", "author_id", "text", "created_at", "source_post_id"};
    public static final String[] ENGAGEMENT_FIELDS = {"id", "user_id", "source_post_id", "action", "response_text",
        "time"};
    /** Which fields hold numbers (written as JSON numbers). */
    public static final boolean[] USER_NUMERIC = {false, false, false, false, true, true, true, false};

    private CanonicalSchema() {
    }

    /** The field names of one kind. */
    public static String[] fields(Kind kind) {
        return switch (kind) {
            case USER -> USER_FIELDS;
            case POST -> POST_FIELDS;
            case ENGAGEMENT -> ENGAGEMENT_FIELDS;
        };
    }

    /** The fields a CSV header may lack (their values are then absent). */
    public static java.util.Set<String> optional(Kind kind) {
        return switch (kind) {
            case USER -> java.util.Set.of(USER_FIELDS).stream().filter(f -> !f.equals("id"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
            case POST -> java.util.Set.of("source_post_id");
            case ENGAGEMENT -> java.util.Set.of("response_text");
        };
    }

    /** Where a row came from, for messages. */
    public record At(String file, long line, ProblemLog log) {
        void error(String field, String message) {
            log.error(file, line, field, message);
        }
    }

    public static String[] values(User u) {
        return new String[] {u.id(), u.handle(), u.displayName(), u.description(), Long.toString(u.followers()),
            Long.toString(u.following()), Long.toString(u.postCount()), time(u.createdAt())};
    }

    public static String[] values(Post p) {
        return new String[] {p.id(), p.authorId(), p.text(), time(p.createdAt()), p.sourcePostId()};
    }

    public static String[] values(Engagement e) {
        return new String[] {e.id(), e.userId(), e.sourcePostId(), e.action().label(), e.responseText(),
            time(e.time())};
    }

    /** A user from a row, or null after reporting what is wrong. */
    public static User user(String[] v, At at) {
        String id = required(v[0], "id", at);
        Long followers = count(v[4], "followers", at);
        Long following = count(v[5], "following", at);
        Long posts = count(v[6], "post_count", at);
        Instant created = v[7] == null || v[7].isEmpty() ? null : time(v[7], "created_at", at);
        if (id == null || followers == null || following == null || posts == null
                || (created == null && v[7] != null && !v[7].isEmpty())) {
            return null;
        }
        return new User(id, v[1], v[2], v[3], followers, following, posts, created);
    }

    /**
     * A post from a row, or null after reporting what is wrong. {@code userIds} maps known user ids to themselves:
     * the post then shares the user's id string (less memory, and later lookups reuse its cached hash).
     */
    public static Post post(String[] v, At at, Map<String, String> userIds) {
        String id = required(v[0], "id", at);
        String author = required(v[1], "author_id", at);
        Instant created = v[3] == null ? missing("created_at", at) : time(v[3], "created_at", at);
        if (id == null || author == null || created == null) {
            return null;
        }
        return new Post(id, userIds.getOrDefault(author, author), v[2], created,
                v[4] == null || v[4].isEmpty() ? null : v[4]);
    }

    /** An engagement with what the integrity rules say about it (null verdict: it passes, unless its id repeats). */
    public record CheckedEngagement(Engagement engagement, Integrity.Verdict verdict) {
    }

    /**
     * An engagement from a row, checked against the kept users and posts, or null after reporting what is wrong; its
     * user and post ids are shared with those records, as in {@link #post}. Safe to call from worker threads.
     */
    public static CheckedEngagement engagement(String[] v, At at, Integrity.Checker checker) {
        String id = required(v[0], "id", at);
        String userId = required(v[1], "user_id", at);
        String sourceId = required(v[2], "source_post_id", at);
        Action action = null;
        if (v[3] == null) {
            missing("action", at);
        } else {
            action = fastAction(v[3]);
            if (action == null) {
                try {
                    action = Action.parse(v[3]);
                } catch (IllegalArgumentException e) {
                    at.error("action", e.getMessage());
                }
            }
        }
        Instant time = v[5] == null ? missing("time", at) : time(v[5], "time", at);
        if (id == null || userId == null || sourceId == null || action == null || time == null) {
            return null;
        }
        User user = checker.user(userId);
        Post source = checker.post(sourceId);
        Engagement e = new Engagement(id, user == null ? userId : user.id(), source == null ? sourceId : source.id(),
                action, v[4], time);
        id.hashCode(); // cached in the string now, on a worker, for the duplicate-id check on the reading thread
        return new CheckedEngagement(e, checker.verdict(e, user, source));
    }

    /** The canonical labels by plain comparison (a string switch would hash every new string first). */
    private static Action fastAction(String s) {
        return s.equals("retweet") ? Action.RETWEET : s.equals("quote") ? Action.QUOTE
                : s.equals("rewrite") ? Action.REWRITE : null;
    }

    private static String required(String v, String field, At at) {
        if (v == null || v.isBlank()) {
            at.error(field, v == null ? "missing" : "blank");
            return null;
        }
        return v;
    }

    private static <T> T missing(String field, At at) {
        at.error(field, "missing");
        return null;
    }

    private static Long count(String v, String field, At at) {
        if (v == null || v.isEmpty()) {
            return 0L;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < 0) {
                at.error(field, "negative count " + n);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            at.error(field, "not a whole number: '" + v + "'");
            return null;
        }
    }

    private static Instant time(String v, String field, At at) {
        Instant t = Times.parse(v);
        if (t == null) {
            at.error(field, "not an ISO-8601 time (e.g. 2020-10-01T12:00:00Z): '" + v + "'");
        }
        return t;
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }

    /** Parses ISO-8601 instants, with a fast path for the canonical UTC form "yyyy-MM-ddTHH:mm:ssZ". */
    public static final class Times {
        private Times() {
        }

        /** The instant, or null if the text is not an ISO-8601 instant. */
        public static Instant parse(String v) {
            Instant fast = fast(v);
            if (fast != null) {
                return fast;
            }
            try {
                return Instant.parse(v.strip());
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** "2020-10-01T12:34:56Z" without allocation beyond the result; null if the text has any other shape. */
        static Instant fast(String v) {
            if (v.length() != 20 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
                    || v.charAt(13) != ':' || v.charAt(16) != ':' || v.charAt(19) != 'Z') {
                return null;
            }
            int year = digits(v, 0, 4);
            int month = digits(v, 5, 2);
            int day = digits(v, 8, 2);
            int hour = digits(v, 11, 2);
            int minute = digits(v, 14, 2);
            int second = digits(v, 17, 2);
            if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour < 0
                    || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
                return null;
            }
            return Instant.ofEpochSecond(epochDay(year, month, day) * 86400L + hour * 3600L + minute * 60L + second);
        }

        private static int lengthOfMonth(int year, int month) {
            if (month == 2) {
                return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            }
            return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
        }

        /** Days since 1970-01-01 of a proleptic Gregorian date (year 0..9999), by the civil-calendar formula. */
        static long epochDay(int year, int month, int day) {
            int y = month <= 2 ? year - 1 : year;
            int era = Math.floorDiv(y, 400);
            int yearOfEra = y - era * 400;
            int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
            int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            return era * 146097L + dayOfEra - 719468;
        }

        private static int digits(String v, int from, int n) {
            int x = 0;
            for (int i = from; i < from + n; i++) {
                char c = v.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                x = x * 10 + (c - '0');
            }
            return x;
        }
    }
}
