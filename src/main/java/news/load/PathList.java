package news.load;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A growable list of display paths in compact form, for a million input files: each path is a
 * directory (a node of {@link Dirs}) plus its file name, the names packed in one byte array
 * ({@link PackedStrings}), no object per path. The {@link Path} is made again from the display
 * string when needed; the few paths that would not come back the same (names the platform
 * charset cannot decode) are kept as objects.
 */
final class PathList {
    /**
     * The directory prefixes of displays ("corpus/a/b/"), as a tree: each directory is its
     * parent plus one segment ("b/"), so a directory costs about its own name, also where every
     * article has a directory of its own. Shared by the lists of one scan.
     */
    static final class Dirs {
        private int[] parent = new int[16]; // -1 for a root: a whole prefix as its segment
        private final PackedStrings segments = new PackedStrings();
        private final Map<String, Integer> roots = new HashMap<>();
        private volatile Cached last; // the prefix asked last: files come directory by directory

        private record Cached(int node, String prefix) {}

        int size() {
            return segments.size();
        }

        /** The root node holding the whole prefix {@code prefix} (one per distinct string). */
        int root(String prefix) {
            Integer i = roots.get(prefix);
            if (i == null) {
                i = add(-1, prefix);
                roots.put(prefix, i);
            }
            return i;
        }

        /** A new node: the prefix of {@code parent} followed by {@code segment}. */
        int child(int parent, String segment) {
            return add(parent, segment);
        }

        private int add(int parentNode, String segment) {
            int i = segments.add(segment);
            if (i == parent.length) parent = Arrays.copyOf(parent, i * 2);
            parent[i] = parentNode;
            return i;
        }

        String prefix(int node) {
            Cached c = last;
            if (c != null && c.node == node) return c.prefix;
            int depth = 0;
            for (int n = node; n >= 0; n = parent[n]) depth++;
            int[] chain = new int[depth];
            for (int n = node, k = depth; n >= 0; n = parent[n]) chain[--k] = n;
            StringBuilder b = new StringBuilder(64);
            for (int n : chain) segments.appendTo(b, n);
            String s = b.toString();
            last = new Cached(node, s);
            return s;
        }

        void trim() {
            parent = Arrays.copyOf(parent, size());
            segments.trim();
        }
    }

    private final Dirs dirs;
    private final PackedStrings names = new PackedStrings();
    private int[] dir = new int[64]; // per entry; null once frozen into runs (or kept if no runs)
    private int[] runStart, runDir; // once frozen: entries [runStart[r], runStart[r + 1]) are in runDir[r]
    private final Map<Integer, Path> odd = new HashMap<>();
    private String[] sortPrefixes; // while sorting: the prefix of each directory, made once
    private boolean frozen;

    PathList(Dirs dirs) {
        this.dirs = dirs;
    }

    Dirs dirs() {
        return dirs;
    }

    int size() {
        return names.size();
    }

    /**
     * Appends a path as displayed and the {@code path} it names (null for stdin). The display is
     * split where its last name {@code name} starts; a path whose display does not end with its
     * name, or that {@link Path#of} would not rebuild equal, is kept whole as an object.
     */
    int add(Path path, String display, String name) {
        boolean keep = !display.endsWith(name) || !rebuildsEqual(path, display);
        if (keep) name = display;
        int i = add(dirs.root(display.substring(0, display.length() - name.length())), name);
        if (keep) odd.put(i, path);
        return i;
    }

    /** Appends a file {@code name} in directory node {@code dirNode}; {@code path} is kept if it must be. */
    int add(int dirNode, String name, Path path, String display) {
        if (!rebuildsEqual(path, display)) {
            int i = add(dirs.root(""), display);
            odd.put(i, path);
            return i;
        }
        return add(dirNode, name);
    }

