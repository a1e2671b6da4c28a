package org.socialsim.workbench.experiment;

import java.nio.file.Path;
import java.util.Set;
import org.socialsim.workbench.features.FeatureGroup;
import org.socialsim.workbench.progress.ProgressSinks;
import org.socialsim.workbench.prompt.PromptConfig;

/** Run in a child JVM by {@link SweepKillTest}: a slow LLM sweep saving to args[0], killed from outside mid-way. */
public final class SweepKillMain {
    private SweepKillMain() {
    }

    static Sweep sweep(ScriptedLlmClient llm, Path dir) {
        return Sweep.on(CaseSplit.testOnly(TestCases.planted(SweepKillTest.CASES, 11, "k"))).llm(llm)
                .configs(PromptConfig.zeroShot(), PromptConfig.userInfo(Set.of(FeatureGroup.RATES)))
                .concurrency(2).saveTo(dir);
    }

    public static void main(String[] args) {
        ProgressSinks.use(ProgressSinks.silent());
        long delay = Long.parseLong(args[1]);
        sweep(new ScriptedLlmClient(ScriptedLlmClient::byRates, Integer.MAX_VALUE, delay), Path.of(args[0])).run();
    }
}
