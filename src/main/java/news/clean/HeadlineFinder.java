package news.clean;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the headline among the lines before the article body. General signals: a headline is a
 * short clause without a final period, not chrome, and its words come back in the body's lead
 * (headlines summarise the first paragraphs). When site chrome is glued in front of it on one
 * line ("News World Europe Military may pull back … says Ukraine’s military could …"), the
 * breadcrumb is a run of section labels, and the headline ends where the standfirst starts: the
 * first place from which four words in a row also occur in the body's lead.
 */
final class HeadlineFinder {
    /** Section and navigation labels that make up breadcrumbs. */
    static final Set<String> SECTION_LABELS = WordSets.of("news", "world", "europe", "us", "u", "s", "uk", "politics",
            "business", "sport", "sports", "tech", "technology", "science", "health", "opinion", "culture",
            "entertainment", "asia", "americas", "africa", "middle", "east", "home", "local", "national",
            "international", "economy", "markets", "money", "lifestyle", "life", "travel", "video", "videos",
            "latest", "breaking", "top", "stories", "environment", "climate", "analysis", "features", "region",
            "regions", "australia", "india", "china", "uk", "global", "nation", "media", "arts", "style",
            "food", "education", "crime", "justice", "weather", "more", "sections", "section", "and", "amp",
            "noticias", "mundo", "notícias", "esportes", "welt", "nachrichten", "monde", "actualités", "politica",
            "política", "economia", "economía", "cultura", "deportes", "esporte");

    /** Where the headline is: span [start, end) in the source, from piece index {@code piece}. */
    record Found(int start, int end, int piece, int breadcrumbStart, int breadcrumbEnd) {}

    private HeadlineFinder() {}

    static Found find(String text, List<Piece> pieces, int bodyStart, Set<Long> leadGrams, Set<String> leadWords) {
        Found best = null;
        double bestScore = 0;
        int seen = 0;
        for (int i = bodyStart - 1; i >= 0 && seen < 12; i--) {
            Piece p = pieces.get(i);
            if (p.isCode()) continue; // scripts between headline and body are common
            seen++;
            WordList wl = p.words(text);
            double proximity = 1.0 / (1 + seen * 0.15);
            if (isTitleLike(text, p) && (p.reason == null || p.reason.equals("before_body") || p.reason.equals("link_list"))
                    && Bylines.byline(text, p.start, p.end, wl) == null) { // "By Jane Doe" is never a headline
                double overlap = overlap(wl, 0, wl.size(), leadWords);
                double score = (0.3 + overlap) * proximity;
                if (score > bestScore) {
                    bestScore = score;
                    best = new Found(p.start, p.end, i, -1, -1);
                }
            } else if (wl.size() > 6) {
                Found f = gluedHeadline(text, p, i, leadGrams);
                if (f != null) {
                    double overlap = overlap(wl, 0, wl.size(), leadWords);
                    double score = (0.5 + overlap) * proximity;
                    if (score > bestScore) {
                        bestScore = score;
                        best = f;
                    }
                }
            }
        }
        return best;
    }

    static boolean isCode(String reason) {
        return reason != null && (reason.startsWith("leaked_") || reason.equals("long_token"));
    }

    /** Short clause, no final period, not all section labels. */
    static boolean isTitleLike(String text, Piece p) {
        WordList wl = p.words(text);
        int n = wl.size();
        ProseScore ps = p.score(text);
        if (ps.nonLatinScript) {
            if (p.end - p.start < 8 || p.end - p.start > 150) return false;
        } else if (n < 3 || n > 25) {
            return false;
        }
        char last = text.charAt(p.end - 1);
        if (last == '.' && !text.startsWith("...", p.end - 3)) return false;
        if (last == ',' || last == ':' || last == ';') return false;
        int labels = 0;
        for (String w : wl.words) if (SECTION_LABELS.contains(w)) labels++;
        if (labels == n) return false;
        int caps = wl.capitalised;
        return caps >= 1;
    }

    /** Breadcrumb labels, then a headline, then a standfirst that echoes the lead. */
    static Found gluedHeadline(String text, Piece p, int index, Set<Long> leadGrams) {
        WordList wl = p.words(text);
        int n = wl.size();
        int k = 0;
        while (k < n && SECTION_LABELS.contains(wl.words[k]) && Chars.isUpperCase(text.charAt(wl.starts[k]))) k++;
        if (k == 0 || k > 6) return null;
        for (int j = k + 3; j + 4 <= n && j - k <= 25; j++) {
            if (leadGrams.contains(gram(wl, j))) {
                // The headline must not contain a sentence end.
                int hs = wl.starts[k], he = wl.ends[j - 1];
                while (he < text.length() && Sentences.isCloser(text.charAt(he)) && he < wl.starts[j]) he++;
                for (int c = hs; c < he; c++) if (text.charAt(c) == '.' && c + 1 < he && text.charAt(c + 1) == ' ') return null;
                return new Found(hs, he, index, wl.starts[0], wl.ends[k - 1]);
            }
        }
        return null;
    }

    /** The four words from i on, as a 64-bit hash (no string built: a paragraph has one per word). */
    static long gram(WordList wl, int i) {
        return wl.wordsHash(i, i + 4);
    }

    static void addGrams(WordList wl, Set<Long> grams, Set<String> words) {
        for (int i = 0; i + 4 <= wl.size(); i++) grams.add(gram(wl, i));
        for (String w : wl.words) if (!ProseScore.STOP_WORDS.contains(w)) words.add(w);
    }

    /** Share of the content words of wl[from, to) found in the lead. */
    static double overlap(WordList wl, int from, int to, Set<String> leadWords) {
        Set<String> content = new HashSet<>();
        for (int i = from; i < to; i++) if (!ProseScore.STOP_WORDS.contains(wl.words[i])) content.add(wl.words[i]);
        if (content.isEmpty()) return 0;
        int in = 0;
        for (String w : content) if (leadWords.contains(w)) in++;
        return in / (double) content.size();
    }
}
