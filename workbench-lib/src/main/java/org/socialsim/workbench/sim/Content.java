package org.socialsim.workbench.sim;

import java.util.Objects;

/**
 * A piece of content in the simulated platform: an injected post or a post an agent wrote. Reposts forward a content
 * and create none.
 *
 * @param id       index in {@link World#contents()}
 * @param author   the agent who wrote it
 * @param step     the step it was posted
 * @param text     the text ("" when a classic policy posts without writing)
 * @param emotion  the emotion it carries
 * @param attitude the attitude it expresses, in [-1, 1]
 */
public record Content(int id, int author, int step, String text, Emotion emotion, float attitude) {
    public Content {
        Objects.requireNonNull(emotion, "emotion");
        text = text == null ? "" : text;
        if (!(attitude >= -1 && attitude <= 1)) {
            throw new IllegalArgumentException("content " + id + ": attitude must be in [-1, 1], was " + attitude);
        }
    }
}
