package news.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import news.load.DocumentSink;
import news.load.LoadException;
import news.load.Loader;
import news.model.SourceDocument;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.util.LongAccumulator;

/**
 * Reads the files of one partition with the project's readers (JSON Lines line by line, WARC
 * record by record), one file at a time: a task holds one file's documents, never a partition's.
 * Problems are one-line messages on the executor's stderr, as the CLI prints them, and counted.
 */
final class DocReader implements Iterator<RawDoc> {
    private final Iterator<FileTask> files;
    private final Loader loader = Loader.standard();
    private final Configuration hadoop;
    private final LongAccumulator skipped;
    private Iterator<RawDoc> current = Collections.emptyIterator();

    DocReader(Iterator<FileTask> files, Configuration hadoop, LongAccumulator skipped) {
        this.files = files;
        this.hadoop = hadoop;
        this.skipped = skipped;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (!files.hasNext()) return false;
            current = read(files.next()).iterator();
        }
        return true;
    }

    @Override
    public RawDoc next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
    }

    private List<RawDoc> read(FileTask f) {
        List<RawDoc> out = new ArrayList<>();
        Path local = null;
        try {
            local = f.localPath() != null ? Path.of(f.localPath()) : JobInputs.copyToLocal(f, hadoop);
            long base = (long) f.index() << 32;
            loader.read(f.inputFile(local), new DocumentSink() {
                @Override
                public void accept(SourceDocument doc) {
                    doc.warnings().forEach(w -> System.err.println("news: warning: " + w));
                    out.add(RawDoc.of(base | out.size(), doc));
                }

                @Override
                public void skipped(String message) {
                    skip(message);
                }

                @Override
                public void warn(String message) {
                    System.err.println("news: warning: " + message);
                }
            });
        } catch (LoadException | RuntimeException e) {
            skip(e.getMessage() == null ? f.displayPath() + ": cannot read (" + e.getClass().getSimpleName() + ")" : e.getMessage());
        } finally {
            if (f.localPath() == null && local != null) deleteCopy(local);
        }
        return out;
    }

    private void skip(String message) {
        System.err.println("news: " + message);
        skipped.add(1);
    }

    private static void deleteCopy(Path local) {
        try {
            Files.deleteIfExists(local);
            Files.deleteIfExists(local.getParent());
        } catch (java.io.IOException e) {
            System.err.println("news: warning: cannot delete " + local + " (" + e.getMessage() + ")");
        }
    }
}
