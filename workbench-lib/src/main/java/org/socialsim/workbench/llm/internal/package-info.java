/**
 * Helpers of the LLM stack: the resilient client (cache, rate limit, retries, budget), error classification, the
 * header-capturing HTTP client, cache segment files and the provider factory. Not a public API.
 */
package org.socialsim.workbench.llm.internal;
