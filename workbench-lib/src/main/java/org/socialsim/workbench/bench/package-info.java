/**
 * Benchmarks: main classes run by {@code environment/bench.sh <name>}, each printing its numbers and, where a
 * reference exists, a ratio against it measured in the same run.
 */
package org.socialsim.workbench.bench;
