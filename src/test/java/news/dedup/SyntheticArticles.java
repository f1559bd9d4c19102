package news.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import news.util.Hashing;

/**
 * N short synthetic articles (4-7 paragraphs of 15-35 words, about 170 words over a Zipf-distributed vocabulary of
 * made-up words), about a quarter of them wire-style copies of an earlier original (same
 * transformations as {@link WireCopyGenerator#copy}) and a few splices of two originals.
 * Article {@code i} is a pure function of (seed, i): the corpus is re-readable without being held,
 * so a million articles cost no memory to produce.
 */
public final class SyntheticArticles implements DocSource {
    private static final int VOCABULARY = 20_000;
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "ba", "do", "fe",
            "gu", "hi", "jo", "pe", "qu", "ri", "su", "wa", "xe", "yo", "an", "el", "in", "or", "us"};
    private static final String[] SITES = {"alpha.example", "beta.example", "gamma.example", "delta.example",
            "epsilon.example", "zeta.example", "eta.example", "theta.example"};

    private final int n;
    private final long seed;
    private final String wordPool;
    private final int[] wordStart;
    /**
     * The inverse Zipf CDF sampled at 2^20 points, stored as its runs of equal words: run j
     * covers points runStart[j] .. runStart[j+1]-1 and gives word runWord[j]; coarse[k >> 6] is
     * the run holding point k rounded down to 64. A few hundred kilobytes that stay in cache (a
     * flat 4 MB table cost a cache miss per generated word), same words as the flat table.
     */
    private final int[] runStart;
    private final char[] runWord;
    private final char[] coarse;
    private static final int ZIPF_POINTS = 1 << 20, COARSE_SHIFT = 6;

    private final int minParagraphs;
    private final int maxParagraphs;

    /** Short articles: 4-7 paragraphs, about 170 words. */
    public SyntheticArticles(int n, long seed) {
        this(n, seed, 4, 7);
    }

    public SyntheticArticles(int n, long seed, int minParagraphs, int maxParagraphs) {
        if (minParagraphs < 1 || maxParagraphs < minParagraphs) throw new IllegalArgumentException("paragraph range");
        this.minParagraphs = minParagraphs;
        this.maxParagraphs = maxParagraphs;
        this.n = n;
        this.seed = seed;
        Random r = new Random(seed);
        String[] words = new String[VOCABULARY];
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder sb = new StringBuilder();
            int syl = 1 + r.nextInt(3) + (i > 200 ? 1 : 0);
            for (int k = 0; k < syl; k++) sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
            words[i] = sb.toString();
        }
        // all words in one string, word w at wordStart[w] .. wordStart[w+1]: contiguous in memory
        StringBuilder pool = new StringBuilder();
        wordStart = new int[VOCABULARY + 1];
        for (int i = 0; i < VOCABULARY; i++) {
            wordStart[i] = pool.length();
            pool.append(words[i]);
        }
        wordStart[VOCABULARY] = pool.length();
        wordPool = pool.toString();
        double[] cumulative = new double[VOCABULARY];
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) cumulative[i] = sum += 1.0 / (i + 1);
        int[] zipfTable = new int[ZIPF_POINTS];
        int w = 0;
        for (int k = 0; k < zipfTable.length; k++) {
            double u = (k + 0.5) / zipfTable.length * sum;
            while (w < VOCABULARY - 1 && cumulative[w] < u) w++;
            zipfTable[k] = w;
        }
        int runs = 0;
        for (int k = 0; k < ZIPF_POINTS; k++) if (k == 0 || zipfTable[k] != zipfTable[k - 1]) runs++;
        runStart = new int[runs + 1];
        runWord = new char[runs];
        coarse = new char[ZIPF_POINTS >> COARSE_SHIFT];
        int j = -1;
        for (int k = 0; k < ZIPF_POINTS; k++) {
            if (k == 0 || zipfTable[k] != zipfTable[k - 1]) {
                j++;
                runStart[j] = k;
                runWord[j] = (char) zipfTable[k];
            }
            if ((k & ((1 << COARSE_SHIFT) - 1)) == 0) coarse[k >> COARSE_SHIFT] = (char) j;
        }
        runStart[runs] = ZIPF_POINTS;
    }

    public int size() {
        return n;
    }

    /** Kind of article i: 0 original, 1 copy, 2 splice of two originals. */
    int kind(int i) {
        if (i < 64) return 0;
        long h = Hashing.mix(seed ^ (i * 0x9E3779B97F4A7C15L));
        int u = (int) Long.remainderUnsigned(h, 100);
        return u < 25 ? 1 : u < 28 ? 2 : 0;
    }

    /** The original that article i copies (or splices first), always an original. */
    int base(int i, int salt) {
        long h = Hashing.mix(seed + i * 31L + salt);
        int b = i - 1 - (int) Long.remainderUnsigned(h, 64);
        while (kind(b) != 0) b--;
        return b;
    }

    /** Story label of article i: its original's index, or its own for originals and splices. */
    public int label(int i) {
        return kind(i) == 1 ? base(i, 0) : i;
    }

    List<String> originalParagraphs(int i) {
        Random r = new LocalRandom(seed * 1_000_003L + i);
        int paras = minParagraphs + r.nextInt(maxParagraphs - minParagraphs + 1);
        List<String> out = new ArrayList<>(paras);
        for (int p = 0; p < paras; p++) {
            int len = 15 + r.nextInt(21);
            StringBuilder sb = new StringBuilder(len * 12);
            for (int w = 0; w < len; w++) {
                if (w > 0) sb.append(' ');
                int word = zipf(r), from = wordStart[word], to = wordStart[word + 1];
                if (w == 0) sb.append(Character.toUpperCase(wordPool.charAt(from))).append(wordPool, from + 1, to);
                else sb.append(wordPool, from, to);
                if (w == len - 1) sb.append('.');
                else if (r.nextInt(12) == 0) sb.append(',');
            }
            out.add(sb.toString());
        }
        return out;
    }

    private int zipf(Random r) {
        int k = r.nextInt(ZIPF_POINTS);
        int j = coarse[k >> COARSE_SHIFT];
        while (runStart[j + 1] <= k) j++;
        return runWord[j];
    }

    /**
     * java.util.Random's generator (the same documented sequence for the same seed, so the same
     * articles) without its atomic seed: each instance is used by one thread, and an atomic
     * update per random number was a large part of generating a million articles.
     */
    static final class LocalRandom extends Random {
        private static final long MULTIPLIER = 0x5DEECE66DL, ADDEND = 0xBL, MASK = (1L << 48) - 1;
        private long state;

        LocalRandom(long seed) {
            super(seed); // calls setSeed below
        }

        @Override
        public void setSeed(long seed) {
            state = (seed ^ MULTIPLIER) & MASK;
        }

        @Override
        protected int next(int bits) {
            state = (state * MULTIPLIER + ADDEND) & MASK;
            return (int) (state >>> (48 - bits));
        }
    }

    public DedupDoc doc(int i) {
        Random r = new LocalRandom(seed ^ (i * 0xC2B2AE3D27D4EB4FL));
        String site = SITES[r.nextInt(SITES.length)];
        String published = "2024-01-01T00:00:00";
        int k = kind(i);
        String text;
        if (k == 0) {
            text = String.join("\n\n", originalParagraphs(i));
            published = java.time.LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(i).toString();
        } else if (k == 1) {
            List<String> orig = originalParagraphs(base(i, 0));
            text = WireCopyGenerator.copy(orig, site, r, List.of(orig));
            published = java.time.LocalDateTime.of(2024, 1, 1, 0, 0).plusMinutes(i).toString();
        } else {
            List<String> a = originalParagraphs(base(i, 0)), b = originalParagraphs(base(i, 1));
            List<String> s = new ArrayList<>(a.subList(0, a.size() / 2));
            s.addAll(b.subList(b.size() / 2, b.size()));
            text = String.join("\n\n", s);
        }
        return new DedupDoc("syn-" + i, site, published, text);
    }

    /** Generated on all cores in batches, delivered in order. */
    @Override
    public void forEach(Consumer<DedupDoc> sink) {
        int batch = 1024;
        java.util.Iterator<Integer> starts = java.util.stream.IntStream.iterate(0, x -> x < n, x -> x + batch).iterator();
        news.app.OrderedParallel.forEach(starts, s -> {
            List<DedupDoc> out = new ArrayList<>(batch);
            for (int i = s; i < Math.min(n, s + batch); i++) out.add(doc(i));
            return out;
        }, docs -> docs.forEach(sink), Runtime.getRuntime().availableProcessors());
    }

    /** Generates only the wanted articles (the passage passes need few of them). */
    @Override
    public void forEachSelected(java.util.function.IntPredicate wanted, IndexedSink sink) {
        int batch = 1024;
        java.util.Iterator<Integer> starts = java.util.stream.IntStream.iterate(0, x -> x < n, x -> x + batch).iterator();
        news.app.OrderedParallel.forEach(starts, s -> {
            List<DedupDoc> out = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            for (int i = s; i < Math.min(n, s + batch); i++) {
                if (wanted.test(i)) {
                    out.add(doc(i));
                    at.add(i);
                }
            }
            return new Object[] {at, out};
        }, r -> {
            @SuppressWarnings("unchecked") List<Integer> at = (List<Integer>) r[0];
            @SuppressWarnings("unchecked") List<DedupDoc> out = (List<DedupDoc>) r[1];
            for (int k = 0; k < at.size(); k++) sink.accept(at.get(k), out.get(k));
        }, Runtime.getRuntime().availableProcessors());
    }

    public int[] labels() {
        int[] l = new int[n];
        for (int i = 0; i < n; i++) l[i] = label(i);
        return l;
    }
}
