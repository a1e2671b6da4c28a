/**
 * Benchmarks: one main class per measured capability ({@code XxxBench}), run with {@code environment/bench.sh xxx}.
 * Each prints its numbers and, where a reference exists, a ratio against it measured in the same run.
 */
package org.socialsim.workbench.bench;
