/**
 * Rewrite detection as in the action-guided paper: encoder cosine, a time window and a keyword rule, with sensitivity and truth-evaluation tables.
 */
package org.socialsim.workbench.data.rewrite;
