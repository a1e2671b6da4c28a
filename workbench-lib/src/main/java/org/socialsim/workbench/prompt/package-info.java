/**
 * The action-guided paper's three prompt configurations (zero-shot; zero-shot with user information over any subset
 * of feature groups; few-shot with k past engagements) as editable Mustache templates under
 * {@code prompts/action/}, rendered from an {@link org.socialsim.workbench.features.EngagementCase} into an
 * {@link org.socialsim.workbench.llm.ChatPrompt} by {@link org.socialsim.workbench.prompt.PromptRenderer}, with
 * template hashes for manifests. Configurations are {@link org.socialsim.workbench.prompt.PromptConfig} records.
 */
package org.socialsim.workbench.prompt;
