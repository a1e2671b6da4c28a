/**
 * The generator's hidden variables, action model, phrase-bank texts and the Bayes computation.
 */
package org.socialsim.workbench.data.synth.internal;
