package news.output;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An output that is either stdout ("-" or null) or a file written to a temporary sibling and
 * renamed into place on {@link #commit()}, so a failed run never leaves a partial file.
 *
 * <p>Only regular files are replaced by rename. An existing target that is not a regular file (a
 * device such as {@code /dev/full} or {@code /dev/null}, a named pipe) is written in place: renaming
 * over it would replace the device node itself. A symlink is followed, and the file it points to
 * is replaced, never the link. Files registered with {@link #protect} (the run's inputs) are never
 * replaced. Write errors name the output.
 */
public final class AtomicOutput implements AutoCloseable {
    /** Tests telling whether a real path is one of this process's inputs: an output never replaces one. */
    private static final List<Predicate<Path>> PROTECTED = new CopyOnWriteArrayList<>();

    private final String name;
    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private boolean committed;

    private AtomicOutput(String name, Path target, Path temp, OutputStream stream) {
        this.name = name;
        this.target = target;
        this.temp = temp;
        this.stream = new Named(stream, name);
    }

    /**
     * Marks files as inputs of this run: {@link #open} and {@link #commit} refuse to replace a
     * file for which {@code isInput} holds (a `-o` naming an input would otherwise destroy it).
     * The test gets the real path of an existing target; it must be thread-safe and should keep
     * little memory (it lives as long as the process): a test by file identity, not a set of paths.
     */
    public static void protect(Predicate<Path> isInput) {
        PROTECTED.add(isInput);
    }

    /** Opens stdout when {@code path} is null or "-", else a temporary file beside {@code path}. */
    public static AtomicOutput open(String path) throws IOException {
        if (path == null || path.equals("-")) {
            // Not System.out: a PrintStream swallows errors, and we must notice a closed pipe.
            return new AtomicOutput("stdout", null, null, new FileOutputStream(FileDescriptor.out) {
                @Override
                public void close() throws IOException {
                    flush(); // never close the process's stdout
                }
            });
        }
        Path target = Path.of(path).toAbsolutePath();
        if (Files.exists(target)) {
            target = target.toRealPath(); // through symlinks: replace the file, keep the link
            if (Files.isDirectory(target)) throw new IOException(path + ": is a directory, not written");
            refuseInput(target, path);
            if (!Files.isRegularFile(target)) {
                return new AtomicOutput(path, target, null, Files.newOutputStream(target));
            }
        }
        Path dir = target.getParent();
        if (dir != null) Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        return new AtomicOutput(path, target, temp, Files.newOutputStream(temp));
    }

    private static void refuseInput(Path realTarget, String name) throws IOException {
        for (Predicate<Path> isInput : PROTECTED) {
            if (isInput.test(realTarget)) {
                throw new IOException(name + ": is one of the inputs, not overwritten (choose another output)");
            }
        }
    }

    public OutputStream stream() {
        return stream;
    }

    /** Makes the output visible under its final name. */
    public void commit() throws IOException {
        stream.flush();
        stream.close();
        if (temp != null) {
            Path real = Files.exists(target) ? target.toRealPath() : target;
            refuseInput(real, name); // the inputs may have been registered after open()
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

    /**
     * Passes writes straight through (FilterOutputStream alone would write byte by byte) and
     * turns an I/O error into one naming the output ("out.json: No space left on device"); the
     * original stays the cause, so a broken pipe is still recognised as one.
     */
    private static final class Named extends FilterOutputStream {
        private final String name;
        private boolean failed;

        Named(OutputStream out, String name) {
            super(out);
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw named(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                if (!failed) throw named(e); // the first error was already reported
            }
        }

        private IOException named(IOException e) {
            failed = true;
            if (e.getMessage() != null && e.getMessage().startsWith(name + ": ")) return e;
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new IOException(name + ": cannot write (" + why + ")", e);
        }
    }
}
