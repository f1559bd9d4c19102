package news.load;

import news.model.SourceDocument;

/** Receives the documents a reader finds, and the records it had to skip. */
public interface DocumentSink {
    void accept(SourceDocument doc);

    /** A part of the input was skipped; the message is one line naming file and line/offset. */
    void skipped(String message);
}
