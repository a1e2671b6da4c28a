package org.socialsim.workbench.baseline;

import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What happened while fine-tuning: the learning curve and the guard's count of skipped steps.
 *
 * @param checkpoints  one row per validation pass, in order
 * @param best         index of the checkpoint whose weights were kept (-1 when there was no validation)
 * @param steps        optimizer steps taken
 * @param skippedSteps steps skipped because the loss or a gradient was not finite
 * @param stoppedEarly whether early stopping ended training before the last epoch
 * @param millis       wall-clock training time
 */
public record TrainingLog(List<Checkpoint> checkpoints, int best, int steps, int skippedSteps, boolean stoppedEarly,
                          long millis) {
    public TrainingLog {
        checkpoints = List.copyOf(checkpoints);
        if (best < -1 || best >= checkpoints.size()) {
            throw new IllegalArgumentException("best checkpoint " + best + " of " + checkpoints.size());
        }
    }

    /**
     * One validation pass.
     *
     * @param step               optimizer steps so far
     * @param epoch              fractional epochs so far
     * @param trainLoss          mean training loss since the previous pass
     * @param validationLoss     mean cross-entropy on the validation cases (NaN without validation)
     * @param validationAccuracy accuracy on the validation cases (NaN without validation)
     * @param learningRate       the rate at this step
     */
    public record Checkpoint(int step, double epoch, double trainLoss, double validationLoss,
                             double validationAccuracy, double learningRate) {
    }

    /** The checkpoint whose weights were kept, or null without validation. */
    public Checkpoint bestCheckpoint() {
        return best < 0 ? null : checkpoints.get(best);
    }

    /**
     * The learning curve in long form for plotting one line per series: epoch, series ("train loss", "validation
     * loss", "validation accuracy"), value. Missing values (no validation, an all-skipped interval) are left out.
     */
    public Table curves() {
        DoubleColumn epoch = DoubleColumn.create("epoch");
        StringColumn series = StringColumn.create("series");
        DoubleColumn value = DoubleColumn.create("value");
        for (Checkpoint c : checkpoints) {
            double[] values = {c.trainLoss(), c.validationLoss(), c.validationAccuracy()};
            String[] names = {"train loss", "validation loss", "validation accuracy"};
            for (int i = 0; i < values.length; i++) {
                if (Double.isFinite(values[i])) {
                    epoch.append(c.epoch());
                    series.append(names[i]);
                    value.append(values[i]);
                }
            }
        }
        return Table.create("fine-tuning learning curves", epoch, series, value);
    }

    /** The learning curve: step, epoch, train_loss, validation_loss, validation_accuracy, learning_rate. */
    public Table toTable() {
        Table t = Table.create("fine-tuning learning curve", IntColumn.create("step"), DoubleColumn.create("epoch"),
                DoubleColumn.create("train_loss"), DoubleColumn.create("validation_loss"),
                DoubleColumn.create("validation_accuracy"), DoubleColumn.create("learning_rate"));
        for (Checkpoint c : checkpoints) {
            t.intColumn("step").append(c.step());
            t.doubleColumn("epoch").append(c.epoch());
            t.doubleColumn("train_loss").append(c.trainLoss());
            t.doubleColumn("validation_loss").append(c.validationLoss());
            t.doubleColumn("validation_accuracy").append(c.validationAccuracy());
            t.doubleColumn("learning_rate").append(c.learningRate());
        }
        return t;
    }
}
