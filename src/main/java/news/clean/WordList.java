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

    static WordList of(String s) {
        return of(s, 0, s.length());
    }

    static WordList of(String s, int from, int to) {
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
            boolean lowerAscii = true; // then the word is its own lower-case form
            for (; i < to; i++) {
                char d = s.charAt(i);
                if (d < 128) {
                    if ((d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')) continue;
                    if (d >= 'A' && d <= 'Z') {
                        lowerAscii = false;
                        continue;
                    }
                    break;
                }
                if (!Character.isLetterOrDigit(d)) break;
                lowerAscii = false;
            }
            words[n] = lowerAscii ? s.substring(st, i) : lowerCase(s, st, i);
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

    private static String lowerCase(String s, int from, int to) {
        char[] buf = new char[to - from];
        for (int k = 0; k < buf.length; k++) {
            char c = s.charAt(from + k);
            buf[k] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        return new String(buf);
    }

    int size() {
        return words.length;
    }

    /** The words joined by single spaces: a normal form for comparing lines. */
    String normal() {
        return String.join(" ", words);
    }
}
