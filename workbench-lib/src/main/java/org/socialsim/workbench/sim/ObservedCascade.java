package org.socialsim.workbench.sim;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One observed cascade of the OASIS Twitter15 data (datasets/oasis-twitter15-cascade/): its metadata from
 * all_topics.csv and its per-minute curves: scale (users reached), maximum breadth and depth of the cascade tree.
 *
 * @param topic       the topic name, e.g. "False_Business_0"
 * @param sourceTweet the source post's text
 * @param rootUser    the user id of the account that posted it
 * @param users       number of users in the cascade (all_topics.csv's num_users)
 * @param startTime   the source post's time as written in the file
 * @param scale       users reached per minute
 * @param maxBreadth  maximum breadth of the cascade tree per minute
 * @param depth       depth of the cascade tree per minute
 */
public record ObservedCascade(String topic, String sourceTweet, String rootUser, int users, String startTime,
                              Curve scale, Curve maxBreadth, Curve depth) {
    public ObservedCascade {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(scale, "scale");
    }

    /**
     * Loads {@code topic} from a folder holding all_topics.csv and {@code <topic>_scale.csv},
     * {@code <topic>_max_breadth.csv}, {@code <topic>_depth.csv}.
     *
     * @throws IllegalArgumentException naming the file, line and field of a malformed value, or a missing topic
     */
    public static ObservedCascade load(Path dir, String topic) {
        Path topics = dir.resolve("all_topics.csv");
        CSVRecord row = null;
        try (Reader in = Files.newBufferedReader(topics, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true).build().parse(in)) {
                if (topic.equals(r.get("topic_name"))) {
                    row = r;
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + topics, e);
        }
        if (row == null) {
            throw new IllegalArgumentException(topics + ": no row with topic_name " + topic);
        }
        int users = (int) number(topics, row.getRecordNumber() + 1, "num_users", row.get("num_users"));
        return new ObservedCascade(topic, row.get("source_tweet"), row.get("root_user"), users, row.get("start_time"),
                curve(dir.resolve(topic + "_scale.csv"), "scale"),
                curve(dir.resolve(topic + "_max_breadth.csv"), "max_breadth"),
                curve(dir.resolve(topic + "_depth.csv"), "depth"));
    }

    /** A per-minute curve file with columns "minute" and {@code column}. */
    static Curve curve(Path file, String column) {
        List<Double> t = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                long line = r.getRecordNumber() + 1;
                if (!r.isMapped("minute") || !r.isMapped(column) || !r.isSet(column)) {
                    throw new IllegalArgumentException(file + " line " + line + ": needs fields minute and " + column);
                }
                t.add(number(file, line, "minute", r.get("minute")));
                y.add(number(file, line, column, r.get(column)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException(file + ": no rows");
        }
        for (int i = 1; i < t.size(); i++) {
            if (!(t.get(i) > t.get(i - 1))) {
                throw new IllegalArgumentException(file + " line " + (i + 2) + ", field minute: " + t.get(i)
                        + " does not follow " + t.get(i - 1));
            }
        }
        return new Curve("observed " + column, t.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double number(Path file, long line, String field, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + " line " + line + ", field " + field + ": '" + value
                    + "' is not a number", e);
        }
    }
}