    /** Pure ASCII always comes back equal; anything else is checked. */
    private static boolean rebuildsEqual(Path path, String display) {
        if (path == null) return true;
        for (int k = 0; k < display.length(); k++) {
            if (display.charAt(k) >= 0x80) {
                try {
                    return Path.of(display).equals(path);
                } catch (InvalidPathException e) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Appends entry {@code i} of {@code other} (same {@link Dirs}). */
    int addFrom(PathList other, int i) {
        int j = add(other.dirOf(i), other.names.get(i));
        Path p = other.odd.get(i);
        if (p != null) odd.put(j, p);
        return j;
    }

    private int add(int dirNode, String name) {
        if (frozen) throw new IllegalStateException("frozen");
        int i = names.add(name);
        if (i == dir.length) dir = Arrays.copyOf(dir, i * 2);
        dir[i] = dirNode;
        return i;
    }

    /** The file name as {@link Path#getFileName} gives it. */
    String fileName(int i) {
        Path p = odd.get(i);
        if (p != null && p.getFileName() != null) return p.getFileName().toString();
        return names.get(i);
    }

    String display(int i) {
        return dirs.prefix(dirOf(i)).concat(names.get(i));
    }

    /** The path: rebuilt from the display, or the one kept. */
    Path path(int i) {
        return path(i, display(i));
    }

    /** {@link #path(int)} when the caller has the display already. */
    Path path(int i, String display) {
        Path p = odd.get(i);
        return p != null ? p : Path.of(display);
    }

    private String prefixOf(int i) {
        int d = dirOf(i);
        if (sortPrefixes == null) return dirs.prefix(d);
        String s = sortPrefixes[d];
        if (s == null) s = sortPrefixes[d] = dirs.prefix(d);
        return s;
    }

    /** Compares the displays of entries {@code a} and {@code b} as {@link String#compareTo} would. */
    int compare(int a, int b) {
        if (dirOf(a) == dirOf(b)) { // the common case: two names in one directory
            int c = names.compareLatin1(a, b);
            if (c != Integer.MIN_VALUE) return c;
        }
        String pa = prefixOf(a), pb = prefixOf(b);
        int la = pa.length() + names.length(a), lb = pb.length() + names.length(b);
        int i = 0;
        if (pa.equals(pb)) {
            i = pa.length();
        } else {
            for (int m = Math.min(pa.length(), pb.length()); i < m; i++) {
                char x = pa.charAt(i), y = pb.charAt(i);
                if (x != y) return x - y;
            }
        }
        for (int n = Math.min(la, lb); i < n; i++) {
            char x = i < pa.length() ? pa.charAt(i) : names.charAt(a, i - pa.length());
            char y = i < pb.length() ? pb.charAt(i) : names.charAt(b, i - pb.length());
            if (x != y) return x - y;
        }
        return la - lb;
    }

    /** The entry indices in display order (a stable merge sort on ints). */
    int[] sortedOrder() {
        int size = size();
        int[] a = new int[size];
        for (int i = 0; i < size; i++) a[i] = i;
        sortPrefixes = new String[dirs.size()];
        try {
            mergeSort(a, new int[size], 0, size);
        } finally {
            sortPrefixes = null;
        }
        return a;
    }

    private void mergeSort(int[] a, int[] tmp, int from, int to) {
        if (to - from <= 16) {
            for (int i = from + 1; i < to; i++) {
                int x = a[i], j = i - 1;
                while (j >= from && compare(a[j], x) > 0) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (compare(a[mid - 1], a[mid]) <= 0) return; // already in order
        System.arraycopy(a, from, tmp, from, to - from);
        for (int i = from, l = from, r = mid; i < to; i++) {
            a[i] = r >= to || (l < mid && compare(tmp[l], tmp[r]) <= 0) ? tmp[l++] : tmp[r++];
        }
    }

    /**
     * Ends the appending: arrays trimmed, and the directory of each entry kept as runs of equal
     * directories (found by binary search) where files come directory by directory, as they do.
     */
    PathList freeze() {
        int size = size();
        int runs = 0;
        for (int i = 0; i < size; i++) if (i == 0 || dir[i] != dir[i - 1]) runs++;
        if (runs * 2 <= size) {
            runStart = new int[runs];
            runDir = new int[runs];
            int r = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || dir[i] != dir[i - 1]) {
                    runStart[r] = i;
                    runDir[r++] = dir[i];
                }
            }
            dir = null;
        } else {
            dir = Arrays.copyOf(dir, size); // one directory per file: one int each
        }
        names.trim();
        dirs.trim();
        frozen = true;
        return this;
    }

    private int dirOf(int i) {
        if (dir != null) return dir[i];
        int r = Arrays.binarySearch(runStart, i);
        return runDir[r >= 0 ? r : -r - 2];
    }
}
