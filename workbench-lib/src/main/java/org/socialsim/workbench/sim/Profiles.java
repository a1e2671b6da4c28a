package org.socialsim.workbench.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.socialsim.workbench.data.io.OasisUsers;

/**
 * What is known about each agent beyond the graph: a profile text (description, recent posts) and demographics.
 * Used for relevance in the memory pool and in LLM prompts. Unknown demographics are null entries.
 *
 * @param texts        one profile text per agent ("" when none)
 * @param demographics one entry per agent (null entries = unknown), or an empty list when none are known
 */
public record Profiles(List<String> texts, List<Demographics> demographics) {
    public Profiles {
        texts = List.copyOf(texts.stream().map(t -> t == null ? "" : t).toList());
        demographics = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(demographics,
                "demographics")));
        if (!demographics.isEmpty() && demographics.size() != texts.size()) {
            throw new IllegalArgumentException("profiles: " + texts.size() + " texts but " + demographics.size()
                    + " demographics");
        }
    }

    /** Profiles with texts only. */
    public static Profiles of(List<String> texts) {
        return new Profiles(texts, List.of());
    }

    /** Profile texts of OASIS users: the description, then the previous tweets, one per line. */
    public static Profiles from(OasisUsers users) {
        List<String> texts = new ArrayList<>(users.size());
        for (int i = 0; i < users.size(); i++) {
            StringBuilder b = new StringBuilder(users.users().get(i).description().strip());
            for (String t : users.previousTweets(i)) {
                b.append(b.length() == 0 ? "" : "\n").append(t.strip());
            }
            texts.add(b.toString());
        }
        return of(texts);
    }

    /** The same texts with these demographics (one per agent, null = unknown). */
    public Profiles withDemographics(List<Demographics> values) {
        return new Profiles(texts, values);
    }

    public int size() {
        return texts.size();
    }

    public String text(int agent) {
        return texts.get(agent);
    }

    /** Demographics of an agent, or null when unknown. */
    public Demographics demographics(int agent) {
        return demographics.isEmpty() ? null : demographics.get(agent);
    }

    /** The user's attributes as one text (demographics phrase, then profile text): what relevance compares with. */
    public String attributes(int agent) {
        Demographics d = demographics(agent);
        String t = text(agent);
        return d == null ? t : t.isEmpty() ? d.phrase() : d.phrase() + ". " + t;
    }
}
