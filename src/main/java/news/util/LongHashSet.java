package news.util;

import java.util.Arrays;

/**
 * A set of longs in one open-addressing table (linear probing): 8 bytes a slot instead of the
 * ~50 bytes of a boxed {@code HashSet<Long>} entry, for per-input-file sets of a million entries
 * (load) and the file names of an output folder (output).
 */
public final class LongHashSet {
    private static final double MAX_LOAD = 0.7;

    private long[] table;
    private int mask;
    private int size;
    private boolean hasZero; // 0 marks an empty slot, so the key 0 is kept aside

    public LongHashSet(int expected) {
        int cap = 16;
        while (cap * MAX_LOAD < expected) cap <<= 1;
        table = new long[cap];
        mask = cap - 1;
    }

    /** Adds {@code k}; false when it was already present. */
    public boolean add(long k) {
        if (k == 0) {
            if (hasZero) return false;
            hasZero = true;
            size++;
            return true;
        }
        int i = (int) Hashing.mix(k) & mask;
        for (long t; (t = table[i]) != 0; i = (i + 1) & mask) {
            if (t == k) return false;
        }
        table[i] = k;
        if (++size > table.length * MAX_LOAD) grow();
        return true;
    }

    public boolean contains(long k) {
        if (k == 0) return hasZero;
        int i = (int) Hashing.mix(k) & mask;
        for (long t; (t = table[i]) != 0; i = (i + 1) & mask) {
            if (t == k) return true;
        }
        return false;
    }

    public int size() {
        return size;
    }

    /** The elements, sorted (for {@link Arrays#binarySearch}). */
    public long[] toSortedArray() {
        long[] out = new long[size];
        int n = 0;
        if (hasZero) out[n++] = 0;
        for (long t : table) if (t != 0) out[n++] = t;
        Arrays.sort(out);
        return out;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        mask = table.length - 1;
        for (long t : old) {
            if (t == 0) continue;
            int i = (int) Hashing.mix(t) & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = t;
        }
    }


    /** A 64-bit hash of a string (FNV-1a over its chars, then mixed). */
    public static long hash(CharSequence s) {
        long h = 0xcbf29ce484222325L ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return Hashing.mix(h);
    }
}
