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
    /** {@link #LEAD_BANDS} keys of the article's opening (see {@link #leadKeys}); null when empty. */
    int[][] leadKeys = new int[1024][];
    /** Whether the article ends like an excerpt or a reprint ("Read the full story at …"): see {@link ExcerptMarkers}. */
    boolean[] marked = new boolean[1024];

    /** Shingles of an article's opening that the lead sketch covers (about 27 words). */
    static final int LEAD_SHINGLES = 24;
    /** Lead bands; each is {@link #LEAD_ROWS} minimum hashes of the opening shingles. */
    static final int LEAD_BANDS = 12;
    static final int LEAD_ROWS = 3;
    private static final MinHash LEAD_HASH = new MinHash(LEAD_BANDS * LEAD_ROWS, 0x1EAD_5EEDL);

    void add(String id, String site, long pub, int wordCount, long exactHash, int[] sh, int[] bands, int[] lead,
             boolean mark) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            sites = Arrays.copyOf(sites, n);
            published = Arrays.copyOf(published, n);
            words = Arrays.copyOf(words, n);
            exact = Arrays.copyOf(exact, n);
            shingles = Arrays.copyOf(shingles, n);
            bandKeys = Arrays.copyOf(bandKeys, n);
            leadKeys = Arrays.copyOf(leadKeys, n);
            marked = Arrays.copyOf(marked, n);
        }
        ids[size] = id;
        sites[size] = site;
        published[size] = pub;
        words[size] = wordCount;
        exact[size] = exactHash;
        shingles[size] = sh;
        bandKeys[size] = bands;
        leadKeys[size] = lead;
        marked[size] = mark;
        size++;
    }

    /** One computed fingerprint, before it is appended. */
    record One(String id, String site, long published, int words, long exact, int[] shingles, int[] bandKeys,
               int[] leadKeys, boolean marked) {
    }

    static One compute(DedupDoc d, DedupOptions o) {
        long[] words = Tokens.wordHashes(d.text()); // offsets are not needed here
        int[] sh = Shingles.of(words, o.shingleSize());
        return new One(d.id(), d.site(), Published.epochSeconds(d.published()), words.length, Tokens.exactHash(words), sh, null,
                leadKeys(words, o.shingleSize()), ExcerptMarkers.endsMarked(d.text()));
    }

    /**
     * The lead sketch: a MinHash of the set of the first {@link #LEAD_SHINGLES} shingles, in
     * {@link #LEAD_BANDS} bands of {@link #LEAD_ROWS}. An excerpt ("the first paragraphs, then
     * Read the full story at …") is a few percent of its original, so its Jaccard with it is far
     * below any band threshold of the whole-text signature; but it opens as the original
     * opens, and the two openings are nearly the same set. These keys join the LSH bands: one
     * more bucket per band and article, so candidates stay linear in the corpus (and every
     * candidate is verified exactly, as all are). Null for an empty text.
     */
    static int[] leadKeys(long[] words, int k) {
        if (words.length == 0) return null;
        int n = Math.min(LEAD_SHINGLES, Math.max(1, words.length - k + 1));
        int[] lead = new int[n];
        for (int i = 0; i < n; i++) {
            long acc = 0x61C8864680B583EBL;
            int end = Math.min(words.length, i + k);
            for (int j = i; j < end; j++) acc = Hashing.combine(acc, words[j]);
            lead[i] = Hashing.fold(acc); // the same values as Shingles.of
        }
        int[] sig = LEAD_HASH.signature(lead);
        int[] keys = new int[LEAD_BANDS];
        for (int b = 0; b < LEAD_BANDS; b++) {
            long acc = 0x1EADL * 31 + b;
            for (int r = 0; r < LEAD_ROWS; r++) acc = Hashing.combine(acc, sig[b * LEAD_ROWS + r]);
            keys[b] = Hashing.fold(acc);
        }
        return keys;
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
