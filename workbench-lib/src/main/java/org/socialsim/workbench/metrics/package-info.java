/**
 * Classification metrics, bootstrap confidence intervals and paired tests: one place used by sweeps, baselines and alignment scoring.
 */
package org.socialsim.workbench.metrics;
