package news.model;

import java.util.List;
import java.util.Objects;

/**
 * One input document, decoded and normalised (charset, line endings to \n, Unicode NFC).
 * {@link #text} is the reference for every offset the cleaner records.
 *
 * @param id       article id (file name without extensions, disambiguated by path)
 * @param path     where it came from (file path, "-" for stdin, "file.warc.gz#offset", "file.jsonl:line")
 * @param format   input kind: txt, html, jsonl, warc
 * @param sha256   hex SHA-256 of the original bytes
 * @param text     normalised text
 * @param metadata what the input declared about itself
 * @param warnings non-fatal problems met while loading (e.g. charset fallback)
 */
public record SourceDocument(String id, String path, String format, String sha256, String text,
                             Metadata metadata, List<String> warnings) {
    public SourceDocument {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("blank id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public SourceDocument withId(String newId) {
        return new SourceDocument(newId, path, format, sha256, text, metadata, warnings);
    }
}
