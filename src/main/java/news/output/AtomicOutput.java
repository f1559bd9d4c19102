package news.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output that is either stdout ("-" or null) or a file written to a temporary sibling and
 * renamed into place on {@link #commit()}, so a failed run never leaves a partial file.
 */
public final class AtomicOutput implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(Path target, Path temp, OutputStream stream) {
        this.target = target;
        this.temp = temp;
        this.stream = stream;
    }

    /** Opens stdout when {@code path} is null or "-", else a temporary file beside {@code path}. */
    public static AtomicOutput open(String path) throws IOException {
        if (path == null || path.equals("-")) {
            // Not System.out: a PrintStream swallows errors, and we must notice a closed pipe.
            return new AtomicOutput(null, null, new FileOutputStream(FileDescriptor.out) {
                @Override
                public void close() throws IOException {
                    flush(); // never close the process's stdout
                }
            });
        }
        Path target = Path.of(path).toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        return new AtomicOutput(target, temp, Files.newOutputStream(temp));
    }

    public OutputStream stream() {
        return stream;
    }

    /** Makes the output visible under its final name. */
    public void commit() throws IOException {
        stream.flush();
        stream.close();
        if (temp != null) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
    }

    /** Discards the temporary file unless committed. */
    @Override
    public void close() {
        if (committed) return;
        try {
            stream.close();
        } catch (IOException ignored) {
            // the temp file is deleted below either way
        }
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // nothing more we can do; the name starts with "." and ends with ".tmp"
            }
        }
    }
}
