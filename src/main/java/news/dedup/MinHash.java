package news.dedup;

import java.util.SplittableRandom;

/**
 * MinHash signatures over 32-bit shingle hashes. Permutation i is the universal hash
 * {@code (a_i * x + b_i) >>> 32} with odd 64-bit {@code a_i}; seeds are fixed so signatures, and
 * therefore LSH candidates, are reproducible. The share of equal positions in two signatures is
 * an unbiased estimate of the sets' Jaccard similarity (standard error sqrt(J(1-J)/n)).
 */
public final class MinHash {
    private final long[] a;
    private final long[] b;

    public MinHash(int permutations, long seed) {
        if (permutations < 1) throw new IllegalArgumentException("permutations must be >= 1");
        SplittableRandom r = new SplittableRandom(seed);
        a = new long[permutations];
        b = new long[permutations];
        for (int i = 0; i < permutations; i++) {
            a[i] = r.nextLong() | 1L;
            b[i] = r.nextLong();
        }
    }

    public int permutations() {
        return a.length;
    }

    /** Signature of a shingle set; an empty set gets all-max values (similar to nothing but itself). */
    public int[] signature(int[] shingles) {
        int n = a.length;
        long[] min = new long[n];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int s : shingles) {
            long x = s & 0xffffffffL;
            for (int i = 0; i < n; i++) {
                long h = (a[i] * x + b[i]) >>> 32;
                if (h < min[i]) min[i] = h;
            }
        }
        int[] sig = new int[n];
        for (int i = 0; i < n; i++) sig[i] = (int) min[i];
        return sig;
    }

    /** Estimated Jaccard similarity: share of equal signature positions. */
    public static double estimate(int[] sigA, int[] sigB) {
        if (sigA.length != sigB.length) throw new IllegalArgumentException("signatures differ in length");
        int eq = 0;
        for (int i = 0; i < sigA.length; i++) if (sigA[i] == sigB[i]) eq++;
        return eq / (double) sigA.length;
    }
}
