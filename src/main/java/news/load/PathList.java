package news.load;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A growable list of display paths in compact form, for a million input files: each path is a
 * shared directory prefix (an index into {@link Prefixes}) plus its file name, the names packed
 * one after another in one byte array (Latin-1 where every char fits, else UTF-16), no object per
 * path. The {@link Path} is made again from the display string when needed; the few paths that
 * would not come back the same (names the platform charset cannot decode) are kept as objects.
 */
final class PathList {
    /** Directory prefixes ("corpus/a/"), each stored once and shared by every list of a scan. */
    static final class Prefixes {
        private final List<String> list = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private int last = -1;

        /** The index of the prefix {@code display[0, end)}; no allocation when it is the last one used. */
        int of(String display, int end) {
            if (last >= 0) {
                String p = list.get(last);
                if (p.length() == end && display.startsWith(p)) return last;
            }
            String p = display.substring(0, end);
            Integer i = index.get(p);
            if (i == null) {
                i = list.size();
                list.add(p);
                index.put(p, i);
            }
            last = i;
            return i;
        }

        String get(int i) {
            return list.get(i);
        }

        String[] toArray() {
            return list.toArray(new String[0]);
        }
    }

    private final Prefixes prefixes;
    private int size;
    private int[] prefix = new int[64]; // null once frozen
    private int[] runStart, runPrefix; // once frozen
    private int[] start = new int[65]; // name i is chars[start[i], start[i + 1])
    private byte[] chars = new byte[1024];
    private final BitSet wide = new BitSet(); // names stored as UTF-16
    private final Map<Integer, Path> odd = new HashMap<>();

    PathList(Prefixes prefixes) {
        this.prefixes = prefixes;
    }

    Prefixes prefixes() {
        return prefixes;
    }

    int size() {
        return size;
    }

    /**
     * Appends a path as displayed and the {@code path} it names. The display is split where its
     * last name {@code name} starts; a path whose display does not end with its name, or that
     * {@link Path#of} would not rebuild equal, is kept whole as an object.
     */
    int add(Path path, String display, String name) {
        boolean keep = !display.endsWith(name) || !rebuildsEqual(path, display);
        if (keep) name = display;
        int i = append(prefixes.of(display, display.length() - name.length()), name);
        if (keep) odd.put(i, path);
        return i;
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

    /** Appends entry {@code i} of {@code other} (same prefixes). */
    int addFrom(PathList other, int i) {
        int j = append(other.prefixOf(i), other.name(i));
        Path p = other.odd.get(i);
        if (p != null) odd.put(j, p);
        return j;
    }

    private int append(int prefixIndex, String name) {
        if (prefix == null) throw new IllegalStateException("frozen");
        if (size == prefix.length) {
            prefix = Arrays.copyOf(prefix, size * 2);
            start = Arrays.copyOf(start, size * 2 + 1);
        }
        boolean latin1 = true;
        for (int k = 0; k < name.length() && latin1; k++) latin1 = name.charAt(k) <= 0xFF;
        int bytes = latin1 ? name.length() : name.length() * 2;
        int at = start[size];
        if (at + bytes > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, at + bytes));
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (latin1) {
                chars[at + k] = (byte) c;
            } else {
                chars[at + 2 * k] = (byte) (c >>> 8);
                chars[at + 2 * k + 1] = (byte) c;
            }
        }
        if (!latin1) wide.set(size);
        prefix[size] = prefixIndex;
        start[size + 1] = at + bytes;
        return size++;
    }

    int nameLength(int i) {
        int n = start[i + 1] - start[i];
        return wide.get(i) ? n / 2 : n;
    }

    char nameChar(int i, int k) {
        int at = start[i];
        if (!wide.get(i)) return (char) (chars[at + k] & 0xFF);
        return (char) ((chars[at + 2 * k] & 0xFF) << 8 | (chars[at + 2 * k + 1] & 0xFF));
    }

    /** The stored last part of the display (the file name, or the whole display if kept whole). */
    String name(int i) {
        int n = nameLength(i);
        if (!wide.get(i)) return new String(chars, start[i], n, java.nio.charset.StandardCharsets.ISO_8859_1);
        char[] c = new char[n];
        for (int k = 0; k < n; k++) c[k] = nameChar(i, k);
        return new String(c);
    }

    /** The file name as {@link Path#getFileName} gives it. */
    String fileName(int i) {
        Path p = odd.get(i);
        if (p != null && p.getFileName() != null) return p.getFileName().toString();
        return name(i);
    }

    String display(int i) {
        return prefixes.get(prefixOf(i)).concat(name(i));
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

    /** Compares the displays of entries {@code a} and {@code b} as {@link String#compareTo} would. */
    int compare(int a, int b) {
        String pa = prefixes.get(prefixOf(a)), pb = prefixes.get(prefixOf(b));
        int la = pa.length() + nameLength(a), lb = pb.length() + nameLength(b);
        int i = 0;
        if (pa == pb) {
            if (!wide.get(a) && !wide.get(b)) { // the common case: two Latin-1 names in one directory
                int sa = start[a], sb = start[b], n = Math.min(la, lb) - pa.length();
                for (int k = 0; k < n; k++) {
                    int x = chars[sa + k] & 0xFF, y = chars[sb + k] & 0xFF;
                    if (x != y) return x - y;
                }
                return la - lb;
            }
            i = pa.length();
        } else {
            for (int m = Math.min(pa.length(), pb.length()); i < m; i++) {
                char x = pa.charAt(i), y = pb.charAt(i);
                if (x != y) return x - y;
            }
        }
        for (int n = Math.min(la, lb); i < n; i++) {
            char x = i < pa.length() ? pa.charAt(i) : nameChar(a, i - pa.length());
            char y = i < pb.length() ? pb.charAt(i) : nameChar(b, i - pb.length());
            if (x != y) return x - y;
        }
        return la - lb;
    }

    /** The entry indices in display order (a stable merge sort on ints). */
    int[] sortedOrder() {
        int[] a = new int[size];
        for (int i = 0; i < size; i++) a[i] = i;
        mergeSort(a, new int[size], 0, size);
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
        if (compare(a[mid - 1], a[mid]) <= 0) return; // already in order (common: sorted directories)
        System.arraycopy(a, from, tmp, from, to - from);
        for (int i = from, l = from, r = mid; i < to; i++) {
            a[i] = r >= to || (l < mid && compare(tmp[l], tmp[r]) <= 0) ? tmp[l++] : tmp[r++];
        }
    }

    /**
     * Ends the appending: arrays trimmed, and the per-entry prefix indices replaced by runs of
     * equal prefixes (files of one directory mostly come together), found by binary search.
     */
    PathList freeze() {
        int runs = 0;
        for (int i = 0; i < size; i++) if (i == 0 || prefix[i] != prefix[i - 1]) runs++;
        runStart = new int[runs];
        runPrefix = new int[runs];
        int r = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || prefix[i] != prefix[i - 1]) {
                runStart[r] = i;
                runPrefix[r++] = prefix[i];
            }
        }
        prefix = null;
        start = Arrays.copyOf(start, size + 1);
        chars = Arrays.copyOf(chars, start[size]);
        return this;
    }

    private int prefixOf(int i) {
        if (prefix != null) return prefix[i];
        int r = Arrays.binarySearch(runStart, i);
        return runPrefix[r >= 0 ? r : -r - 2];
    }
}
