/**
 * XChart charts from Tablesaw tables in one consistent style, shown inline and saved to figures/ as PNG and SVG.
 */
package org.socialsim.workbench.plot;
