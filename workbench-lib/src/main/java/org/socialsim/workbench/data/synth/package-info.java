/**
 * The seeded planted-effect generator of the shipped vaccination-debate corpus, and the Bayes-optimal reference accuracies that make its ablations answerable.
 */
package org.socialsim.workbench.data.synth;
