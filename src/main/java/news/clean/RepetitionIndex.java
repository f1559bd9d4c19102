package news.clean;

import news.model.SourceDocument;
import news.util.Hashing;

/**
 * Corpus-wide memory of which lines occur in how many documents: a line that recurs across
 * documents is site chrome, not article text. Holds only 64-bit hashes of normalised lines,
 * never the texts, and stays bounded on any corpus size:
 * <ul>
 *   <li>up to {@link #EXACT_LINES} distinct lines every line is counted exactly;</li>
 *   <li>past that, lines seen once live only in a fixed-size Bloom filter (64 MB), and only
 *       lines seen in two or more documents are counted, in a table of at most
 *       {@link #MAX_REPEATED_LINES} entries (16 bytes a slot, half full at most: 64 MB). Most lines of news text are unique, so this keeps
 *       memory flat; a Bloom false positive makes a unique line count as seen twice (rate
 *       below 0.2% at 30 million distinct lines).</li>
 * </ul>
 * Lines longer than {@link #MAX_LINE_CHARS} are not looked up (the cleaner asks about short
 * lines; long ones are prose or code, judged on their own); they are indexed under the hash of
 * their first {@link #MAX_LINE_CHARS} characters, salted, only to recognise copies (below).
 * Documents are added in input order by one thread ({@link #addLines}); lookups may run on many
 * threads once adding has finished.
 *
 * <p><b>Copies of one story are not chrome.</b> A line repeated across documents is evidence
 * of chrome only where the documents repeating it otherwise differ. Six copies of one wire
 * story share every line six times; counted plainly, their lead and short lines would go as
 * "repeated". So a document is judged through {@link #forDocument}: its copy count {@code k} is
 * the largest {@code c} such that lines seen in at least {@code c} documents carry
 * {@value #COPY_SHARE_PERCENT}% of the words of its prose lines (lines of
 * {@value #PROSE_LINE_WORDS}+ words); then a line seen in {@code n} documents counts as seen in
 * {@code max(1, n - k + 1)}: the story's copies count once, the other documents (other stories,
 * the same site's other pages) count in full. A document whose prose is its own has
 * {@code k = 1} and is judged exactly as before. The rule needs no memory beyond the line
 * counts (it reads the document's own lines at cleaning time), so the index stays streaming
 * and bounded.
 */
public final class RepetitionIndex {
    /** Lines (trimmed) longer than this are neither indexed nor looked up. */
    static final int MAX_LINE_CHARS = 1_000;
    static final int EXACT_LINES = 1 << 19;
    static final int MAX_REPEATED_LINES = 1 << 21;
    /** Lines of at least this many words are prose: the lines whose repetition says "copy". */
    static final int PROSE_LINE_WORDS = 12;
    /** Share (percent) of a document's prose words that must repeat for it to count as a copy. */
    static final int COPY_SHARE_PERCENT = 90;
    /** Salt of the hashes under which long lines are indexed (never looked up as lines). */
    private static final long LONG_LINE_SALT = 0x6c6f6e67_6c696e65L;
    private static final int BLOOM_WORDS = 1 << 23; // 2^29 bits = 64 MB

    /** Exact mode: every line's count. Bloom mode: counts of lines seen in two or more documents. */
    private final LongIntTable counts;
    private long[] bloom;
    /** Written under the lock by {@link #addLines}; read lock-free on every line the cleaner judges. */
    private volatile int documents;
    /** Copies of the judged document's story in the index (1 outside {@link #forDocument} views). */
    private final int copies;

    private RepetitionIndex() {
        this.counts = new LongIntTable();
        this.copies = 1;
    }

    private RepetitionIndex(RepetitionIndex base, int copies) {
        this.counts = base.counts;
        this.bloom = base.bloom;
        this.documents = base.documents;
        this.copies = copies;
    }

    /** An index that knows no other documents (cleaning one article on its own). */
    public static RepetitionIndex empty() {
        return new RepetitionIndex();
    }

    /**
     * The index as seen from {@code doc}: the copies of its own story (see the class comment)
     * count as one document. Call once adding has finished; the view shares the counts.
     */
    public RepetitionIndex forDocument(SourceDocument doc) {
        if (documents < 2) return this;
        int k = copiesOf(doc.text());
        return k <= 1 ? this : new RepetitionIndex(this, k);
    }

