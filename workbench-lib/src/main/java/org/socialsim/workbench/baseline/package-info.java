/**
 * Baselines an LLM must beat: majority, history prior, TF-IDF + logistic regression, frozen and fine-tuned BERT, the hybrid.
 */
package org.socialsim.workbench.baseline;
