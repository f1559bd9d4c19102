package news.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Chrome glued onto article text within one line ("…makes all the difference. Read more Ukraine's
 * military could…"). Works on sentences: junk sentences (a strong chrome cue) at the start or end
 * of the line are cut; if junk sentences make up most of the line, the whole line is junk. Then
 * short "glue" cues (Read more, Advertisement, Continue reading…) standing between sentences are
 * cut, so a cut in the middle yields two pieces.
 */
final class InlineChrome {
    /** Cues that sit between blocks of text, glued to what follows. */
    static final PhraseSet GLUE = new PhraseSet("read more", "advertisement", "continue reading", "story continues below",
            "article continues below", "read next", "see also", "also read", "related", "related articles",
            "scroll to continue with content", "show all", "back to top", "read the full story", "click here");

    /** Output: the pieces kept and what was cut. */
    record Cut(int start, int end, String reason) {}

    private InlineChrome() {}

    /**
     * Splits {@code p}; adds cut spans to {@code cuts} and returns the pieces that remain (the
     * piece itself, with a reason set, when the whole line is junk).
     */
    static List<Piece> apply(String t, Piece p, List<Cut> cuts) {
        WordList all = p.words(t);
        if (all.size() < 4) return List.of(p);
        // Nothing to cut without a strong cue or a glue cue somewhere in the line.
        if (ChromeCatalogue.hits(all).firstStrongClass < 0 && !hasGlue(all)) return List.of(p);
        List<int[]> sents = Sentences.split(t, p.start, p.end);
        int n = sents.size();
        String[] junk = new String[n];
        int junkWords = 0;
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            int ss = sents.get(i)[0], se = sents.get(i)[1];
            WordList wl = WordList.of(t, ss, se);
            words[i] = wl.size();
            // "Read more Ukraine's military could…": a glue cue opening a long sentence is cut later;
            // the sentence itself is judged without it.
            String[] glue = wl.size() > 6 ? GLUE.matchAt(wl, 0) : null;
            WordList judged = glue == null ? wl : WordList.of(t, wl.ends[glue.length - 1], se);
            junk[i] = ChromeCatalogue.strongClass(judged);
            // One cue in a long sentence is chrome only when the sentence talks to the reader
            // ("Your donation allows us…"), not in reported prose ("they would read more about…").
            if (junk[i] != null && judged.size() > 12 && ChromeCatalogue.strongHits(judged) < 2
                    && !addressesReader(t, ss, se)) junk[i] = null;
            if (junk[i] != null) junkWords += wl.size();
        }
        // Appeals run on over several sentences; the ones next to a cue that speak to or for
        // "you"/"we" outside quotation marks belong to the same appeal.
        for (boolean grown = junkWords > 0; grown; ) {
            grown = false;
            for (int i = 0; i < n; i++) {
                if (junk[i] != null) continue;
                String nb = i > 0 && junk[i - 1] != null ? junk[i - 1] : i + 1 < n && junk[i + 1] != null ? junk[i + 1] : null;
                if (nb != null && addressesReader(t, sents.get(i)[0], sents.get(i)[1])) {
                    junk[i] = nb;
                    junkWords += words[i];
                    grown = true;
                }
            }
        }
        if (junkWords > 0 && junkWords * 2 >= all.size()) {
            p.reason = firstNonNull(junk);
            return List.of(p);
        }
        int from = 0, to = n;
        while (from < to && junk[from] != null) {
            cuts.add(new Cut(sents.get(from)[0], sents.get(from)[1], junk[from]));
            from++;
        }
        while (to > from && junk[to - 1] != null) {
            cuts.add(new Cut(sents.get(to - 1)[0], sents.get(to - 1)[1], junk[to - 1]));
            to--;
        }
        if (from == to) {
            p.reason = firstNonNull(junk);
            return List.of(p);
        }
        // What remains is judged like a line of its own (cleaning the output again must agree).
        int restWords = 0, restJunk = 0;
        for (int i = from; i < to; i++) {
            restWords += words[i];
            if (junk[i] != null) restJunk += words[i];
        }
        if (restJunk > 0 && restJunk * 2 >= restWords) {
            p.reason = firstNonNull(junk);
            return List.of(p);
        }
        int s = sents.get(from)[0], e = sents.get(to - 1)[1];
        return cutGlue(t, s, e, p, cuts);
    }

    /** Cuts glue cues at the start, end, or between sentences of [s, e). */
    private static List<Piece> cutGlue(String t, int s, int e, Piece p, List<Cut> cuts) {
        List<Piece> out = new ArrayList<>();
        WordList wl = WordList.of(t, s, e);
        int segStart = s;
        for (int i = 0; i < wl.size(); i++) {
            String[] g = GLUE.matchAt(wl, i);
            if (g == null) continue;
            int cs = wl.starts[i], ce = wl.ends[i + g.length - 1];
            // "Show all 7": take a count that follows.
            if (i + g.length < wl.size() && ChromeCatalogue.isNumber(wl.words[i + g.length])
                    && wl.starts[i + g.length] - ce <= 1) ce = wl.ends[i + g.length];
            boolean atStart = onlySpace(t, segStart, cs);
            boolean afterSentence = atStart || endsSentence(t, segStart, cs);
            boolean atEnd = onlySpace(t, ce, e);
            boolean beforeSentence = atEnd || startsUpper(t, ce, e);
            // Glue sits between two pieces of text, or at an edge next to a sentence boundary.
            if (afterSentence && beforeSentence && (atStart || atEnd || Chars.isUpperCase(t.charAt(cs)))) {
                if (atStart && atEnd) return keep(out, p, t, s, e); // the cue is the whole line: the classifier decides
                add(out, p, t, segStart, cs);
                cuts.add(new Cut(cs, ce, g[0].equals("advertisement") ? "advertisement"
                        : g[0].equals("show") ? "gallery_counter" : "read_more"));
                segStart = ce;
                while (i + 1 < wl.size() && wl.starts[i + 1] < ce) i++;
            }
        }
        add(out, p, t, segStart, e);
        return out;
    }

    private static boolean hasGlue(WordList wl) {
        for (int i = 0; i < wl.size(); i++) if (GLUE.matchAt(wl, i) != null) return true;
        return false;
    }

    private static List<Piece> keep(List<Piece> out, Piece p, String t, int s, int e) {
        out.clear();
        add(out, p, t, s, e);
        return out;
    }

    private static void add(List<Piece> out, Piece p, String t, int s, int e) {
        while (s < e && Chars.isWhitespace(t.charAt(s))) s++;
        while (e > s && Chars.isWhitespace(t.charAt(e - 1))) e--;
        if (e <= s) return;
        if (s == p.start && e == p.end) out.add(p);
        else out.add(new Piece(s, e, p.line, false));
    }

    private static boolean onlySpace(String t, int s, int e) {
        for (int i = s; i < e; i++) if (!Chars.isWhitespace(t.charAt(i))) return false;
        return true;
    }

    private static boolean endsSentence(String t, int s, int cs) {
        int k = cs - 1;
        while (k >= s && Chars.isWhitespace(t.charAt(k))) k--;
        while (k >= s && Sentences.isCloser(t.charAt(k))) k--;
        if (k < s) return true;
        char c = t.charAt(k);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == ':';
    }

    private static boolean startsUpper(String t, int ce, int e) {
        int k = ce;
        while (k < e && (Chars.isWhitespace(t.charAt(k)) || t.charAt(k) == ':')) k++;
        if (k >= e) return true;
        char c = t.charAt(k);
        return Chars.isUpperCase(c) || c == '“' || c == '"' || Chars.isDigit(c);
    }

    private static final java.util.Set<String> READER_WORDS = java.util.Set.of("we", "our", "us", "you", "your");

    /** A sentence in first person plural or second person, with no quotation marks. */
    static boolean addressesReader(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»') return false;
        }
        WordList wl = WordList.of(t, s, e);
        for (String w : wl.words) if (READER_WORDS.contains(w)) return true;
        return false;
    }

    private static String firstNonNull(String[] a) {
        for (String s : a) if (s != null) return s;
        return null;
    }
}
