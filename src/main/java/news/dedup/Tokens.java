package news.dedup;

import java.util.Arrays;
import news.util.Hashing;

/**
 * The normalised words of a text with their character offsets. Normalisation folds what differs
 * between copies of one story without changing its words: case, whitespace and line wrapping,
 * punctuation, quote and apostrophe styles ("we’re" = "we're" = "were"), dashes. A word is a
 * maximal run of letters and digits; apostrophes inside a word are dropped, not split on.
 * A hand-written scanner: linear time on any input.
 *
 * <p>The arrays are shared, not copied (this is the hot path of every pass); callers must not
 * modify them.
 */
public final class Tokens {
    private final long[] hashes;
    private final int[] starts;
    private final int[] ends;

    private Tokens(long[] hashes, int[] starts, int[] ends) {
        if (hashes.length != starts.length || hashes.length != ends.length) {
            throw new IllegalArgumentException("token arrays differ in length");
        }
        this.hashes = hashes;
        this.starts = starts;
        this.ends = ends;
    }

    /** 64-bit hash of each normalised word. */
    public long[] hashes() {
        return hashes;
    }

    /** Start offset of each word in the text. */
    public int[] starts() {
        return starts;
    }

    /** End offset (exclusive) of each word in the text. */
    public int[] ends() {
        return ends;
    }

    public int size() {
        return hashes.length;
    }

    public static Tokens of(String text) {
        int cap = Math.max(16, text.length() / 5);
        Scan sc = new Scan(new long[cap], new int[cap], new int[cap]);
        int n = scan(text, sc);
        return new Tokens(Arrays.copyOf(sc.h, n), Arrays.copyOf(sc.s, n), Arrays.copyOf(sc.e, n));
    }

    /** The word hashes alone (what the passage passes need): same values as {@code of(text).hashes()}. */
    public static long[] wordHashes(String text) {
        Scan sc = new Scan(new long[Math.max(16, text.length() / 5)], null, null);
        int n = scan(text, sc);
        return Arrays.copyOf(sc.h, n);
    }

    /** Output buffers of one scan; offsets are skipped when {@code s} is null. */
    private static final class Scan {
        long[] h;
        int[] s;
        int[] e;

        Scan(long[] h, int[] s, int[] e) {
            this.h = h;
            this.s = s;
            this.e = e;
        }
    }

    /**
     * ASCII letters and digits folded to lower case, 0 for other ASCII characters: one table read
     * per character on the common path instead of the Unicode property lookups.
     */
    private static final char[] ASCII_WORD = new char[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_WORD[c] = isWordChar(c) ? Character.toLowerCase(c) : 0;
    }

    /** Folded form of a word character, or 0 when {@code c} is not one ('\0' itself is not). */
    private static char fold(char c) {
        if (c < 128) return ASCII_WORD[c];
        return isWordChar(c) ? Character.toLowerCase(c) : 0;
    }

    private static int scan(String text, Scan out) {
        long[] h = out.h;
        int[] s = out.s;
        int[] e = out.e;
        boolean offsets = s != null;
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (fold(c) == 0) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            long acc = 0xcbf29ce484222325L;
            while (i < len) {
                c = text.charAt(i);
                char lc = fold(c);
                if (lc != 0) {
                    acc = (acc ^ lc) * 0x100000001b3L;
                    i++;
                    end = i;
                } else if (isApostrophe(c) && i + 1 < len && isWordChar(text.charAt(i + 1))) {
                    i++; // "we’re" folds to "were": apostrophe styles differ between outlets
                } else {
                    break;
                }
            }
            if (n == h.length) {
                int nc = n * 2;
                h = Arrays.copyOf(h, nc);
                if (offsets) {
                    s = Arrays.copyOf(s, nc);
                    e = Arrays.copyOf(e, nc);
                }
            }
            h[n] = Hashing.mix(acc);
            if (offsets) {
                s[n] = start;
                e[n] = end;
            }
            n++;
        }
        out.h = h;
        out.s = s;
        out.e = e;
        return n;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u0060' || c == '\u00B4';
    }

    /** Hash of the whole normalised text: equal for texts that differ only in what we fold. */
    public long exactHash() {
        return exactHash(hashes);
    }

    /** {@link #exactHash()} of a text whose word hashes are {@code hashes}. */
    public static long exactHash(long[] hashes) {
        long acc = 0x2545F4914F6CDD1DL ^ hashes.length;
        for (long x : hashes) acc = Hashing.combine(acc, x);
        return acc;
    }

    /** The normalised words, for people (explanations and tests). */
    public static String[] words(String text, Tokens t) {
        String[] w = new String[t.size()];
        for (int i = 0; i < w.length; i++) {
            StringBuilder sb = new StringBuilder(t.ends[i] - t.starts[i]);
            for (int k = t.starts[i]; k < t.ends[i]; k++) {
                char c = text.charAt(k);
                if (isWordChar(c)) sb.append(Character.toLowerCase(c));
            }
            w[i] = sb.toString();
        }
        return w;
    }
}
