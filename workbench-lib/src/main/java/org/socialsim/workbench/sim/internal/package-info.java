/**
 * Helpers of the simulator that are not part of its API: counter-based random streams, the parallel range loop and the
 * compressed-sparse-row builder.
 */
package org.socialsim.workbench.sim.internal;
