/**
 * Classification metrics, bootstrap confidence intervals and paired tests: one place used by sweeps, baselines and
 * alignment scoring.
 *
 * <p>Start from {@link org.socialsim.workbench.metrics.Outcomes} (truth beside prediction per case; a {@code null}
 * prediction is an unparsed answer, counted and scored as wrong), score it with
 * {@link org.socialsim.workbench.metrics.Metrics#of}, get intervals from a seeded
 * {@link org.socialsim.workbench.metrics.Bootstrap} (percentile, 2000 resamples, 95% by default; also for the mean or
 * any statistic of per-case values), and compare two configurations on the same cases with
 * {@link org.socialsim.workbench.metrics.PairedTest} (exact McNemar on accuracy, paired bootstrap on any per-case
 * score or on macro-F1). The bias index toward an action is its predicted share over its true share
 * ({@link org.socialsim.workbench.metrics.LabelDistribution}).
 */
package org.socialsim.workbench.metrics;
