package news.load;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import news.util.LongHashSet;

/**
 * Expands command-line arguments (files, directories, "-") into a deterministic list of
 * {@link InputFile}s with unique ids. Directories are walked recursively in name order,
 * following symlinks but never twice into the same real directory (no loops).
 *
 * <p>Memory grows with the number of input files (ids are unique corpus-wide, and a directory is
 * read in sorted order), so each file costs as little as it can: a directory prefix shared by its
 * files, the name in one byte array, a byte of flags and an inode ({@link ScannedFiles}); the
 * {@code InputFile} is made when the corpus reads the file.
 */
public final class InputScanner {

    /** The files found and the arguments that could not be used (one-line messages). */
    public record Result(ScannedFiles files, List<String> errors) {
        public Result {
            Objects.requireNonNull(files, "files");
            errors = List.copyOf(errors);
        }
    }

    private InputScanner() {}

    public static Result scan(List<String> args) {
        Found found = new Found(new PathList(new PathList.Dirs()));
        List<String> errors = new ArrayList<>();
        FileIdentities seen = new FileIdentities();
        for (String arg : args) {
            if (arg.equals("-")) {
                found.add(null, "-", "-", InputFormat.TXT, false, true);
                continue;
            }
            if (arg.isEmpty()) { // "$UNSET": not the current directory
                errors.add("'': empty file name, skipped");
                continue;
            }
            Path p;
            try {
                p = Path.of(arg);
            } catch (java.nio.file.InvalidPathException e) {
                errors.add(arg + ": " + unrepresentable());
                continue;
            }
            if (!Files.exists(p)) {
                errors.add(arg + (Files.isSymbolicLink(p) ? ": broken symlink or symlink loop"
                        : ": no such file or directory"));
                continue;
            }
            if (Files.isDirectory(p)) {
                walk(p, found, errors, seen);
            } else if (!Files.isRegularFile(p)) {
                // a named pipe would block until someone writes, a device such as /dev/zero never ends
                errors.add(arg + ": " + fileType(p) + ", not a regular file, skipped (to read a stream, pipe it to"
                        + " standard input and name it -)");
            } else {
                String display = p.toString();
                String name = p.getFileName() == null ? display : p.getFileName().toString();
                InputFormat format = take(p, display, name, true, -1, 0, null, errors, seen);
                if (format != null) found.add(p, display, name, format, InputFormat.isGzip(name), false);
            }
        }
        return new Result(assignIds(found, seen.freeze()), errors);
    }

    /** The files taken so far: their paths and one byte of flags each ({@link ScannedFiles}). */
    private static final class Found {
        final PathList paths;
        byte[] flags = new byte[64];

        Found(PathList paths) {
            this.paths = paths;
        }

        void add(Path p, String display, String name, InputFormat format, boolean gzip, boolean stdin) {
            setFlags(paths.add(p, display, name), format, gzip, stdin);
        }

        /** Entry {@code i} of a directory walk. */
        void add(PathList walked, int i, InputFormat format, boolean gzip) {
            setFlags(paths.addFrom(walked, i), format, gzip, false);
        }

        private void setFlags(int i, InputFormat format, boolean gzip, boolean stdin) {
            if (i == flags.length) flags = Arrays.copyOf(flags, i * 2);
            flags[i] = (byte) (format.ordinal() | (gzip ? ScannedFiles.GZIP : 0) | (stdin ? ScannedFiles.STDIN : 0));
        }
    }

