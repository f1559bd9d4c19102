package news.clean;

import java.util.Arrays;


/**
 * The words of a piece of text: maximal runs of letters and digits, lower-cased, with their
 * character offsets. Everything else (punctuation, apostrophes, symbols) separates words, so
 * "Ukraine’s" and "Ukraine's" give the same words. One linear pass.
 */
final class WordList {
    final String[] words;
    final int[] starts;
    final int[] ends;
    /** Chrome cue hits, computed once by {@link ChromeCatalogue#hits}. */
    Object cueHits;
    /** How many words start with an upper-case letter. */
    final int capitalised;

    private WordList(String[] words, int[] starts, int[] ends, int capitalised) {
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.capitalised = capitalised;
    }

    static WordList of(String s) {
        return of(s, 0, s.length());
    }

    static WordList of(String s, int from, int to) {
        Scratch x = SCRATCH.get();
        int n = 0, caps = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (!Chars.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int st = i;
            if (Chars.isUpperCase(c)) caps++;
            char[] buf = x.buf;
            int h = 0, len = 0; // h: String.hashCode of the lower-case word
            for (; i < to; i++) {
                char f = Chars.fold(s.charAt(i));
                if (f == 0) break;
                if (len == buf.length) buf = x.buf = Arrays.copyOf(buf, len * 2);
                buf[len++] = f;
                h = 31 * h + f;
            }
            if (n == x.words.length) x.grow();
            x.words[n] = x.intern(h, len);
            x.starts[n] = st;
            x.ends[n] = i;
            n++;
        }
        return new WordList(Arrays.copyOf(x.words, n), Arrays.copyOf(x.starts, n), Arrays.copyOf(x.ends, n), caps);
    }

    /** The words joined by single spaces: a normal form for comparing lines. */
    String normal() {
        return String.join(" ", words);
    }

    /** A 64-bit hash of {@link #normal()} without building it (words are few per line). */
    long normalHash() {
        return wordsHash(0, words.length);
    }

    /** A 64-bit hash of the words [from, to) joined by spaces, without building the string. */
    long wordsHash(int from, int to) {
        long h = 0x9E3779B97F4A7C15L;
        for (int k = from; k < to; k++) {
            String w = words[k];
            h = (h ^ w.hashCode() ^ ((long) w.length() << 32)) * 0xBF58476D1CE4E5B9L;
        }
        return h ^ (h >>> 31);
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /**
     * Per-thread buffers and a direct-mapped cache of lower-case words: news text repeats a small
     * vocabulary, so most words are found here instead of being copied into a new string, and the
     * shared string keeps its hash code for the many set look-ups that follow.
     */
    private static final class Scratch {
        static final int SLOTS = 1 << 13, MAX_CACHED = 32;
        final char[][] keys = new char[SLOTS][];
        final String[] values = new String[SLOTS];
        char[] buf = new char[64];
        String[] words = new String[256];
        int[] starts = new int[256], ends = new int[256];

        void grow() {
            words = Arrays.copyOf(words, words.length * 2);
            starts = Arrays.copyOf(starts, words.length);
            ends = Arrays.copyOf(ends, words.length);
        }

        /** The word in buf[0, len) as a string, shared with earlier occurrences when cached. */
        String intern(int h, int len) {
            if (len > MAX_CACHED) return new String(buf, 0, len);
            int slot = (h ^ (h >>> 13)) & (SLOTS - 1);
            char[] key = keys[slot];
            if (key != null && Arrays.equals(key, 0, key.length, buf, 0, len)) return values[slot];
            String w = new String(buf, 0, len);
            keys[slot] = Arrays.copyOf(buf, len);
            values[slot] = w;
            return w;
        }
    }

    int size() {
        return words.length;
    }

}
