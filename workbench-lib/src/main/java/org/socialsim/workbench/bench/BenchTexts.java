package org.socialsim.workbench.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Seeded, distinct tweet-like texts of varied length for throughput benchmarks. */
final class BenchTexts {
    private static final String[] WORDS = ("vaccine vaccines shot booster covid pfizer moderna trial dose doses clinic "
            + "pharmacy mask masks school kids parents nurse doctor hospital study results safe safety effective "
            + "risk risks side effects fever arm sore today tomorrow finally got my first second third appointment "
            + "line wait hours people think believe never always trust government science data news fake real "
            + "truth lies mandate freedom choice health public care family friends everyone please share read "
            + "this thread important update breaking report says new variant cases rising falling week month "
            + "year winter holiday travel rules test tested positive negative quarantine home work office "
            + "the a an and or but so if when why how what who is are was were be been have has had do does "
            + "did not no yes very really just still even more less most best worst good bad great terrible "
            + "#vaccine #covid19 #science @cdc @who lol omg thanks").split(" ");

    private BenchTexts() {
    }

    /** {@code n} distinct texts of 3 to 45 words. */
    static List<String> tweets(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            int len = 3 + (int) Math.min(42, Math.round(Math.abs(random.nextGaussian() * 14 + 10)));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < len; i++) {
                if (i > 0) {
                    sb.append(' ');
                }
                sb.append(WORDS[random.nextInt(WORDS.length)]);
            }
            out.add(sb.toString());
        }
        return new ArrayList<>(out);
    }
}