    /** How many indexed documents carry this text's story: see the class comment. */
    int copiesOf(String text) {
        // (count, words) of each prose line; the largest count c with 90% of the words at >= c
        long[][] lines = {new long[8]};
        int[] n = {0};
        long[] totalWords = {0};
        forEachTrimmedLine(text, (s, e) -> {
            int words = words(text, s, e);
            if (words < PROSE_LINE_WORDS) return;
            int c = documentsContainingRaw(lineKey(text, s, e));
            if (n[0] == lines[0].length) lines[0] = java.util.Arrays.copyOf(lines[0], n[0] * 2);
            lines[0][n[0]++] = ((long) Math.max(1, c) << 32) | words;
            totalWords[0] += words;
        });
        if (n[0] == 0) return 1;
        long[] sorted = lines[0];
        java.util.Arrays.sort(sorted, 0, n[0]); // by count, ascending
        long covered = 0;
        for (int i = n[0] - 1; i >= 0; i--) {
            covered += (int) sorted[i];
            if (covered * 100 >= totalWords[0] * COPY_SHARE_PERCENT) return (int) (sorted[i] >>> 32);
        }
        return 1;
    }

    /** Receives a line's bounds, whitespace trimmed. */
    private interface LineVisitor {
        void line(int start, int end);
    }

