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

    /** Comment stamps in the region that make a thread of reader comments (each comment has one). */
    static final int MIN_COMMENT_STAMPS = 3;

    static int find(String t, List<Piece> pieces, int rs, int re) {
        long total = 0;
        int stamps = 0;
        for (int i = rs; i < re; i++) {
            total += Math.max(0, TextCleaner.weight(t, pieces.get(i)));
            if (isCommentStamp(t, pieces.get(i)) || isTeaserByline(t, pieces.get(i))) stamps++;
        }
        // Reader comments without a heading: a recurring stamp ("2 days ago at 07:50 am",
        // "Rating: 25 Votes") per comment. A thread can outweigh the article, so once the stamps
        // recur, the first one ends the body as a comment header would.
        boolean thread = stamps >= MIN_COMMENT_STAMPS;
        long before = 0;
        for (int i = rs; i < re; i++) {
            Piece p = pieces.get(i);
            if (before > 0) {
                if (before >= total * MIN_SHARE_BEFORE_STRONG && (isStrongMarker(t, p) || thread && (isCommentStamp(t, p) || isTeaserByline(t, p)))) return i;
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

    static final PhraseSet TIME_UNITS = new PhraseSet("second", "seconds", "minute", "minutes", "min", "mins", "hour",
            "hours", "hr", "hrs", "day", "days", "week", "weeks", "month", "months", "year", "years");
    static final PhraseSet STAMP_WORDS = new PhraseSet("votes", "vote", "likes", "like", "reply", "replies", "report",
            "rating", "points", "point", "upvotes", "score", "ago", "at", "am", "pm", "a", "an", "edited");

    /**
     * One comment's stamp: a short line of a relative time ("2 days ago at 07:50 am", "5 hours
     * ago") or a vote count ("Rating: 25 Votes", "12 points"), nothing else on it.
     */
    static boolean isCommentStamp(String t, Piece p) {
        if (p.isCode()) return false;
        WordList wl = p.words(t);
        int n = wl.size();
        if (n < 2 || n > 8) return false;
        boolean ago = false, count = false;
        for (int i = 0; i < n; i++) {
            String w = wl.words[i];
            if (w.equals("ago") && i >= 2 && TIME_UNITS.matchAt(wl, i - 1) != null) ago = true;
            if ((w.equals("votes") || w.equals("points") || w.equals("upvotes") || w.equals("likes")) && i >= 1
                    && ChromeCatalogue.isNumber(wl.words[i - 1])) count = true;
        }
        if (!ago && !count) return false;
        int covered = 0;
        for (int i = 0; i < n; i++) {
            String w = wl.words[i];
            if (ChromeCatalogue.isNumber(w) || STAMP_WORDS.matchAt(wl, i) != null || TIME_UNITS.matchAt(wl, i) != null
                    || isClock(w)) covered++;
        }
        return covered == n;
    }

    /**
     * "by Anmol", "By Jane Doe": a byline line of its own, as each teaser of a related-stories
     * list carries; the article's own byline sits above the body, so recurring ones below it
     * head teasers or comments.
     */
    static boolean isTeaserByline(String t, Piece p) {
        if (p.isCode()) return false;
        WordList wl = p.words(t);
        int n = wl.size();
        if (n < 2 || n > 4 || !wl.words[0].equals("by")) return false;
        for (int i = 1; i < n; i++) if (!Chars.isUpperCase(t.charAt(wl.starts[i]))) return false;
        return !p.score(t).endsSentence;
    }

    /** "07", "50", "4:47pm" split into words: digits with an optional am/pm glued on. */
    private static boolean isClock(String w) {
        String d = w.endsWith("am") || w.endsWith("pm") ? w.substring(0, w.length() - 2) : w;
        return ChromeCatalogue.isNumber(d);
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
