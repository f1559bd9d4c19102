package news.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of cue phrases (word sequences) found in a {@link WordList} in time linear in the number
 * of words times the (small, bounded) number of phrases sharing a first word. A phrase is given
 * as plain text and split into words the same way as the text it is matched against.
 */
final class PhraseSet {
    /** One occurrence: word indexes [from, to). */
    record Hit(String phrase, int from, int to) {}

    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private int size;

    PhraseSet(String... phrases) {
        for (String p : phrases) add(p);
    }

    PhraseSet add(String phrase) {
        String[] w = WordList.of(phrase).words;
        if (w.length == 0) throw new IllegalArgumentException("empty phrase: " + phrase);
        byFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
        size++;
        return this;
    }

    int size() {
        return size;
    }

    /** The phrases as word arrays. */
    List<String[]> phrases() {
        List<String[]> out = new ArrayList<>();
        for (List<String[]> l : byFirstWord.values()) out.addAll(l);
        return out;
    }

    /** The longest phrase starting at word {@code i}, or null. */
    String[] matchAt(WordList wl, int i) {
        List<String[]> cands = byFirstWord.get(wl.words[i]);
        if (cands == null) return null;
        String[] best = null;
        for (String[] p : cands) {
            if (i + p.length > wl.size()) continue;
            boolean ok = true;
            for (int k = 1; k < p.length && ok; k++) ok = p[k].equals(wl.words[i + k]);
            if (ok && (best == null || p.length > best.length)) best = p;
        }
        return best;
    }

    /** All non-overlapping occurrences, leftmost-longest. */
    List<Hit> find(WordList wl) {
        List<Hit> out = new ArrayList<>();
        for (int i = 0; i < wl.size(); ) {
            String[] p = matchAt(wl, i);
            if (p == null) {
                i++;
                continue;
            }
            out.add(new Hit(String.join(" ", p), i, i + p.length));
            i += p.length;
        }
        return out;
    }

    /** True when any phrase occurs in the words (no allocation). */
    boolean occursIn(WordList wl) {
        for (int i = 0; i < wl.size(); i++) if (matchAt(wl, i) != null) return true;
        return false;
    }

    boolean containsAll(WordList wl) {
        if (wl.size() == 0) return false;
        for (int i = 0; i < wl.size(); ) {
            String[] p = matchAt(wl, i);
            if (p == null) return false;
            i += p.length;
        }
        return true;
    }
}
