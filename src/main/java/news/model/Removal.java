package news.model;

import java.util.Objects;

/**
 * A piece of the source text the cleaner dropped, and why.
 *
 * @param text   the removed text, exactly {@code source.substring(start, end)}
 * @param reason a stable snake_case reason code (see README, "Removal reasons")
 * @param start  offset into {@link SourceDocument#text()}
 * @param end    exclusive end offset
 */
public record Removal(String text, String reason, int start, int end) {
    public Removal {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        if (text.length() != end - start) throw new IllegalArgumentException("text length does not match span");
    }
}
