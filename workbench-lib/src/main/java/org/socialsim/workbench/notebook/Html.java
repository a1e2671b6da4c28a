package org.socialsim.workbench.notebook;

import java.util.Objects;

/**
 * A piece of HTML to show in a notebook cell (with a plain-text form for consoles and text exports). A cell whose
 * value is an {@code Html} shows it rendered.
 *
 * @param html the HTML fragment
 * @param text the same content as plain text
 */
public record Html(String html, String text) {
    public Html {
        Objects.requireNonNull(html, "html");
        text = text == null ? "" : text;
    }

    /** HTML whose plain-text form is the HTML itself. */
    public static Html of(String html) {
        return new Html(html, html);
    }

    /** Escapes text for use inside HTML. */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
