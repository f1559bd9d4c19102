package news.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import news.util.LongHashSet;

/**
 * A folder of one {@code <name>.json} per record ({@code clean --out-dir}). File names are unique
 * within a run and the same on every run for the same ids in the same order:
 * <ul>
 * <li>an id made only of {@code A-Z a-z 0-9 . _ - ~} (not starting with ".") and at most
 *     {@value #MAX_STEM} characters is its own name;
 * <li>any other id (a/b, a:b, non-ASCII, control characters, 5,000 characters) is made safe (each
 *     other character to "_", cut to fit) and gets "~" and 16 hex digits of the SHA-256 of the id,
 *     so ids that differ only in unsafe characters never share a name;
 * <li>a name already written in this run (the same id from two inputs; compared ignoring case,
 *     for case-insensitive file systems) gets "~2", "~3", ... and a warning.
 * </ul>
 * Files are created without following links: a planted {@code <id>.json} symlink is replaced
 * by the new file (its target untouched), never written through. Not thread-safe: one writer
 * thread (the run delivers records in input order, which makes the names deterministic).
 */
public final class OutDir {
    /** Longest name stem kept as it is: names stay far below the usual 255-byte limit, suffix included. */
    static final int MAX_STEM = 120;

    private final Path dir;
    /**
     * 64-bit hashes of the lower-cased names written in this run: 8 bytes a name, also for a
     * million articles. Two names of one hash (about one chance in 10^7 at a million) only cost
     * a "~2" where none was needed: equal names always hash equal, so a name is never reused.
     */
    private final LongHashSet taken = new LongHashSet(1024);

    private OutDir(Path dir) {
        this.dir = dir;
    }

    /** Creates the folder if needed; fails with a one-line reason when it cannot be one. Removes our stale temporaries. */
    public static OutDir open(Path dir) throws IOException {
        if (dir.toString().isEmpty()) throw new IOException("--out-dir '': empty folder name");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir + ": not a directory (--out-dir needs a folder)");
        }
        try {
            Files.createDirectories(dir);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IOException(dir + ": not a directory (--out-dir needs a folder; " + e.getFile() + " is a file)");
        } catch (IOException e) {
            throw new IOException(dir + ": cannot create (" + AtomicOutput.reason(e) + ")", e);
        }
        AtomicOutput.removeStaleTemporaries(dir);
        return new OutDir(dir);
    }

    /** The file name (without folder) for {@code id} before collisions: deterministic, safe, short. */
    public static String baseName(String id) {
        StringBuilder safe = new StringBuilder(Math.min(id.length(), MAX_STEM));
        boolean changed = false;
        for (int i = 0; i < id.length() && safe.length() < MAX_STEM; i++) {
            char c = id.charAt(i);
            boolean ok = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                    || c == '~' || c == '.' && i > 0;
            safe.append(ok ? c : '_');
            changed |= !ok;
        }
        if (!changed && id.length() <= MAX_STEM && !id.isEmpty()) return id;
        return safe + "~" + AtomicOutput.hex(sha256(id), 8);
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long key(String name) {
        return LongHashSet.hash(name.toLowerCase(Locale.ROOT));
    }

    /** Where a record went, or why not. */
    public record Written(String file, String warning, String skipped) {}

    /**
     * Writes {@code json} for the record {@code id} read from {@code source}, atomically (a
     * temporary file, then a rename over the name itself). {@code isInput} tells whether an
     * existing file (links followed) is one of the run's inputs: such a name is skipped.
     */
    public Written write(String id, String source, byte[] json, Predicate<Path> isInput) throws IOException {
        return write(id, source, ".json", json, isInput);
    }

    /** As above, for a file ending in {@code extension} (".json", ".md", ".txt"). */
    public Written write(String id, String source, String extension, byte[] content, Predicate<Path> isInput)
            throws IOException {
        byte[] json = content;
        String base = baseName(id);
        String name = base + extension;
        String warning = null;
        if (taken.contains(key(name))) {
            int k = 2;
            while (taken.contains(key(base + "~" + k + extension))) k++;
            String first = name;
            name = base + "~" + k + extension;
            warning = source + ": id " + id + " maps to " + first + ", written earlier in this run; written as " + name;
        }
        Path target = dir.resolve(name);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            // where a link leads too: a link to an input is left alone, as the input itself
            if (isInput.test(target)) {
                return new Written(null, null, target + ": would overwrite an input file, not written");
            }
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return new Written(null, null, target + ": is a directory, " + id + " not written");
            }
            if (Files.isSymbolicLink(target)) {
                String w = target + ": was a symbolic link; replaced by the file (the link's target is untouched)";
                warning = warning == null ? w : warning + "; " + w;
            }
        }
        taken.add(key(name));
        AtomicOutput.writeNoFollow(target, json);
        return new Written(name, warning, null);
    }
}
