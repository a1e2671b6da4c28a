/**
 * Prompt configurations of the action-guided paper as editable templates, and their rendering from cases.
 */
package org.socialsim.workbench.prompt;
