package org.socialsim.workbench.data.rewrite;

import java.util.Objects;
import org.socialsim.workbench.data.Post;

/**
 * An original post found to paraphrase an earlier post by someone else.
 *
 * @param post   the rewrite (an original post of its author)
 * @param source the post it paraphrases
 * @param cosine the encoder cosine of the two texts
 */
public record RewriteMatch(Post post, Post source, double cosine) {
    public RewriteMatch {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(source, "source");
    }
}
