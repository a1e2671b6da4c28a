/**
 * Helpers of the dataset: integrity rules, splitting, Tablesaw views.
 */
package org.socialsim.workbench.data.internal;