    /**
     * Whether to take one file: not if its extension is unknown (inside directories), it cannot
     * be read, or it was taken already under another name (symlinks). Returns its format, or
     * null. Its identity is the device index and inode from the directory walk
     * ({@code device >= 0}), else its file key {@code key}, else looked up here; the real path
     * where the file system has no keys.
     */
    private static InputFormat take(Path p, String display, String name, boolean explicit, int device, long inode,
                                    Object key, List<String> errors, FileIdentities seen) {
        InputFormat format = InputFormat.ofFileName(name);
        if (format == null) {
            if (!explicit) return null; // unknown extensions inside directories are ignored silently
            format = InputFormat.TXT; // an explicitly named file is read as text
        }
        if (!Files.isReadable(p)) {
            errors.add(display + ": permission denied");
            return null;
        }
        boolean fresh;
        if (device >= 0) {
            fresh = seen.add(device, inode);
        } else {
            Object identity = key;
            try {
                if (identity == null) identity = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
                if (identity == null) identity = p.toRealPath(); // file systems without inodes
            } catch (IOException e) {
                errors.add(display + ": cannot resolve (" + e.getMessage() + ")");
                return null;
            }
            fresh = seen.add(identity);
        }
        return fresh ? format : null; // not fresh: the same file reached twice (symlink), read once
    }

    /**
     * The regular files of one directory walk, in the order visited, with their identities.
     * The directories being walked are a stack; each becomes a node of {@link PathList.Dirs}
     * (its parent's node plus its own name) when a file under it is found.
     */
    private static final class Walked {
        final PathList paths;
        final PathList.Dirs dirs;
        final FileIdentities seen;
        int[] device = new int[64]; // index in FileIdentities, or -1: see keys
        long[] inode = new long[64];
        final Map<Integer, Object> keys = new HashMap<>(); // file keys that are not device + inode
        private final List<Open> open = new ArrayList<>();

        /** A directory being walked: its path, the display prefix of its entries, its node. */
        private static final class Open {
            final Path dir;
            String childPrefix; // known from its first entry
            int node = -1;

            Open(Path dir) {
                this.dir = dir;
            }
        }

        Walked(PathList paths, FileIdentities seen) {
            this.paths = paths;
            this.dirs = paths.dirs();
            this.seen = seen;
        }

        void enter(Path dir) {
            open.add(new Open(dir));
        }

        void leave() {
            open.remove(open.size() - 1);
        }

        void add(Path file, Object fileKey) {
            String display = file.toString();
            Path namePath = file.getFileName();
            String name = namePath == null ? display : namePath.toString();
            int i;
            int node = display.endsWith(name) ? node(display, display.length() - name.length()) : -1;
            i = node >= 0 ? paths.add(node, name, file, display) : paths.add(file, display, name);
            if (i == device.length) {
                device = Arrays.copyOf(device, i * 2);
                inode = Arrays.copyOf(inode, i * 2);
            }
            long[] devIno = FileIdentities.unixKey(fileKey);
            device[i] = devIno == null ? -1 : seen.device(devIno[0]);
            inode[i] = devIno == null ? 0 : devIno[1];
            if (devIno == null && fileKey != null) keys.put(i, fileKey);
        }

        /** The node of the innermost open directory if {@code display[0, end)} is its prefix, else -1. */
        private int node(String display, int end) {
            if (open.isEmpty()) return -1;
            Open top = open.get(open.size() - 1);
            if (top.childPrefix == null) top.childPrefix = display.substring(0, end);
            if (top.childPrefix.length() != end || !display.startsWith(top.childPrefix)) return -1;
            return node(open.size() - 1);
        }

        private int node(int k) {
            Open d = open.get(k);
            if (d.node >= 0) return d.node;
            if (k > 0) {
                Open up = open.get(k - 1);
                if (up.childPrefix == null) { // known from this directory, its entry
                    String display = d.dir.toString();
                    Path name = d.dir.getFileName();
                    if (name != null && display.endsWith(name.toString())) {
                        up.childPrefix = display.substring(0, display.length() - name.toString().length());
                    }
                }
                if (up.childPrefix != null && d.childPrefix.startsWith(up.childPrefix)) {
                    return d.node = dirs.child(node(k - 1), d.childPrefix.substring(up.childPrefix.length()));
                }
            }
            return d.node = dirs.root(d.childPrefix);
        }
    }

