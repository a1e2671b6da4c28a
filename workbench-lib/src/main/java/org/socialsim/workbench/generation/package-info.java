/**
 * Action-guided response generation and semantic-alignment scoring (meaning, sentiment, emotion, stance, age,
 * gender, style).
 *
 * <ul>
 *   <li>Generators ({@link org.socialsim.workbench.generation.ResponseGenerator}): an LLM through the one client
 *       ({@link org.socialsim.workbench.generation.LlmResponseGenerator}, prompts in {@code prompts/generation/}) and
 *       offline stand-ins named for what they are ({@link org.socialsim.workbench.generation.NearestPastPostGenerator},
 *       {@link org.socialsim.workbench.generation.SourceEchoGenerator}).</li>
 *   <li>Measures ({@link org.socialsim.workbench.generation.AlignmentScorer}): meaning (encoder cosine), sentiment
 *       (VADER), style (the workbench's own LIWC-like {@link org.socialsim.workbench.generation.StyleProfile}), and
 *       judged dimensions ({@link org.socialsim.workbench.generation.LlmJudge}, prompts in {@code prompts/judge/}),
 *       gathered by {@link org.socialsim.workbench.generation.Alignment}.</li>
 *   <li>Studies: {@link org.socialsim.workbench.generation.AlignmentStudy} runs configurations (predicted or true
 *       actions); {@link org.socialsim.workbench.generation.AlignmentSummary} tables them beside action accuracy,
 *       with bootstrap intervals and paired tests from {@code metrics}.</li>
 * </ul>
 */
package org.socialsim.workbench.generation;
