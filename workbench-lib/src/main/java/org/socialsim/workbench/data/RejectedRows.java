package org.socialsim.workbench.data;

/**
 * Receives each row that {@link EngagementDataset#assemble} leaves out, and why: a duplicate id, a reference to a
 * missing user or post, a time before the post it answers, a quote or rewrite without text. Importers map the row
 * index back to a file and line; {@link EngagementDataset#of} turns the first rows into an error message.
 */
@FunctionalInterface
public interface RejectedRows {

    /** Which list a rejected row belongs to. */
    enum Kind {
        USER, POST, ENGAGEMENT;

        /** The lower-case plural used in file names and messages ("users", "posts", "engagements"). */
        public String plural() {
            return name().toLowerCase(java.util.Locale.ROOT) + "s";
        }
    }

    /**
     * One row left out.
     *
     * @param kind    the list
     * @param index   the row's position in that list (0-based)
     * @param field   the field at fault, e.g. "source_post_id"
     * @param message what is wrong, naming the ids involved
     */
    void reject(Kind kind, int index, String field, String message);
}
