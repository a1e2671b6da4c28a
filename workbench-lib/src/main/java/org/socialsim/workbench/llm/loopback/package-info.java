/**
 * A real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions API and Ollama's /api/chat with scripted
 * answers and injected faults (429 with Retry-After, 5xx, slow answers, truncated or malformed bodies), for tests,
 * benchmarks and offline demonstrations of the LLM stack. It is not a model: its answers are whatever the script says.
 */
package org.socialsim.workbench.llm.loopback;
