package org.socialsim.workbench.sim;

/** Awareness without an information policy: followers who see a post of the previous step learn of the event. */
final class Exposure {
    private Exposure() {
    }

    static void push(World w) {
        int[] start = w.graph.followerStart;
        int[] followers = w.graph.followersOf;
        w.forRange(w.frontierSize, 64, (lo, hi) -> {
            long won = 0;
            for (int i = lo; i < hi; i++) {
                int v = w.frontier(i);
                for (int e = start[v], end = start[v + 1]; e < end; e++) {
                    int u = followers[e];
                    if (w.visible(v, u) && w.markAware(u)) {
                        won++;
                    }
                }
            }
            w.countAware(won);
        });
    }
}
