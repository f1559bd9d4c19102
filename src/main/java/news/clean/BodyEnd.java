package news.clean;

import java.util.List;

/**
 * Where the article ends inside the main region: pages follow the body with comments and
 * "related" teasers that read like prose (so the maximum-sum region runs on through them), but
 * they are announced by markers: a comment header ("Jane on May 2, 2019 at 4:47 pm said:",
 * "Leave a Reply"; not a bare "12 Comments", which also sits under headlines) or a short related-content heading ("Related Articles",
 * "You may also like"). The first marker after most of the body ends the body.
 */
final class BodyEnd {
    /** Share of the region's prose weight that must lie before a marker for it to end the body. */
    static final double MIN_SHARE_BEFORE = 0.5;

    static final PhraseSet COMMENT_HEADINGS = new PhraseSet("leave a reply", "leave a comment", "post a comment",
            "add a comment", "add comment", "join the discussion", "join the conversation", "show comments",
            "view comments", "reader comments", "comments are closed", "what do you think", "have your say",
            "votes", "rating");
    /** "Comments" as a section heading; with a count ("12 Comments") it is a counter under a headline. */
    static final PhraseSet BARE_COMMENT_HEADINGS = new PhraseSet("comments", "comment", "discussion", "responses",
            "replies", "conversation");
    /**
     * Headings that only close an article. Not "Related" or "Read more": those also head link
     * boxes in the middle of articles, after which the text goes on.
     */
    static final PhraseSet RELATED_HEADINGS = new PhraseSet("more stories", "more articles", "you may also like",
            "you might also like", "recommended for you", "recommended stories", "most read", "most popular",
            "most viewed", "trending now", "what to read next", "editors picks", "editor s picks", "about the author",
            "up next", "popular posts", "recent posts", "further reading", "sponsored stories", "around the web",
            "from the web", "promoted stories", "share this article",
            "share this story", "more from", "latest stories",
            // the same in other languages
            "você pode gostar", "voce pode gostar", "mais lidas", "te puede interesar", "más leídas", "mas leidas",
            "vous aimerez aussi", "les plus lus", "das könnte sie auch interessieren", "meistgelesen",
            "potrebbe interessarti", "i più letti", "вам также может понравиться", "самое читаемое");

    private BodyEnd() {}

    /** Comment headers and post footers leave no doubt; they end the body after any prose. */
    static final double MIN_SHARE_BEFORE_STRONG = 0.1;

    static int find(String t, List<Piece> pieces, int rs, int re) {
        long total = 0;
        for (int i = rs; i < re; i++) total += Math.max(0, TextCleaner.weight(t, pieces.get(i)));
        long before = 0;
        for (int i = rs; i < re; i++) {
            Piece p = pieces.get(i);
            if (before > 0) {
                if (before >= total * MIN_SHARE_BEFORE_STRONG && isStrongMarker(t, p)) return i;
                if (before >= total * MIN_SHARE_BEFORE && isMarker(t, p)) return i;
            }
            before += Math.max(0, TextCleaner.weight(t, p));
        }
        return re;
    }

    /** "Jane Doe on September 12, 2018 at 4:47 pm said:", "Posted in X | Permalink | 10 Comments". */
    static boolean isStrongMarker(String t, Piece p) {
        if (p.isCode()) return false;
        WordList wl = p.words(t);
        int n = wl.size();
        if (n == 0 || n > 20) return false;
        if (endsWithSaid(t, p) && hasDigit(wl)) return true;
        for (String w : wl.words) if (w.equals("permalink")) return true;
        return coveredBy(wl, STRONG_COMMENT_HEADINGS);
    }

    static final PhraseSet STRONG_COMMENT_HEADINGS = new PhraseSet("leave a reply", "leave a comment",
            "comments are closed", "post a comment", "deixe um comentário", "deja un comentario", "laisser un commentaire");

    static boolean isMarker(String t, Piece p) {
        if (p.isCode()) return false;
        WordList wl = p.words(t);
        int n = wl.size();
        if (n == 0) return false;
        // "Jane Doe on September 12, 2018 at 4:47 pm said:"
        if (n <= 20 && endsWithSaid(t, p) && hasDigit(wl)) return true;
        if (n > 6) return false;
        ProseScore ps = p.score(t);
        if (ps.endsSentence && n > 3) return false;
        if (coveredBy(wl, BARE_COMMENT_HEADINGS) && !hasDigit(wl)) return true;
        return coveredBy(wl, COMMENT_HEADINGS) || coveredBy(wl, RELATED_HEADINGS);
    }

    /** All words are the heading phrase, numbers or filler ("12 Comments", "Related Articles:"). */
    private static boolean coveredBy(WordList wl, PhraseSet headings) {
        int covered = 0;
        for (PhraseSet.Hit h : headings.find(wl)) covered += h.to() - h.from();
        if (covered == 0) return false;
        for (String w : wl.words) if (ChromeCatalogue.isNumber(w) || ChromeCatalogue.FILLER.contains(w)) covered++;
        return covered >= wl.size();
    }

    private static boolean endsWithSaid(String t, Piece p) {
        int e = p.end;
        if (t.charAt(e - 1) != ':') return false;
        String tail = t.substring(Math.max(p.start, e - 6), e - 1).toLowerCase(java.util.Locale.ROOT).strip();
        return tail.endsWith("said") || tail.endsWith("says") || tail.endsWith("wrote") || tail.endsWith("writes");
    }

    private static boolean hasDigit(WordList wl) {
        for (String w : wl.words) if (!w.isEmpty() && Chars.isDigit(w.charAt(0))) return true;
        return false;
    }
}
