package news.load;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scanner as it was before its memory diet (commit 4276222): a list of {@code InputFile}s with
 * their {@code Path}s, {@code HashSet}s of file keys and ids. Kept as the reference that
 * {@link InputScannerTest} compares the compact {@link InputScanner} with, file by file and
 * error by error.
 */
final class LegacyInputScanner {

    /** The files found and the arguments that could not be used (one-line messages). */
    public record Result(List<InputFile> files, List<String> errors) {
        public Result {
            files = List.copyOf(files);
            errors = List.copyOf(errors);
        }
    }

    private LegacyInputScanner() {}

    public static Result scan(List<String> args) {
        List<Found> found = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<Object> seenFiles = new java.util.HashSet<>();
        for (String arg : args) {
            if (arg.equals("-")) {
                found.add(new Found(null, "-", InputFormat.TXT, false));
                continue;
            }
            Path p = Path.of(arg);
            if (!Files.exists(p)) {
                errors.add(arg + (Files.isSymbolicLink(p) ? ": broken symlink or symlink loop"
                        : ": no such file or directory"));
                continue;
            }
            if (Files.isDirectory(p)) {
                walk(p, found, errors, seenFiles);
            } else {
                addFile(p, p.toString(), true, null, found, errors, seenFiles);
            }
        }
        return new Result(assignIds(found), errors);
    }

    private record Found(Path path, String display, InputFormat format, boolean gzip) {}

    /**
     * {@code fileKey}: the file's identity (device and inode) from the directory walk, or null;
     * it tells the same file reached twice (symlinks) apart without resolving every path.
     */
    private static void addFile(Path p, String display, boolean explicit, Object fileKey, List<Found> found,
                                List<String> errors, Set<Object> seen) {
        String name = p.getFileName() == null ? display : p.getFileName().toString();
        InputFormat format = InputFormat.ofFileName(name);
        if (format == null) {
            if (!explicit) return; // unknown extensions inside directories are ignored silently
            format = InputFormat.TXT; // an explicitly named file is read as text
        }
        if (!Files.isReadable(p)) {
            errors.add(display + ": permission denied");
            return;
        }
        Object identity = fileKey;
        try {
            if (identity == null) identity = Files.readAttributes(p, BasicFileAttributes.class).fileKey();
            if (identity == null) identity = p.toRealPath(); // file systems without inodes
        } catch (IOException e) {
            errors.add(display + ": cannot resolve (" + e.getMessage() + ")");
            return;
        }
        if (!seen.add(identity)) return; // same file reached twice (symlink): read once
        found.add(new Found(p, display, format, InputFormat.isGzip(name)));
    }

    private static void walk(Path root, List<Found> found, List<String> errors, Set<Object> seen) {
        List<Walked> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new FileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) files.add(new Walked(file, file.toString(), attrs.fileKey()));
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
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.add(root + ": cannot read (" + describe(e) + ")");
        }
        files.sort(Comparator.comparing(Walked::name));
        for (Walked f : files) addFile(f.path(), f.name(), false, f.fileKey(), found, errors, seen);
    }

    private record Walked(Path path, String name, Object fileKey) {}

    private static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Ids are file stems; where two stems collide, the display path (minus extension) is used. */
    private static List<InputFile> assignIds(List<Found> found) {
        Map<String, Integer> stemCount = new HashMap<>();
        for (Found f : found) stemCount.merge(stemOf(f), 1, Integer::sum);
        List<InputFile> out = new ArrayList<>(found.size());
        Set<String> used = new java.util.HashSet<>();
        for (Found f : found) {
            String stem = stemOf(f);
            String id = stemCount.get(stem) > 1 ? pathId(f) : stem;
            String unique = id;
            for (int k = 2; !used.add(unique); k++) unique = id + "~" + k;
            out.add(new InputFile(f.path, f.display, unique, f.format, f.gzip));
        }
        return out;
    }

    private static String stemOf(Found f) {
        if (f.path == null) return "stdin";
        return InputFormat.stem(f.path.getFileName().toString());
    }

    private static String pathId(Found f) {
        if (f.path == null) return "stdin";
        Path parent = f.path.getParent();
        String stem = stemOf(f);
        String prefix = parent == null ? "" : parent.toString().replace('\\', '/');
        while (prefix.startsWith("./")) prefix = prefix.substring(2);
        return prefix.isEmpty() ? stem : prefix + "/" + stem;
    }
}
