/**
 * The S3 social-network simulation: graphs on compact arrays, agents with emotion, attitude and memory, policies, interventions, curve comparison.
 */
package org.socialsim.workbench.sim;
