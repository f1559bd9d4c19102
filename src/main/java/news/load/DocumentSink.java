package news.load;

import news.model.SourceDocument;

/** Receives the documents a reader finds, and the records it had to skip. */
public interface DocumentSink {
    void accept(SourceDocument doc);

    /** A part of the input was skipped; the message is one line naming file and line/offset. */
    void skipped(String message);

    /**
     * Something worth knowing about the input that is not an error (it did not stop anything
     * readable from being used), e.g. how many crawl records held no article; one line naming
     * the file. Ignored unless the sink cares.
     */
    default void warn(String message) {}
}
