/**
 * The S3 social-network simulation. A {@link org.socialsim.workbench.sim.SocialGraph} (follower graph on compact
 * arrays: from an OASIS users file, an engagement dataset, edge lists or {@link org.socialsim.workbench.sim.Generators})
 * is stepped by a {@link org.socialsim.workbench.sim.Simulation} whose {@link org.socialsim.workbench.sim.Policy
 * policies} decide who reposts or posts (independent cascade, linear threshold, LLM agents) and how emotion and
 * attitude change (emotion contagion with decay, Deffuant, Hegselmann-Krause); agents can carry
 * {@link org.socialsim.workbench.sim.Profiles} with {@link org.socialsim.workbench.sim.Demographics} and a
 * {@link org.socialsim.workbench.sim.MemoryPool}. A run gives a {@link org.socialsim.workbench.sim.Trajectory} of
 * population curves; {@link org.socialsim.workbench.sim.Intervention}s change a run at a chosen step;
 * {@link org.socialsim.workbench.sim.CurveFit} and {@link org.socialsim.workbench.sim.Calibration} compare with and
 * fit to {@link org.socialsim.workbench.sim.ObservedCascade observed curves}. Runs are identical for a seed on any
 * number of threads.
 */
package org.socialsim.workbench.sim;
