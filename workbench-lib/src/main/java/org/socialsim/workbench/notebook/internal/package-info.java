/**
 * How the notebook package works: table HTML, the live progress line and its text, kernel detection, and the rapaio
 * kernel's SPI provider (the only classes that reference the kernel).
 */
package org.socialsim.workbench.notebook.internal;
