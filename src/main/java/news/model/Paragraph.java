package news.model;

import java.util.Objects;

/**
 * A kept paragraph. Its text is exactly {@code source.substring(start, end)}: the cleaner never
 * invents characters, it only selects them.
 */
public record Paragraph(String text, int start, int end) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) throw new IllegalArgumentException("blank paragraph");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        if (text.length() != end - start) throw new IllegalArgumentException("text length does not match span");
    }
}
