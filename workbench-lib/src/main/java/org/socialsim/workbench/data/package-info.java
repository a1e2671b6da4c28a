/**
 * The canonical engagement schema (users, posts, engagements, actions), datasets, importers with validation reports, rewrite detection and the planted-effect corpus generator.
 */
package org.socialsim.workbench.data;