    private static void walk(Path root, Found found, List<String> errors, FileIdentities seen) {
        Walked files = new Walked(new PathList(found.paths.dirs()), seen);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new FileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            files.enter(dir);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) {
                                files.add(file, attrs.fileKey());
                            } else if (attrs.isOther() && file.getFileName() != null
                                    && InputFormat.ofFileName(file.getFileName().toString()) != null) {
                                // a pipe or device with an input's name: said, not silently passed over
                                errors.add(file + ": " + fileType(file) + ", not a regular file, skipped");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException exc) {
                            if (exc instanceof java.nio.file.FileSystemLoopException) {
                                errors.add(file + ": symlink loop, not followed");
                            } else {
                                errors.add(file + ": cannot read (" + describe(exc) + ")");
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
                            files.leave();
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.add(root + ": cannot read (" + describe(e) + ")");
        }
        PathList paths = files.paths;
        for (int i : paths.sortedOrder()) { // the displays in String order
            String name = paths.fileName(i);
            if (InputFormat.ofFileName(name) == null) continue; // unknown extension: ignored silently
            String display = paths.display(i);
            InputFormat format = take(paths.path(i, display), display, name, false, files.device[i], files.inode[i],
                    files.keys.get(i), errors, seen);
            if (format != null) found.add(paths, i, format, InputFormat.isGzip(name));
        }
    }

    /** Why a file name cannot be used: the locale's charset cannot encode it. */
    public static String unrepresentable() {
        return "file name not representable in the locale's charset (" + System.getProperty("sun.jnu.encoding")
                + "), skipped; run under a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
    }

    /** "a named pipe", "a character device", ...: from the file's mode bits where the platform has them. */
    static String fileType(Path p) {
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            switch (mode & 0170000) {
                case 0010000: return "a named pipe (FIFO)";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: return "a special file";
            }
        } catch (IOException | RuntimeException e) {
            return "a special file";
        }
    }

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Ids are file stems; where two stems collide, the display path (minus extension) is used,
     * and an id taken already gets "~2", "~3"... Stems and ids are counted by 64-bit hashes
     * ({@link LongHashSet}, not sets of strings): equal strings always hash equal, so an id is
     * never given twice; two different strings with the same hash (about one chance in 10^7 in
     * a million files) only cost a path-based id or a "~2" where none was needed.
     */
    private static ScannedFiles assignIds(Found found, FileIdentities identities) {
        PathList paths = found.paths;
        int n = paths.size();
        byte[] flags = Arrays.copyOf(found.flags, n);
        LongHashSet once = new LongHashSet(n), twice = new LongHashSet(16);
        for (int i = 0; i < n; i++) {
            long h = LongHashSet.hash(stemOf(paths, flags, i));
            if (!once.add(h)) twice.add(h);
        }
        once = null; // before the next table of the same size
        LongHashSet used = new LongHashSet(n);
        Map<Integer, Integer> suffixes = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String stem = stemOf(paths, flags, i);
            String id = stem;
            if (twice.contains(LongHashSet.hash(stem))) {
                flags[i] |= ScannedFiles.PATH_ID;
                id = pathId((flags[i] & ScannedFiles.STDIN) != 0 ? null : paths.path(i), stem);
            }
            if (!used.add(LongHashSet.hash(id))) {
                int k = 2;
                while (!used.add(LongHashSet.hash(id + "~" + k))) k++;
                suffixes.put(i, k);
            }
        }
        return new ScannedFiles(paths.freeze(), flags, suffixes, identities);
    }

    private static String stemOf(PathList paths, byte[] flags, int i) {
        if ((flags[i] & ScannedFiles.STDIN) != 0) return "stdin";
        return InputFormat.stem(paths.fileName(i));
    }

    /** The id of a file before any "~k": its stem, or its path when {@code byPath}. */
    static String idBase(Path path, boolean byPath) {
        String stem = path == null ? "stdin" : InputFormat.stem(path.getFileName().toString());
        return byPath ? pathId(path, stem) : stem;
    }

    private static String pathId(Path path, String stem) {
        if (path == null) return "stdin";
        Path parent = path.getParent();
        String prefix = parent == null ? "" : parent.toString().replace('\\', '/');
        while (prefix.startsWith("./")) prefix = prefix.substring(2);
        return prefix.isEmpty() ? stem : prefix + "/" + stem;
    }
}
