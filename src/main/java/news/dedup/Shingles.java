package news.dedup;

import java.util.Arrays;
import news.util.Hashing;

/**
 * Word shingles as compact sets: the sorted, distinct 32-bit hashes of every run of {@code k}
 * consecutive normalised words. 4 bytes a shingle is what lets exact Jaccard verification keep
 * the sets of a million articles in memory; with a few hundred shingles per article a 32-bit
 * collision changes a Jaccard score by well under 0.01.
 */
public final class Shingles {
    private Shingles() {}

    /** Shingle set of a token sequence; a text shorter than {@code k} words is one shingle. */
    public static int[] of(long[] tokens, int k) {
        if (k < 1) throw new IllegalArgumentException("shingle size must be >= 1");
        if (tokens.length == 0) return new int[0];
        int n = Math.max(1, tokens.length - k + 1);
        int[] out = new int[n];
        int i = 0;
        if (tokens.length >= k) {
            // four windows at a time: four independent hash chains keep the multiplier busy
            // (one chain waits on its own latency); same values as one window at a time
            for (; i + 4 <= n; i += 4) {
                long a0 = 0x61C8864680B583EBL, a1 = a0, a2 = a0, a3 = a0;
                for (int j = 0; j < k; j++) {
                    a0 = Hashing.combine(a0, tokens[i + j]);
                    a1 = Hashing.combine(a1, tokens[i + 1 + j]);
                    a2 = Hashing.combine(a2, tokens[i + 2 + j]);
                    a3 = Hashing.combine(a3, tokens[i + 3 + j]);
                }
                out[i] = Hashing.fold(a0);
                out[i + 1] = Hashing.fold(a1);
                out[i + 2] = Hashing.fold(a2);
                out[i + 3] = Hashing.fold(a3);
            }
        }
        for (; i < n; i++) {
            long acc = 0x61C8864680B583EBL;
            int end = Math.min(tokens.length, i + k);
            for (int j = i; j < end; j++) acc = Hashing.combine(acc, tokens[j]);
            out[i] = Hashing.fold(acc);
        }
        return sortedDistinct(out);
    }

    static int[] sortedDistinct(int[] a) {
        Arrays.sort(a);
        int m = 0;
        for (int i = 0; i < a.length; i++) if (i == 0 || a[i] != a[m - 1]) a[m++] = a[i];
        return m == a.length ? a : Arrays.copyOf(a, m);
    }

    /** |a ∩ b| of two sorted distinct sets, by merging. */
    public static int intersection(int[] a, int[] b) {
        int i = 0, j = 0, n = 0;
        while (i < a.length && j < b.length) {
            int x = a[i], y = b[j];
            if (x == y) {
                n++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Exact overlap scores of two shingle sets. */
    public static Overlap overlap(int[] a, int[] b) {
        int inter = intersection(a, b);
        return new Overlap(a.length, b.length, inter);
    }

    /**
     * Overlap of two shingle sets.
     *
     * @param sizeA        |A|
     * @param sizeB        |B|
     * @param intersection |A ∩ B|
     */
    public record Overlap(int sizeA, int sizeB, int intersection) {
        public Overlap {
            if (sizeA < 0 || sizeB < 0 || intersection < 0 || intersection > Math.min(sizeA, sizeB)) {
                throw new IllegalArgumentException("impossible overlap " + sizeA + "/" + sizeB + "/" + intersection);
            }
        }

        public double jaccard() {
            int union = sizeA + sizeB - intersection;
            return union == 0 ? 1.0 : intersection / (double) union;
        }

        /** Share of A's shingles found in B: 1.0 when A is a shortened copy of B. */
        public double containmentOfAInB() {
            return sizeA == 0 ? 0.0 : intersection / (double) sizeA;
        }

        public double containmentOfBInA() {
            return sizeB == 0 ? 0.0 : intersection / (double) sizeB;
        }

        /** Containment of the smaller set in the larger. */
        public double maxContainment() {
            return Math.max(containmentOfAInB(), containmentOfBInA());
        }
    }
}
