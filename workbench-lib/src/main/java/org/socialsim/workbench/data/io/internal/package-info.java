/**
 * Row readers (JSON Lines, CSV), the canonical schema conversion, the problem log and the format-specific readers behind data.io.
 */
package org.socialsim.workbench.data.io.internal;
