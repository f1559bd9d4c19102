package news.load;

/** Reads one input file into zero or more documents. */
public interface FormatReader {
    /**
     * Reads {@code file}, handing each document to {@code sink}. Throws when the whole file is
     * unusable; reports skipped records (a bad JSON line, a corrupt WARC record) through the sink.
     */
    void read(InputFile file, DocumentSink sink) throws LoadException;
}
