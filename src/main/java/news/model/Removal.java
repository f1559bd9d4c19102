package news.model;

import java.util.Objects;

/**
 * A piece of the source text the cleaner dropped, and why. Holds the source and the span, not
 * a copy: most of a scraped page is removed (leaked code runs to megabytes), and only some
 * outputs show the removed text.
 *
 * @param reason a stable snake_case reason code (see README, "Removal reasons")
 * @param start  offset into {@link SourceDocument#text()}
 * @param end    exclusive end offset
 * @param source the document text the offsets point into
 */
public record Removal(String reason, int start, int end, String source) {
    public Removal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        if (start < 0 || end < start || end > source.length()) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") of " + source.length() + " chars");
        }
    }

    /** The removed text, exactly {@code source.substring(start, end)}. */
    public String text() {
        return source.substring(start, end);
    }

    @Override
    public String toString() {
        return "Removal[" + reason + " [" + start + ", " + end + ")]";
    }
}
