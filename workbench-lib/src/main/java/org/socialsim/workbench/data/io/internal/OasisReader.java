package org.socialsim.workbench.data.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.socialsim.workbench.data.RejectedRows.Kind;
import org.socialsim.workbench.data.User;
import org.socialsim.workbench.data.io.ErrorPolicy;
import org.socialsim.workbench.data.io.OasisUsers;

/** Reads an OASIS user CSV; Python-style list cells are parsed by Jackson with single quotes allowed. */
public final class OasisReader {
    static final String[] FIELDS = {"", "user_id", "name", "username", "following_agentid_list", "previous_tweets",
        "user_char", "description"};
    private static final JsonMapper PYTHON_LISTS = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    private OasisReader() {
    }

    private record Row(long line, int agentId, String userId, String name, String username, List<Integer> follows,
                       List<String> tweets, String character, String description) {
    }

    public static OasisUsers read(Path csv, ErrorPolicy policy) throws IOException {
        String file = csv.getFileName().toString();
        ProblemLog log = new ProblemLog(csv.toString(), policy);
        List<Row> rows = new ArrayList<>();
        long[] read = {0};
        CsvRows.read(csv, file, FIELDS, Set.of("", "name", "username", "previous_tweets", "user_char",
                "description"), org.apache.commons.csv.CSVFormat.DEFAULT, log, (v, line) -> {
                    Row r = v == null ? null : row(v, line, rows.size(), file, log);
                    read[0]++;
                    if (r != null) {
                        rows.add(r);
                    }
                });
        log.read(Kind.USER, read[0]);
        // unique agent ids and user ids; row numbers for the kept rows
        Map<Integer, Integer> rowOfAgent = new HashMap<>();
        Set<String> userIds = new HashSet<>();
        List<Row> kept = new ArrayList<>();
        for (Row r : rows) {
            if (rowOfAgent.containsKey(r.agentId())) {
                log.error(file, r.line(), "", "duplicate row index " + r.agentId());
            } else if (!userIds.add(r.userId())) {
                log.error(file, r.line(), "user_id", "duplicate user id '" + r.userId() + "'");
            } else {
                rowOfAgent.put(r.agentId(), kept.size());
                kept.add(r);
            }
        }
        int n = kept.size();
        int[][] follows = new int[n][];
        int[] followers = new int[n];
        for (int i = 0; i < n; i++) {
            Row r = kept.get(i);
            TreeSet<Integer> out = new TreeSet<>();
            for (int agent : r.follows()) {
                Integer target = rowOfAgent.get(agent);
                if (target == null) {
                    log.error(file, r.line(), "following_agentid_list", "follows agent " + agent
                            + ", which is not a kept row of this file (edge left out)");
                } else if (target == i) {
                    log.warning(file, r.line(), "following_agentid_list", "follows itself (edge left out)");
                } else if (!out.add(target)) {
                    log.warning(file, r.line(), "following_agentid_list", "follows agent " + agent + " twice");
                }
            }
            follows[i] = out.stream().mapToInt(Integer::intValue).toArray();
            for (int t : follows[i]) {
                followers[t]++;
            }
        }
        List<User> users = new ArrayList<>(n);
        List<List<String>> tweets = new ArrayList<>(n);
        List<String> characters = new ArrayList<>(n);
        int[] agentIds = new int[n];
        for (int i = 0; i < n; i++) {
            Row r = kept.get(i);
            users.add(new User(r.userId(), r.username(), r.name(), r.description(), followers[i],
                    follows[i].length, r.tweets().size(), null));
            tweets.add(r.tweets());
            characters.add(r.character());
            agentIds[i] = r.agentId();
        }
        log.kept(Kind.USER, n);
        return new OasisUsers(users, follows, tweets, characters, agentIds, log.check());
    }

    private static Row row(String[] v, long line, int position, String file, ProblemLog log) {
        int agent = position;
        if (v[0] != null && !v[0].isBlank()) {
            try {
                agent = Integer.parseInt(v[0].strip());
            } catch (NumberFormatException e) {
                log.error(file, line, "(index)", "not a whole number: '" + v[0] + "'");
                return null;
            }
        }
        if (v[1] == null || v[1].isBlank()) {
            log.error(file, line, "user_id", "missing");
            return null;
        }
        List<Integer> follows = new ArrayList<>();
        List<String> tweets = new ArrayList<>();
        if (!list(v[4], file, line, "following_agentid_list", true, follows, log)
                || !list(v[5], file, line, "previous_tweets", false, tweets, log)) {
            return null;
        }
        return new Row(line, agent, v[1].strip(), v[2], v[3], follows, tweets, v[6] == null ? "" : v[6], v[7]);
    }

    /** Parses "[1, 2]" or "['a', \"b\"]" into {@code out}; false after reporting an error. */
    @SuppressWarnings("unchecked")
    private static <T> boolean list(String cell, String file, long line, String field, boolean ints, List<T> out,
                                    ProblemLog log) {
        if (cell == null || cell.isBlank()) {
            if (ints) {
                log.error(file, line, field, "missing (use [] for none)");
                return false;
            }
            return true;
        }
        try (JsonParser p = PYTHON_LISTS.createParser(cell)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                log.error(file, line, field, "not a list like [1, 2]: '" + abbreviate(cell) + "'");
                return false;
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (ints && t == JsonToken.VALUE_NUMBER_INT) {
                    out.add((T) Integer.valueOf(p.getIntValue()));
                } else if (!ints && t == JsonToken.VALUE_STRING) {
                    out.add((T) p.getText());
                } else {
                    log.error(file, line, field, "expected " + (ints ? "row numbers" : "quoted texts") + ", found "
                            + p.getText() + " in '" + abbreviate(cell) + "'");
                    return false;
                }
            }
            if (p.nextToken() != null) {
                log.error(file, line, field, "unexpected text after the list: '" + abbreviate(cell) + "'");
                return false;
            }
            return true;
        } catch (JsonProcessingException e) {
            log.error(file, line, field, "not a list like [1, 2]: " + Inputs.firstLine(e.getOriginalMessage()));
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
