/**
 * Helpers of the plot package: the theme, column reading, and the drawing XChart lacks (asymmetric error whiskers,
 * heat-map cell text).
 */
package org.socialsim.workbench.plot.internal;
