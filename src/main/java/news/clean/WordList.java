package news.clean;

import java.util.ArrayList;
import java.util.List;

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
        List<String> w = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int caps = 0;
        int i = from;
        StringBuilder sb = new StringBuilder();
        while (i < to) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int st = i;
            if (Character.isUpperCase(c)) caps++;
            sb.setLength(0);
            while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
                sb.append(Character.toLowerCase(s.charAt(i)));
                i++;
            }
            w.add(sb.toString());
            spans.add(new int[] {st, i});
        }
        int n = w.size();
        int[] starts = new int[n], ends = new int[n];
        for (int k = 0; k < n; k++) {
            starts[k] = spans.get(k)[0];
            ends[k] = spans.get(k)[1];
        }
        return new WordList(w.toArray(new String[0]), starts, ends, caps);
    }

    int size() {
        return words.length;
    }

    /** The words joined by single spaces: a normal form for comparing lines. */
    String normal() {
        return String.join(" ", words);
    }
}
