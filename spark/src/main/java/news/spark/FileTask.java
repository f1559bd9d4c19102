package news.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;
import news.load.InputFile;
import news.load.InputFormat;

/**
 * One input file as the executors see it: where to read it (a local path every executor can
 * open, or a Hadoop URI to copy from), its display path and id as the CLI would give them, and
 * its position among the inputs (which, with the record number inside the file, orders articles
 * as a single-machine run does).
 *
 * @param index       position among all input files (the CLI's input order)
 * @param localPath   path on a file system every executor mounts, or null
 * @param uri         Hadoop URI (hdfs:, s3a:, ...) when {@code localPath} is null
 * @param displayPath path as articles report it
 * @param id          article id, or the id prefix of a multi-article file
 * @param format      input format name ({@link InputFormat})
 * @param gzip        whether the bytes are gzip-compressed
 */
public record FileTask(int index, String localPath, String uri, String displayPath, String id, String format,
                       boolean gzip) implements Serializable {
    public FileTask {
        Objects.requireNonNull(displayPath, "displayPath");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(format, "format");
        if ((localPath == null) == (uri == null)) throw new IllegalArgumentException("exactly one of localPath and uri");
        if (index < 0) throw new IllegalArgumentException("negative index");
    }

    static FileTask of(int index, InputFile f) {
        return new FileTask(index, f.path().toString(), null, f.displayPath(), f.id(), f.format().name(), f.gzip());
    }

    /** The project's view of this file, read from {@code local}. */
    InputFile inputFile(Path local) {
        return new InputFile(local, displayPath, id, InputFormat.valueOf(format), gzip);
    }
}
