/**
 * The LLM stack: model specs, LangChain4j providers, the response cache, rate limits, retries, budgets, usage and answer parsing.
 */
package org.socialsim.workbench.llm;
