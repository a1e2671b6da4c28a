package org.socialsim.workbench.generation;

import java.util.List;
import org.socialsim.workbench.generation.internal.PerTextScoring;

/**
 * Writing style: the distance between the two texts' {@link StyleProfile}s (the workbench's own LIWC-like categories;
 * mean Canberra distance, in [0, 1]; 0 = the same style on every category).
 */
public final class StyleScorer implements AlignmentScorer {
    private static final List<Measure> MEASURES = List.of(new Measure("style_distance", "style", false,
            "mean Canberra distance between LIWC-like style profiles (own categories, not LIWC), in [0, 1]"));

    private StyleScorer() {
    }

    /** The style scorer. */
    public static StyleScorer create() {
        return new StyleScorer();
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public List<double[]> scoreAll(List<ResponsePair> pairs) {
        return PerTextScoring.scoreAll("style profiles", pairs, 1024, PerTextScoring.each(StyleProfile::of),
                (g, r) -> new double[] {g.distance(r)});
    }
}
