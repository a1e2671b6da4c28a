package org.socialsim.workbench.llm.internal;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.socialsim.workbench.llm.ChatPrompt;
import org.socialsim.workbench.llm.LlmCallException;
import org.socialsim.workbench.llm.LlmException;
import org.socialsim.workbench.llm.Reasoning;
import org.socialsim.workbench.llm.RetryPolicy;

/**
 * One prompt to a LangChain4j {@link ChatModel}, with the rate limit and the retry policy around it: retriable
 * failures wait (Retry-After, else exponential backoff with seeded jitter) and try again; the rest fail at once.
 */
public final class ModelCaller {
    private final ChatModel model;
    private final String endpoint;
    private final RetryPolicy retry;
    private final RateLimiter limiter;
    private final int maxTokens;
    private final Secrets secrets;
    private final UsageMeter meter;

    /** An answer with its counts, before it is cached. */
    public record Answer(String text, String reasoning, long inputTokens, long outputTokens, long reasoningTokens,
                         boolean reasoningEstimated) {
    }

    public ModelCaller(ChatModel model, String endpoint, RetryPolicy retry, RateLimiter limiter, int maxTokens,
                       Secrets secrets, UsageMeter meter) {
        this.model = model;
        this.endpoint = endpoint;
        this.retry = retry;
        this.limiter = limiter;
        this.maxTokens = maxTokens;
        this.secrets = secrets;
        this.meter = meter;
    }

    /** Calls the model, retrying as the policy allows; {@code key} seeds the jitter and names the prompt in errors. */
    public Answer call(ChatPrompt prompt, String key) {
        List<ChatMessage> messages = new ArrayList<>(2);
        if (!prompt.system().isEmpty()) {
            messages.add(SystemMessage.from(prompt.system()));
        }
        messages.add(UserMessage.from(prompt.user()));
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        long booked = Reasoning.estimateTokens(prompt.system()) + Reasoning.estimateTokens(prompt.user()) + maxTokens;
        SplittableRandom jitter = new SplittableRandom(retry.seed() ^ key.hashCode());
        for (int attempt = 1; ; attempt++) {
            limiter.acquire(booked);
            LlmCallException failure;
            try {
                Answer a = answer(model.chat(request));
                limiter.refund(booked - a.inputTokens() - a.outputTokens());
                return a;
            } catch (RuntimeException e) {
                if (e instanceof LlmException && !(e instanceof LlmCallException)) {
                    throw e;
                }
                failure = e instanceof LlmCallException c ? c : Failures.classify(e, endpoint, secrets);
            }
            String context = "prompt " + key.substring(0, 12) + (prompt.purpose().isEmpty() ? ""
                    : " (" + prompt.purpose() + ")") + " to " + endpoint;
            if (!failure.retriable() || attempt >= retry.maxAttempts()) {
                throw failure.afterAttempts(attempt, context);
            }
            Duration wait = failure.retryAfter().orElse(retry.backoff(attempt, jitter.nextDouble()));
            if (wait.compareTo(retry.maxRetryAfter()) > 0 && failure.retryAfter().isPresent()) {
                throw failure.afterAttempts(attempt, context + " (server asked to wait " + wait.toSeconds()
                        + " s, more than the policy's " + retry.maxRetryAfter().toSeconds() + " s)");
            }
            meter.retry();
            RateLimiter.sleepUntil(System.nanoTime() + wait.toNanos());
        }
    }

    private static Answer answer(ChatResponse r) {
        AiMessage m = r.aiMessage();
        if (m == null) {
            throw new NullPointerException("chat response without a message");
        }
        Reasoning split = Reasoning.split(m.text());
        String thinking = m.thinking() == null ? "" : m.thinking().strip();
        String reasoning = thinking.isEmpty() ? split.reasoning()
                : split.reasoning().isEmpty() ? thinking : thinking + "\n\n" + split.reasoning();
        TokenUsage u = r.tokenUsage();
        long in = u == null || u.inputTokenCount() == null ? 0 : u.inputTokenCount();
        long out = u == null || u.outputTokenCount() == null ? 0 : u.outputTokenCount();
        Integer reported = u instanceof OpenAiTokenUsage o && o.outputTokensDetails() != null
                ? o.outputTokensDetails().reasoningTokens() : null;
        if (reported != null && reported > 0) {
            return new Answer(split.answer(), reasoning, in, out, reported, false);
        }
        if (reasoning.isEmpty()) {
            return new Answer(split.answer(), reasoning, in, out, 0, false);
        }
        long estimate = Reasoning.estimateTokens(reasoning);
        if (out > 0) {
            double share = reasoning.length() / (double) (reasoning.length() + split.answer().length());
            estimate = Math.round(out * share);
        }
        return new Answer(split.answer(), reasoning, in, out, estimate, true);
    }
}
