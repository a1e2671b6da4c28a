package org.socialsim.workbench.data.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.socialsim.workbench.data.Action;
import org.socialsim.workbench.data.Engagement;
import org.socialsim.workbench.data.Split;

/** Assigns engagements to train / validation / test; each part keeps the input order. */
public final class Splitter {
    private Splitter() {
    }

    /** Three lists (train, validation, test). */
    public static List<List<Engagement>> split(List<Engagement> engagements, Split split, long seed) {
        int[] part = new int[engagements.size()];
        switch (split.strategy()) {
            case RANDOM -> random(engagements, split, seed, part);
            case TIME -> byTime(engagements, split, part);
            case USER -> byUser(engagements, split, seed, part);
            default -> throw new IllegalStateException(split.strategy().name());
        }
        List<List<Engagement>> out = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < part.length; i++) {
            out.get(part[i]).add(engagements.get(i));
        }
        return out;
    }

    /** Per action: shuffle, then cut at the fractions. */
    private static void random(List<Engagement> es, Split split, long seed, int[] part) {
        Random random = new Random(seed);
        for (Action a : Action.values()) {
            cut(shuffledIndices(es, a, random), split, part);
        }
    }

    /** The positions of the engagements with one action, shuffled. */
    public static List<Integer> shuffledIndices(List<Engagement> es, Action action, Random random) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < es.size(); i++) {
            if (es.get(i).action() == action) {
                idx.add(i);
            }
        }
        Collections.shuffle(idx, random);
        return idx;
    }

    private static void byTime(List<Engagement> es, Split split, int[] part) {
        List<Integer> idx = new ArrayList<>(es.size());
        for (int i = 0; i < es.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.<Integer, java.time.Instant>comparing(i -> es.get(i).time())
                .thenComparing(i -> es.get(i).id()));
        cut(idx, split, part);
    }

    /** Shuffled users fill train, then validation, then test, by engagement count. */
    private static void byUser(List<Engagement> es, Split split, long seed, int[] part) {
        Map<String, List<Integer>> byUser = new LinkedHashMap<>();
        for (int i = 0; i < es.size(); i++) {
            byUser.computeIfAbsent(es.get(i).userId(), k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(byUser.values());
        Collections.shuffle(groups, new Random(seed));
        long n = es.size();
        long trainEnd = Math.round(split.train() * n);
        long validationEnd = Math.round((split.train() + split.validation()) * n);
        long filled = 0;
        for (List<Integer> g : groups) {
            int p = filled < trainEnd ? 0 : filled < validationEnd ? 1 : 2;
            for (int i : g) {
                part[i] = p;
            }
            filled += g.size();
        }
    }

    private static void cut(List<Integer> ordered, Split split, int[] part) {
        int n = ordered.size();
        long trainEnd = Math.round(split.train() * n);
        long validationEnd = Math.round((split.train() + split.validation()) * n);
        for (int k = 0; k < n; k++) {
            part[ordered.get(k)] = k < trainEnd ? 0 : k < validationEnd ? 1 : 2;
        }
    }
}
