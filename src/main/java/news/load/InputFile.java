package news.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to read. {@code path} is null for standard input.
 *
 * @param path        file on disk, or null for stdin
 * @param displayPath path as shown to the user (relative to the argument it was found under)
 * @param id          article id for single-article formats; prefix for multi-article formats
 * @param format      how to read it
 * @param gzip        whether the bytes are gzip-compressed
 */
public record InputFile(Path path, String displayPath, String id, InputFormat format, boolean gzip) {
    public InputFile {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
    }

    public boolean isStdin() {
        return path == null;
    }

    // equals and hashCode as the record would generate them, written out: the generated ones are
    // bootstrapped through invokedynamic on first use, ~20 ms of start-up for the corpus cache.
    @Override
    public boolean equals(Object o) {
        return o instanceof InputFile f && gzip == f.gzip && Objects.equals(path, f.path)
                && displayPath.equals(f.displayPath) && id.equals(f.id) && format == f.format;
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, displayPath, id, format, gzip);
    }
}
