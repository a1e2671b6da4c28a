/**
 * The predictor interface, sweeps over feature groups, shot counts, models and seeds, results stores and manifests.
 */
package org.socialsim.workbench.experiment;
