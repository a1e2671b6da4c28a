/**
 * Jupyter kernel integration: display renderers for tables and charts, the live progress line. The only package that
 * knows a kernel; the kernel's classes are used only behind its SPI provider, so the library works without it.
 * Start at {@link org.socialsim.workbench.notebook.Notebook}.
 */
package org.socialsim.workbench.notebook;
