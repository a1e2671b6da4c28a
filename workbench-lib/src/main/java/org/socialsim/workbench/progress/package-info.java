/**
 * Progress reporting for long work: a terminal bar or a notebook line behind one interface.
 */
package org.socialsim.workbench.progress;
