/**
 * The LLM stack. {@link org.socialsim.workbench.llm.Llm} makes an {@link org.socialsim.workbench.llm.LlmClient} from a
 * spec string ({@link org.socialsim.workbench.llm.ModelSpec}: {@code openai:gpt-4o-mini}, {@code ollama:llama3.1:8b},
 * {@code openai-compatible:http://host/v1|model}, {@code gguf:/path/model.gguf}) or from {@code WORKBENCH_LLM}; every
 * call goes through a LangChain4j {@code ChatModel} behind the {@link org.socialsim.workbench.llm.ResponseCache}
 * (or a replay of it), a {@link org.socialsim.workbench.llm.RateLimit}, a {@link org.socialsim.workbench.llm.RetryPolicy}
 * and a {@link org.socialsim.workbench.llm.Budget}, and reports {@link org.socialsim.workbench.llm.Usage}.
 * {@link org.socialsim.workbench.llm.LabelParser} reads a label out of an answer;
 * {@link org.socialsim.workbench.llm.Reasoning} removes hidden reasoning.
 */
package org.socialsim.workbench.llm;
