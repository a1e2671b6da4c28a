/**
 * Benchmarks: main classes that print throughput and, where a reference exists, a ratio against it measured in the
 * same run (run with {@code environment/bench.sh <name>} or {@code mvn exec:java}).
 */
package org.socialsim.workbench.bench;
