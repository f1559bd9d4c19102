package news.load;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Strings appended one after another into one byte array: Latin-1 where every char fits (one
 * byte a char), else UTF-16 (two). No object per string; read back by index.
 */
final class PackedStrings {
    private int size;
    private int[] start = new int[65]; // string i is bytes[start[i], start[i + 1])
    private byte[] bytes = new byte[1024];
    private final BitSet wide = new BitSet(); // strings stored as UTF-16

    int size() {
        return size;
    }

    int add(String s) {
        if (size + 1 == start.length) start = Arrays.copyOf(start, start.length * 2);
        boolean latin1 = true;
        for (int k = 0; k < s.length() && latin1; k++) latin1 = s.charAt(k) <= 0xFF;
        int n = latin1 ? s.length() : s.length() * 2;
        int at = start[size];
        if (at + n > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, at + n));
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (latin1) {
                bytes[at + k] = (byte) c;
            } else {
                bytes[at + 2 * k] = (byte) (c >>> 8);
                bytes[at + 2 * k + 1] = (byte) c;
            }
        }
        if (!latin1) wide.set(size);
        start[size + 1] = at + n;
        return size++;
    }

    int length(int i) {
        int n = start[i + 1] - start[i];
        return wide.get(i) ? n / 2 : n;
    }

    char charAt(int i, int k) {
        int at = start[i];
        if (!wide.get(i)) return (char) (bytes[at + k] & 0xFF);
        return (char) ((bytes[at + 2 * k] & 0xFF) << 8 | (bytes[at + 2 * k + 1] & 0xFF));
    }

    String get(int i) {
        int n = length(i);
        if (!wide.get(i)) return new String(bytes, start[i], n, StandardCharsets.ISO_8859_1);
        char[] c = new char[n];
        for (int k = 0; k < n; k++) c[k] = charAt(i, k);
        return new String(c);
    }

    void appendTo(StringBuilder b, int i) {
        if (!wide.get(i)) {
            for (int k = start[i]; k < start[i + 1]; k++) b.append((char) (bytes[k] & 0xFF));
        } else {
            for (int k = 0, n = length(i); k < n; k++) b.append(charAt(i, k));
        }
    }

    /**
     * Compares strings {@code a} and {@code b} as {@link String#compareTo} would, if both are
     * Latin-1; else returns {@link Integer#MIN_VALUE} (the caller compares char by char).
     */
    int compareLatin1(int a, int b) {
        if (wide.get(a) || wide.get(b)) return Integer.MIN_VALUE;
        int sa = start[a], sb = start[b], la = start[a + 1] - sa, lb = start[b + 1] - sb;
        for (int k = 0, n = Math.min(la, lb); k < n; k++) {
            int x = bytes[sa + k] & 0xFF, y = bytes[sb + k] & 0xFF;
            if (x != y) return x - y;
        }
        return la - lb;
    }

    /** Drops the spare room of the growing arrays (appending still works after). */
    void trim() {
        start = Arrays.copyOf(start, size + 2);
        bytes = Arrays.copyOf(bytes, start[size]);
    }
}
