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

    /**
     * Signature of a shingle set; an empty set gets all-max values (similar to nothing but itself).
     * The inner loop is written so that C2 vectorises it (64-bit multiply, shift and a branchless
     * minimum over all permutations at once): a compare-and-store minimum stays scalar and was
     * most of the time dedup spent on signatures.
     */
    public int[] signature(int[] shingles) {
        int n = a.length;
        long[] aa = a, bb = b;
        long[] min = new long[n];
        // every hash is an unsigned 32-bit value, so 0xFFFFFFFF is the neutral start; as an int
        // it is -1, the value an empty set has always had
        java.util.Arrays.fill(min, 0xFFFFFFFFL);
        for (int s : shingles) {
            long x = s & 0xffffffffL;
            for (int i = 0; i < n; i++) {
                long h = (aa[i] * x + bb[i]) >>> 32;
                long d = h - min[i]; // both in [0, 2^32): no overflow, the sign says which is smaller
                min[i] += d & (d >> 63);
            }
        }
        int[] sig = new int[n];
        for (int i = 0; i < n; i++) sig[i] = (int) min[i];
        return sig;
    }

    /** Permutation {@code i} applied to one shingle: the definition the signature loop computes in bulk. */
    long hash(int i, int shingle) {
        return (a[i] * (shingle & 0xffffffffL) + b[i]) >>> 32;
    }

    /** Estimated Jaccard similarity: share of equal signature positions. */
    public static double estimate(int[] sigA, int[] sigB) {
        if (sigA.length != sigB.length) throw new IllegalArgumentException("signatures differ in length");
        int eq = 0;
        for (int i = 0; i < sigA.length; i++) if (sigA[i] == sigB[i]) eq++;
        return eq / (double) sigA.length;
    }
}
