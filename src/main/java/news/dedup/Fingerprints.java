package news.dedup;

import java.util.Arrays;
import news.util.Hashing;

/**
 * Per-article fingerprints in parallel arrays, indexed by input position. This is dedup's whole
 * memory between passes: no texts, only ids, sites, dates, word counts, the exact-text hash, the
 * sorted 32-bit shingle set and the LSH band keys (dropped once candidates are found).
 */
final class Fingerprints {
    int size;
    String[] ids = new String[1024];
    String[] sites = new String[1024];
    long[] published = new long[1024];
    int[] words = new int[1024];
    long[] exact = new long[1024];
    int[][] shingles = new int[1024][];
    int[][] bandKeys = new int[1024][];

    void add(String id, String site, long pub, int wordCount, long exactHash, int[] sh, int[] bands) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            sites = Arrays.copyOf(sites, n);
            published = Arrays.copyOf(published, n);
            words = Arrays.copyOf(words, n);
            exact = Arrays.copyOf(exact, n);
            shingles = Arrays.copyOf(shingles, n);
            bandKeys = Arrays.copyOf(bandKeys, n);
        }
        ids[size] = id;
        sites[size] = site;
        published[size] = pub;
        words[size] = wordCount;
        exact[size] = exactHash;
        shingles[size] = sh;
        bandKeys[size] = bands;
        size++;
    }

    /** One computed fingerprint, before it is appended. */
    record One(String id, String site, long published, int words, long exact, int[] shingles, int[] bandKeys) {
    }

    static One compute(DedupDoc d, DedupOptions o) {
        long[] words = Tokens.wordHashes(d.text()); // offsets are not needed here
        int[] sh = Shingles.of(words, o.shingleSize());
        return new One(d.id(), d.site(), Published.epochSeconds(d.published()), words.length, Tokens.exactHash(words), sh, null);
    }

    /** One 32-bit key per LSH band of the shingle set's MinHash signature; null for an empty set. */
    static int[] bandKeys(int[] shingles, LshParams p, MinHash minHash) {
        if (shingles.length == 0) return null;
        int[] sig = minHash.signature(shingles);
        int[] bands = new int[p.bands()];
        for (int b = 0; b < p.bands(); b++) {
            long acc = 0x3C6EF372FE94F82BL + b;
            for (int r = 0; r < p.rows(); r++) acc = Hashing.combine(acc, sig[b * p.rows() + r]);
            bands[b] = Hashing.fold(acc);
        }
        return bands;
    }
}
