package news.clean;


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

    static WordList of(CharSequence s) {
        return of(s, 0, s.length());
    }

    static WordList of(CharSequence s, int from, int to) {
        WordCache cache = CACHE.get();
        int count = 0;
        for (int i = from; i < to; ) { // count first: exact arrays, no growing or trimming
            if (isWordChar(s.charAt(i))) {
                count++;
                do i++; while (i < to && isWordChar(s.charAt(i)));
            } else {
                i++;
            }
        }
        String[] words = new String[count];
        int[] starts = new int[count], ends = new int[count];
        int n = 0, caps = 0;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int st = i;
            if (c < 128 ? (c >= 'A' && c <= 'Z') : Character.isUpperCase(c)) caps++;
            while (i < to && isWordChar(s.charAt(i))) i++;
            words[n] = cache.word(s, st, i);
            starts[n] = st;
            ends[n] = i;
            n++;
        }
        return new WordList(words, starts, ends, caps);
    }

    private static boolean isWordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return Character.isLetterOrDigit(c);
    }

    private static char lower(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        return Character.toLowerCase(c);
    }

    private static final ThreadLocal<WordCache> CACHE = ThreadLocal.withInitial(WordCache::new);

    /**
     * Recently seen lower-cased words, direct-mapped by hash: news text repeats its words, so
     * most lookups return an existing String instead of allocating one (and its hash is cached).
     */
    private static final class WordCache {
        private static final int SIZE = 1 << 12;
        private final String[] slots = new String[SIZE];
        private char[] buf = new char[64];

        String word(CharSequence s, int from, int to) {
            int len = to - from;
            if (len > 24) return build(s, from, to);
            int h = 0;
            for (int i = from; i < to; i++) h = 31 * h + lower(s.charAt(i));
            int slot = (h ^ (h >>> 12)) & (SIZE - 1);
            String cached = slots[slot];
            if (cached != null && cached.length() == len) {
                boolean same = true;
                for (int k = 0; k < len && same; k++) same = cached.charAt(k) == lower(s.charAt(from + k));
                if (same) return cached;
            }
            String w = build(s, from, to);
            slots[slot] = w;
            return w;
        }

        private String build(CharSequence s, int from, int to) {
            int len = to - from;
            if (buf.length < len) buf = new char[Math.max(len, buf.length * 2)];
            for (int k = 0; k < len; k++) buf[k] = lower(s.charAt(from + k));
            return new String(buf, 0, len);
        }
    }

    int size() {
        return words.length;
    }

    /** The words joined by single spaces: a normal form for comparing lines. */
    String normal() {
        return String.join(" ", words);
    }
}
