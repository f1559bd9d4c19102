package news.load;

import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The input files of a scan, in order, as an immutable list that makes each {@link InputFile}
 * when asked (a corpus asks once per pass, one file at a time): a million files cost tens of
 * bytes each, not the ~370 bytes of a list of {@code InputFile}s with their {@code Path}s.
 * Per file it keeps the name in a shared byte array with its directory prefix (see
 * {@link PathList}), one byte of format flags, and in {@link FileIdentities} its inode.
 */
public final class ScannedFiles extends AbstractList<InputFile> implements RandomAccess {
    static final int FORMAT_MASK = 0x3; // InputFormat ordinal (four formats)
    static final int GZIP = 1 << 2;
    static final int STDIN = 1 << 3;
    static final int PATH_ID = 1 << 4; // the id is built from the path, the stem being shared

    private final PathList paths;
    private final byte[] flags;
    private final Map<Integer, Integer> suffixes; // "~k" of ids that were taken already (rare)
    private final FileIdentities identities;

    ScannedFiles(PathList paths, byte[] flags, Map<Integer, Integer> suffixes, FileIdentities identities) {
        if (InputFormat.values().length > FORMAT_MASK + 1) throw new IllegalStateException("format bits");
        this.paths = paths;
        this.flags = flags;
        this.suffixes = Map.copyOf(suffixes);
        this.identities = identities;
        if (flags.length != paths.size()) throw new IllegalArgumentException("one flag byte per path");
    }

    @Override
    public int size() {
        return flags.length;
    }

    @Override
    public InputFile get(int i) {
        Objects.checkIndex(i, flags.length);
        int f = flags[i];
        InputFormat format = InputFormat.values()[f & FORMAT_MASK];
        String display = (f & STDIN) != 0 ? "-" : paths.display(i);
        Path path = (f & STDIN) != 0 ? null : paths.path(i, display);
        String base = InputScanner.idBase(path, (f & PATH_ID) != 0);
        Integer k = suffixes.get(i);
        return new InputFile(path, display, k == null ? base : base + "~" + k, format, (f & GZIP) != 0);
    }

    /**
     * Whether {@code path} (symlinks followed) is one of these files: the same file (device and
     * inode), also under another name. False for paths that cannot be read. Thread-safe.
     */
    public boolean isInput(Path path) {
        return identities.contains(path);
    }

    /** {@link #isInput} alone, without the file list (what an output keeps to refuse inputs). */
    public Predicate<Path> inputTest() {
        FileIdentities ids = identities;
        return ids::contains;
    }
}
