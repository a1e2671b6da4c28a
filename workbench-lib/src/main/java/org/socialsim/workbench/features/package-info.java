/**
 * Leak-free user features as of an engagement's time: feature groups, action rates, past examples (shots), and the cases predictors see.
 */
package org.socialsim.workbench.features;
