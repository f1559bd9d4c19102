package news.load;

import java.util.EnumMap;
import java.util.Map;

/** Dispatches each input file to the reader for its format. */
public final class Loader {
    private final Map<InputFormat, FormatReader> readers;

    public Loader(Map<InputFormat, FormatReader> readers) {
        this.readers = new EnumMap<>(readers);
    }

    /** The readers the command line uses. */
    public static Loader standard() {
        Map<InputFormat, FormatReader> m = new EnumMap<>(InputFormat.class);
        TextReader text = new TextReader();
        m.put(InputFormat.TXT, text);
        m.put(InputFormat.HTML, new news.load.html.HtmlReader());
        m.put(InputFormat.WARC, new news.load.warc.WarcReader());
        m.put(InputFormat.JSONL, new news.load.jsonl.JsonlReader());
        return new Loader(m);
    }

    public void read(InputFile file, DocumentSink sink) throws LoadException {
        FormatReader r = readers.get(file.format());
        if (r == null) throw new LoadException(file.displayPath() + ": " + file.format().code + " input is not supported yet, skipped");
        try {
            r.read(file, sink);
        } catch (LoadException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new LoadException(file.displayPath() + ": cannot parse (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        } catch (OutOfMemoryError e) {
            // One input too large for the heap; its buffers are garbage once we are out of read().
            throw new LoadException(file.displayPath() + ": too large to hold in memory, skipped", e);
        }
    }
}
