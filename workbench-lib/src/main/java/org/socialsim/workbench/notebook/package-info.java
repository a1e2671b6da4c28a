/**
 * Jupyter kernel integration: display renderers for tables and charts, the live progress line. The only package that knows a kernel.
 */
package org.socialsim.workbench.notebook;
