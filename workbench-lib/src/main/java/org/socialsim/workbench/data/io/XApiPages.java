package org.socialsim.workbench.data.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.socialsim.workbench.data.io.internal.XPageReader;

/**
 * Imports X/Twitter API v2 JSON pages, the files researchers get when they hydrate tweet ids: each page has
 * {@code data} (tweets), {@code includes.users}, {@code includes.tweets} (the referenced tweets) and {@code meta}.
 *
 * <p>Every tweet becomes a post; a tweet in {@code data} whose {@code referenced_tweets} has type {@code retweeted}
 * becomes a retweet engagement and type {@code quoted} a quote engagement (its text, minus the trailing t.co link to
 * the quoted tweet, is the response). Users come from {@code includes.users} with their {@code public_metrics}.
 * Replies stay posts without a source. Rewrites are not marked by the API: find them with
 * {@code data.rewrite.RewriteDetector}. The same user or tweet on several pages is read once; the API's own
 * {@code errors} entries (e.g. deleted tweets) become warnings.
 */
public final class XApiPages {
    private XApiPages() {
    }

    /** Reads one page file, or every {@code *.json} file of a folder in name order. */
    public static Imported read(Path fileOrDir, ErrorPolicy policy) {
        if (!Files.isDirectory(fileOrDir)) {
            return read(List.of(fileOrDir), policy, fileOrDir.toString());
        }
        try (Stream<Path> s = Files.list(fileOrDir)) {
            List<Path> pages = s.filter(p -> p.getFileName().toString().endsWith(".json")
                    || p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
            return read(pages, policy, fileOrDir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + fileOrDir + ": " + e, e);
        }
    }

    /** Reads the given page files, in order, into one dataset. */
    public static Imported read(List<Path> pages, ErrorPolicy policy) {
        return read(pages, policy, pages.size() == 1 ? pages.get(0).toString() : pages.size() + " X API pages");
    }

    private static Imported read(List<Path> pages, ErrorPolicy policy, String source) {
        return XPageReader.read(pages, policy, source);
    }
}