    /** Every line of {@code text} (split at newlines), trimmed, in order. */
    private static void forEachTrimmedLine(String text, LineVisitor visitor) {
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start, e = end;
            while (s < e && Chars.isWhitespace(text.charAt(s))) s++;
            while (e > s && Chars.isWhitespace(text.charAt(e - 1))) e--;
            visitor.line(s, e);
            if (nl < 0) break;
            start = nl + 1;
        }
    }

    private static int words(CharSequence s, int from, int to) {
        int words = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean w = Chars.fold(s.charAt(i)) != 0;
            if (w && !in) words++;
            in = w;
        }
        return words;
    }

    /** The hash a trimmed line is indexed under: its own for short lines, a salted prefix hash for long ones. */
    private static long lineKey(CharSequence text, int s, int e) {
        if (e - s <= MAX_LINE_CHARS) return hash(text, s, e);
        long h = hash(text, s, s + MAX_LINE_CHARS);
        return h == 0 ? 0 : (h ^ LONG_LINE_SALT) == 0 ? 1 : h ^ LONG_LINE_SALT;
    }

    /**
     * An index from counts aggregated elsewhere (the Spark job counts {@link #linesOf} over a
     * cluster): {@code documents} indexed, and {@code counts[k]} of them contain line
     * {@code hashes[k]}. Lines not given count 0; the cleaner only asks about lines in two or
     * more documents, so passing only those gives the cleaning of an exact-mode index.
     */
    public static RepetitionIndex ofCounts(int documents, long[] hashes, int[] counts) {
        if (documents < 0 || hashes.length != counts.length) throw new IllegalArgumentException("bad line counts");
        RepetitionIndex index = new RepetitionIndex();
        index.documents = documents;
        for (int k = 0; k < hashes.length; k++) if (hashes[k] != 0 && counts[k] > 0) index.counts.put(hashes[k], counts[k]);
        return index;
    }

    /** Adds one document (the distinct line hashes of {@link #linesOf} and the count). */
    public void add(SourceDocument doc) {
        addLines(linesOf(doc));
    }

    /**
     * The distinct hashes of a document's indexable lines: the part of indexing that can run on
     * any thread; {@link #addLines} then adds them in input order.
     */
    public static long[] linesOf(SourceDocument doc) {
        String text = doc.text();
        long[][] out = {new long[16]};
        int[] count = {0};
        forEachTrimmedLine(text, (s, e) -> {
            long h = lineKey(text, s, e);
            if (h == 0) return;
            if (count[0] == out[0].length) out[0] = java.util.Arrays.copyOf(out[0], count[0] * 2);
            out[0][count[0]++] = h;
        });
        int n = count[0];
        long[] lines = java.util.Arrays.copyOf(out[0], n);
        java.util.Arrays.sort(lines);
        int d = 0;
        for (int i = 0; i < lines.length; i++) if (i == 0 || lines[i] != lines[i - 1]) lines[d++] = lines[i];
        return java.util.Arrays.copyOf(lines, d);
    }

    /** Adds one document given its distinct line hashes. Not for concurrent use with lookups. */
    public synchronized void addLines(long[] distinctLines) {
        documents++;
        for (long h : distinctLines) {
            if (bloom == null) {
                counts.increment(h);
                if (counts.size() > EXACT_LINES) toBloomMode();
            } else if (counts.get(h) > 0) {
                counts.increment(h);
            } else if (!bloomAdd(h) && counts.size() < MAX_REPEATED_LINES) {
                counts.put(h, 2); // second document with this line
            }
        }
    }

    /**
     * In how many indexed documents the given line occurs (after normalisation); in a
     * {@link #forDocument} view the copies of the document's story count as one.
     */
    public int documentsContaining(CharSequence line) {
        return documentsContaining(line, 0, line.length());
    }

    /** As above, for the line {@code text[from, to)}. */
    public int documentsContaining(CharSequence line, int from, int to) {
        int s = from, e = to;
        while (s < e && Chars.isWhitespace(line.charAt(s))) s++;
        while (e > s && Chars.isWhitespace(line.charAt(e - 1))) e--;
        if (e - s > MAX_LINE_CHARS) return 0;
        return documentsContaining(hash(line, s, e));
    }

    /** As above, for a line hash from {@link #hash}. */
    int documentsContaining(long h) {
        int c = documentsContainingRaw(h);
        return c > 1 && copies > 1 ? Math.max(1, c - copies + 1) : c;
    }

    private int documentsContainingRaw(long h) {
        if (h == 0) return 0;
        int c = counts.get(h);
        if (c > 0 || bloom == null) return c;
        return bloomContains(h) ? 1 : 0;
    }

    /** Documents indexed; in a {@link #forDocument} view the story's copies count as one. */
    public int documentCount() {
        return copies > 1 ? Math.max(1, documents - copies + 1) : documents;
    }

    /** The judged document's story copies (1 when it is no copy, or outside a view). */
    public int copies() {
        return copies;
    }

    /** Lines seen once move to the Bloom filter; repeated ones stay counted. */
    private void toBloomMode() {
        bloom = new long[BLOOM_WORDS];
        LongIntTable repeated = new LongIntTable();
        counts.forEach((h, c) -> {
            bloomAdd(h);
            if (c > 1) repeated.put(h, c);
        });
        counts.clear();
        repeated.forEach(counts::put);
    }

    /** Sets the line's bits; true when at least one was unset (the line is new). */
    private boolean bloomAdd(long h) {
        boolean added = false;
        long h2 = Hashing.mix(h) | 1;
        for (int k = 0; k < 4; k++) {
            long bit = (h + k * h2) & ((long) BLOOM_WORDS * 64 - 1);
            int word = (int) (bit >>> 6);
            long mask = 1L << (bit & 63);
            if ((bloom[word] & mask) == 0) {
                bloom[word] |= mask;
                added = true;
            }
        }
        return added;
    }

    private boolean bloomContains(long h) {
        long h2 = Hashing.mix(h) | 1;
        for (int k = 0; k < 4; k++) {
            long bit = (h + k * h2) & ((long) BLOOM_WORDS * 64 - 1);
            if ((bloom[(int) (bit >>> 6)] & (1L << (bit & 63))) == 0) return false;
        }
        return true;
    }

    /**
     * 64-bit FNV-1a hash of the line with case folded and everything but letters and digits
     * dropped; 0 for a line with no letters or digits.
     */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = Chars.fold(s.charAt(i)); // letters and digits, lower-cased; 0 for the rest
            if (c == 0) continue;
            any = true;
            h ^= c;
            h *= 0x100000001b3L;
        }
        return any ? (h == 0 ? 1 : h) : 0;
    }

    /**
     * Open-addressing map from non-zero long keys to positive int counts. Key and count share
     * one array, side by side, so a look-up (one per judged line, at a random place in a table of
     * megabytes) costs one cache miss, not two.
     */
    static final class LongIntTable {
        private static final int INITIAL = 1 << 10;
        /** slots[2i] the key (0 = empty), slots[2i + 1] its count. */
        private long[] slots = new long[2 * INITIAL];
        private int size;

        int size() {
            return size;
        }

        private int capacity() {
            return slots.length >>> 1;
        }

        int get(long k) {
            long[] t = slots;
            int mask = (t.length >>> 1) - 1;
            for (int i = (int) Hashing.mix(k) & mask; ; i = (i + 1) & mask) {
                long key = t[2 * i];
                if (key == k) return (int) t[2 * i + 1];
                if (key == 0) return 0;
            }
        }

        void increment(long k) {
            int i = slot(k);
            if (slots[2 * i] == 0) {
                slots[2 * i] = k;
                slots[2 * i + 1] = 1;
                size++;
                if (size * 2 > capacity()) grow();
            } else if (slots[2 * i + 1] < Integer.MAX_VALUE) {
                slots[2 * i + 1]++;
            }
        }

        void put(long k, int v) {
            int i = slot(k);
            if (slots[2 * i] == 0) {
                slots[2 * i] = k;
                slots[2 * i + 1] = v;
                size++;
                if (size * 2 > capacity()) grow();
            } else {
                slots[2 * i + 1] = v;
            }
        }

        void clear() {
            slots = new long[2 * INITIAL];
            size = 0;
        }

        interface Entry {
            void accept(long key, int value);
        }

        void forEach(Entry e) {
            for (int i = 0; i < slots.length; i += 2) if (slots[i] != 0) e.accept(slots[i], (int) slots[i + 1]);
        }

        private int slot(long k) {
            int mask = capacity() - 1;
            int i = (int) Hashing.mix(k) & mask;
            while (slots[2 * i] != 0 && slots[2 * i] != k) i = (i + 1) & mask;
            return i;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            size = 0;
            for (int i = 0; i < old.length; i += 2) if (old[i] != 0) put(old[i], (int) old[i + 1]);
        }
    }
}
