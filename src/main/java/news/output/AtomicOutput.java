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
 *
 * <p>The temporary is {@code .<name>.news-<pid>-<random>.tmp}, created new (never through a
 * link) with the permissions of the file it replaces, else the umask's defaults, as other tools
 * do. It is deleted when the run fails, when the process is stopped by SIGINT or SIGTERM (a
 * shutdown hook), and, when the process was killed outright, by the next run writing into the
 * same folder (only names of this pattern whose process is gone).
 */
public final class AtomicOutput implements AutoCloseable {
    /** Tests telling whether a real path is one of this process's inputs: an output never replaces one. */
    private static final List<Predicate<Path>> PROTECTED = new CopyOnWriteArrayList<>();
    /** Temporaries not yet renamed or deleted: the shutdown hook removes them (Ctrl-C, kill). */
    private static final java.util.Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final java.util.concurrent.atomic.AtomicBoolean HOOKED = new java.util.concurrent.atomic.AtomicBoolean();
    /** {@code .<name>.news-<pid>-<8 hex>.tmp}: our temporaries, and nothing else. */
    private static final java.util.regex.Pattern TEMP_NAME = java.util.regex.Pattern.compile("\\..*\\.news-([0-9]{1,19})-[0-9a-f]{8}\\.tmp");

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
        if (path.isEmpty()) throw new IOException("-o '': empty file name");
        Path target;
        try {
            target = Path.of(path).toAbsolutePath();
        } catch (java.nio.file.InvalidPathException e) {
            throw new IOException(path + ": file name not representable in the locale's charset ("
                    + System.getProperty("sun.jnu.encoding") + "); run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
        }
        if (Files.exists(target)) {
            target = target.toRealPath(); // through symlinks: replace the file, keep the link
            if (Files.isDirectory(target)) throw new IOException(path + ": is a directory, not written");
            refuseInput(target, path);
            if (!Files.isRegularFile(target)) {
                return new AtomicOutput(path, target, null, Files.newOutputStream(target));
            }
            // as `> file` would: a file we may not write is not replaced behind its back
            if (!Files.isWritable(target)) throw new IOException(path + ": cannot write (permission denied)");
        }
        Path dir = target.getParent();
        try {
            if (dir != null) Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException(path + ": cannot create its folder (" + reason(e) + ")", e);
        }
        removeStaleTemporaries(dir);
        Path temp = createTemp(target, path);
        try {
            OutputStream s = Files.newOutputStream(temp, java.nio.file.StandardOpenOption.WRITE);
            copyPermissions(target, temp); // once open: a read-only original must not lock us out
            return new AtomicOutput(path, target, temp, s);
        } catch (IOException | RuntimeException e) {
            discard(temp);
            throw e;
        }
    }

    /**
     * A new empty temporary beside {@code target}, registered for removal at exit: created with
     * O_EXCL (a planted link of the same name makes it fail, never followed) and the umask's
     * permissions ({@link #copyPermissions} gives it those of the file it replaces).
     */
    private static Path createTemp(Path target, String display) throws IOException {
        installHook();
        String name = target.getFileName().toString();
        // keep the temporary's name within the 255-byte limit of most file systems
        if (name.length() > 40) name = name.substring(0, Character.isHighSurrogate(name.charAt(39)) ? 39 : 40);
        byte[] r = new byte[4];
        for (int attempt = 0; ; attempt++) {
            // not secret: O_EXCL, not the name, keeps a planted file out (SecureRandom costs start-up time)
            java.util.concurrent.ThreadLocalRandom.current().nextBytes(r);
            Path temp = target.resolveSibling("." + name + ".news-" + ProcessHandle.current().pid() + "-" + hex(r, 4) + ".tmp");
            LIVE.add(temp);
            try {
                Files.newByteChannel(temp, java.util.EnumSet.of(java.nio.file.StandardOpenOption.CREATE_NEW,
                        java.nio.file.StandardOpenOption.WRITE)).close();
            } catch (java.nio.file.FileAlreadyExistsException e) {
                LIVE.remove(temp);
                if (attempt < 10) continue;
                throw e;
            } catch (IOException e) {
                LIVE.remove(temp);
                throw new IOException(display + ": cannot write (" + reason(e) + ")", e);
            } catch (RuntimeException e) {
                LIVE.remove(temp);
                throw e;
            }
            return temp;
        }
    }

    private static void copyPermissions(Path from, Path to) {
        try {
            if (Files.isRegularFile(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from, java.nio.file.LinkOption.NOFOLLOW_LINKS));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not POSIX, or not ours: the umask's defaults stay
        }
    }

    private static void installHook() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                for (Path t : LIVE) {
                    try {
                        Files.deleteIfExists(t);
                    } catch (IOException ignored) {
                        // exiting: nothing more to do
                    }
                }
            }, "news-remove-temporaries"));
        }
    }

    private static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // nothing more we can do; the next run in this folder removes it
        }
        LIVE.remove(temp);
    }

    /**
     * Deletes temporaries of ours ({@code .<name>.news-<pid>-<hex>.tmp}) in {@code dir} whose
     * process is no longer running: left by a run killed outright (SIGKILL, power loss). Other
     * files, and temporaries of runs still going, are never touched.
     */
    public static void removeStaleTemporaries(Path dir) {
        if (dir == null) return;
        try (java.nio.file.DirectoryStream<Path> s = Files.newDirectoryStream(dir, ".*.news-*.tmp")) {
            for (Path p : s) {
                java.util.regex.Matcher m = TEMP_NAME.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).isPresent()) continue;
                if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) continue;
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // not ours to delete after all (permissions): leave it
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // an unreadable folder: writing there fails with its own message
        }
    }

    /**
     * Writes {@code bytes} to {@code target} through a new temporary renamed over the name
     * itself: an existing link named {@code target} is replaced, never followed.
     */
    static void writeNoFollow(Path target, byte[] bytes) throws IOException {
        Path temp = createTemp(target, target.toString());
        try {
            try (OutputStream o = new Named(Files.newOutputStream(temp, java.nio.file.StandardOpenOption.WRITE),
                    target.toString())) {
                copyPermissions(target, temp);
                o.write(bytes);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            discard(temp);
        }
    }

    /** The reason of an I/O error in words (the JDK's file exceptions often carry only the path). */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such directory";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String hex(byte[] b, int n) {
        StringBuilder s = new StringBuilder(2 * n);
        for (int i = 0; i < n; i++) s.append(Character.forDigit(b[i] >> 4 & 15, 16)).append(Character.forDigit(b[i] & 15, 16));
        return s.toString();
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
            LIVE.remove(temp);
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
        if (temp != null) discard(temp);
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
