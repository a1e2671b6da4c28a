package org.socialsim.workbench.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.socialsim.workbench.Workbench;
import org.socialsim.workbench.baseline.FineTuneOptions;
import org.socialsim.workbench.baseline.FineTunedBert;
import org.socialsim.workbench.baseline.TrainingLog;
import org.socialsim.workbench.data.Datasets;
import org.socialsim.workbench.data.EngagementDataset;
import org.socialsim.workbench.data.synth.SynthOptions;
import org.socialsim.workbench.data.synth.SyntheticCorpus;
import org.socialsim.workbench.features.FeatureExtractor;
import org.socialsim.workbench.features.LabeledCase;
import org.socialsim.workbench.features.ShotSelection;

/**
 * Time and peak memory of a full fine-tune as the paper sized it: the 3,990 balanced engagements of the shipped
 * corpus (1,330 per action), all used for training, 3 epochs at the default options (batch 16, 128 tokens), no
 * validation (so no early stopping). Prints wall-clock and process CPU time, milliseconds per example per step over
 * the whole run, and the process's peak resident memory (VmHWM) and peak Java heap. There is no reference to run
 * beside it; {@code finetunestep} compares one step with PyTorch.
 * <pre>environment/bench.sh fullfinetune [epochs=3] [batch=16] [maxTokens=128]</pre>
 */
public final class FullFineTuneBench {
    private FullFineTuneBench() {
    }

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int maxTokens = args.length > 2 ? Integer.parseInt(args[2]) : 128;
        EngagementDataset corpus = Datasets.load(Workbench.datasets().resolve("vaccine-engagement"));
        EngagementDataset entries = SyntheticCorpus.entriesOf(corpus, SynthOptions.DEFAULTS)
                .balanced(EngagementDataset.PAPER_PER_ACTION, 7);
        List<LabeledCase> cases = FeatureExtractor.over(corpus).withShots(0, ShotSelection.RECENT).labeled(entries);
        FineTuneOptions o = FineTuneOptions.defaults().withEpochs(epochs).withBatchSize(batch)
                .withMaxTokens(maxTokens);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        TrainingLog log;
        try (FineTunedBert bert = FineTunedBert.fit(cases, List.of(), 7, o)) {
            log = bert.log();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%d examples, %d epochs, batch %d, %d tokens max, %d processors%n",
                cases.size(), epochs, batch, maxTokens, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "steps %d (skipped as non-finite %d)%n", log.steps(), log.skippedSteps());
        System.out.printf(Locale.ROOT, "wall %.1f s (%.1f min), process CPU %.1f s%n", seconds, seconds / 60,
                cpuSeconds);
        System.out.printf(Locale.ROOT, "per example per step: %.1f ms wall, %.1f ms CPU%n",
                1000 * seconds / ((double) log.steps() * batch), 1000 * cpuSeconds / ((double) log.steps() * batch));
        System.out.printf(Locale.ROOT, "peak resident memory (VmHWM) %.2f GB, peak Java heap %.2f GB%n",
                peakResidentBytes() / 1e9, heapPeak / 1e9);
        System.out.printf(Locale.ROOT, "final training loss %.3f%n",
                log.checkpoints().get(log.checkpoints().size() - 1).trainLoss());
    }

    private static long peakResidentBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        return -1;
    }
}
