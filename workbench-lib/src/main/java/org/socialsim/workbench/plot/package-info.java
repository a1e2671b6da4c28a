/**
 * XChart charts from Tablesaw tables in one consistent style, shown inline and saved to figures/ as PNG and SVG.
 * Start at {@link org.socialsim.workbench.plot.Plots}; every chart is a {@link org.socialsim.workbench.plot.Figure}.
 */
package org.socialsim.workbench.plot;
