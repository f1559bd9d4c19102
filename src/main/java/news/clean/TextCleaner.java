package news.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.model.Article;
import news.model.Metadata;
import news.model.Paragraph;
import news.model.Removal;
import news.model.SourceDocument;

/**
 * Turns a raw text dump into an {@link Article}. A pipeline of small steps over the lines of the
 * source, each recording what it removed and why (reason codes: README, section "clean"):
 * <ol>
 *   <li>lines without letters or digits: {@code separator};</li>
 *   <li>leaked HTML tags ({@link HtmlLeaks}): {@code html_tag};</li>
 *   <li>leaked code, also cut out of mixed lines ({@link CodeScanner});</li>
 *   <li>credit sentences moved to {@code credits} ({@link Bylines}): {@code credit_line};</li>
 *   <li>chrome glued into lines ({@link InlineChrome});</li>
 *   <li>whole-line chrome classes ({@link ChromeCatalogue}), section labels, gallery counters,
 *       copyright lines, lines repeated across the corpus ({@link RepetitionIndex});</li>
 *   <li>the main body: the maximum-sum contiguous run of lines weighted by {@link ProseScore};
 *       outside it {@code before_body}/{@code after_body}, inside it runs of three or more short
 *       non-sentence lines are {@code link_list};</li>
 *   <li>metadata: title ({@link HeadlineFinder}), byline, dateline, site; repeated headline.</li>
 * </ol>
 * Every kept character is a verbatim span of {@code doc.text()}.
 */
public final class TextCleaner {
    /** Bodies shorter than this many words get a "short body" problem. */
    static final int SHORT_BODY_WORDS = 80;
    /** A line of leaked code between blocks: page regions are separated by scripts and styles. */
    static final int CODE_WEIGHT = -10;

    public Article clean(SourceDocument doc, RepetitionIndex corpus) {
        // The steps are separate methods: small methods are compiled (JIT) early and on their own.
        String t = doc.text();
        boolean html = FROM_HTML.equals(doc.format());
        // copies of this story count once; blocks from HTML never consult the index (step 6)
        if (corpus != null && !html) corpus = corpus.forDocument(doc);
        List<Removal> removals = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        java.util.BitSet blankBefore = new java.util.BitSet();
        List<Piece> pieces = splitLines(t, removals, blankBefore, html);

        // Soft-wrapped lines (no sentence end, next line goes on in lower case) are one paragraph,
        // judged together. The rule looks at the two lines only, so it decides the same way when
        // the cleaned text is cleaned again.
        pieces = joinSoftWraps(t, pieces, blankBefore);
        pieces = cutCreditsAndInlineChrome(t, pieces, credits, removals, html);

        // Step 6: whole-line classes.
        for (Piece p : pieces) if (p.kept()) p.reason = html ? htmlLineClass(t, p) : lineClass(t, p, corpus);

        // Step 7: main body. Blocks extracted from HTML are the DOM extractor's choice of main
        // content: its evidence (container, link density) beats line shapes, so the text-dump
        // region, link-list and duplicate rules do not apply to them.
        if (html) return describe(doc, t, pieces, 0, pieces.size(), credits, removals, true);
        int[] region = mainRegion(t, pieces);
        int rs = region[0], re = markBody(t, pieces, region[0], region[1]);
        return describe(doc, t, pieces, rs, re, credits, removals, false);
    }

    /** Format code of documents whose text the DOM extractor made ({@code news.load.html.HtmlReader}). */
    static final String FROM_HTML = "html";

    /**
     * Step 6 for a block of extracted HTML: only chrome that the catalogue's strong cues name
     * (a whole short line of "Sign up for our newsletter", "Share this article"); a sentence that
     * merely holds a cue word, a list item, a heading or a table row is content.
     */
    private static String htmlLineClass(String t, Piece p) {
        WordList wl = p.words(t);
        int n = wl.size();
        if (n == 0) return "separator";
        return ChromeCatalogue.classifyBlock(wl, p.score(t).sentenceLike());
    }

    /** Steps 1-3: lines, HTML tags, code; blank lines recorded in {@code blankBefore}. */
    private static List<Piece> splitLines(String t, List<Removal> removals, java.util.BitSet blankBefore, boolean html) {
        List<Piece> pieces = new ArrayList<>();
        int line = 0;
        boolean prevBlank = false;
        // Next '<' at or after the current line: most lines hold none, and the cursor only moves
        // forward, so the tag scan is skipped for them at linear total cost.
        int nextLt = -1;
        for (int ls = 0; ls <= t.length(); line++) {
            int nl = t.indexOf('\n', ls);
            int le = nl < 0 ? t.length() : nl;
            int s = ls, e = le;
            while (s < e && Chars.isWhitespace(t.charAt(s))) s++;
            while (e > s && Chars.isWhitespace(t.charAt(e - 1))) e--;
            if (e == s) {
                prevBlank = true;
            } else {
                if (prevBlank) blankBefore.set(line);
                prevBlank = false;
                if (nextLt < s) { // Integer.MAX_VALUE once no '<' is left: never searched again
                    nextLt = t.indexOf('<', s);
                    if (nextLt < 0) nextLt = Integer.MAX_VALUE;
                }
                if (html) pieces.add(new Piece(s, e, line, true)); // no leaked tags or code in DOM text
                else splitLine(t, s, e, line, nextLt < e, pieces, removals);
            }
            if (nl < 0) break;
            ls = nl + 1;
        }
        return pieces;
    }

    /** Steps 4-5: credit sentences to {@code credits}, chrome glued into lines cut out. */
    private static List<Piece> cutCreditsAndInlineChrome(String t, List<Piece> pieces, List<String> credits,
                                                         List<Removal> removals, boolean html) {
        List<Piece> next = new ArrayList<>(pieces.size());
        List<InlineChrome.Cut> cuts = new ArrayList<>();
        for (Piece p : pieces) {
            if (!p.kept()) {
                next.add(p);
                continue;
            }
            // Sentence-level chrome cuts are for lines where the dump glued blocks together; an
            // extracted block is one element's text.
            for (Piece q : cutCredits(t, p, credits, removals)) {
                if (html) next.add(q);
                else next.addAll(InlineChrome.apply(t, q, cuts));
            }
        }
        for (InlineChrome.Cut c : cuts) removals.add(removal(t, c.start(), c.end(), c.reason()));
        return next;
    }

    /** Step 7: marks what lies outside the body region [rs, re), duplicates and link lists; the body end. */
    private static int markBody(String t, List<Piece> pieces, int rs, int re) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kept() && i < rs) p.reason = "before_body";
            if (p.kept() && i >= re) p.reason = "after_body";
        }
        re = BodyEnd.find(t, pieces, rs, re);
        for (int i = re; i < pieces.size(); i++) if (pieces.get(i).kept()) pieces.get(i).reason = "after_body";
        markDuplicates(t, pieces, rs, re);
        markLinkLists(t, pieces, rs, re);
        return re;
    }

    /** Step 8: metadata (byline, title, subtitle, dateline, site), then removals and paragraphs. */
    private static Article describe(SourceDocument doc, String t, List<Piece> pieces, int rs, int re,
                                    List<String> credits, List<Removal> removals, boolean html) {
        Metadata md = doc.metadata();
        String byline = md.byline();
        // A byline sits just above the body or in it (author lines inside the text are bylines
        // too, wherever they are: the rule must not depend on position to stay idempotent).
        for (int i = Math.max(0, rs - 6); i < re; i++) {
            Piece p = pieces.get(i);
            if (p.reason != null && !p.reason.equals("before_body")) continue;
            String b = Bylines.byline(t, p.start, p.end, p.words(t));
            if (b != null) {
                if (byline == null) byline = HtmlLeaks.decode(b);
                p.reason = "byline";
            }
        }
        String title = md.title();
        HeadlineFinder.Found headline = null;
        if (title == null) {
            Set<Long> leadGrams = new HashSet<>();
            Set<String> leadWords = new HashSet<>();
            int leadCount = 0;
            for (int i = rs; i < re && leadCount < 4; i++) {
                if (!pieces.get(i).kept()) continue;
                HeadlineFinder.addGrams(pieces.get(i).words(t), leadGrams, leadWords);
                leadCount++;
            }
            headline = HeadlineFinder.find(t, pieces, rs, leadGrams, leadWords);
            if (headline != null) title = HtmlLeaks.decode(t.substring(headline.start(), headline.end()).strip());
        }
        WordList titleWords = title == null ? null : WordList.of(title);
        String titleNormal = titleWords == null ? null : titleWords.normal();
        long titleHash = titleWords == null ? 0 : titleWords.normalHash();
        String subtitle = null;
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (titleNormal == null || titleNormal.isEmpty()) break;
            if (headline != null && headline.piece() == i) continue;
            if ((p.kept() || "before_body".equals(p.reason) || "after_body".equals(p.reason))
                    && p.words(t).normalHash() == titleHash && p.words(t).normal().equals(titleNormal)) {
                p.reason = i < rs && headline == null ? "title" : "repeated_title";
            }
        }
        if (headline != null && headline.breadcrumbStart() < 0) {
            Piece hp = pieces.get(headline.piece());
            hp.reason = "title";
            // A standfirst: the sentence-like lines between the headline and the body.
            for (int i = headline.piece() + 1; i < rs; i++) {
                Piece p = pieces.get(i);
                if ("before_body".equals(p.reason) && p.score(t).sentenceLike() && subtitle == null) {
                    subtitle = HtmlLeaks.decode(t.substring(p.start, p.end));
                    p.reason = "subtitle";
                }
            }
        }
        if (!html) settle(t, pieces);
        String dateline = null;
        String site = md.site() != null ? md.site() : SiteName.find(t, pieces);

        addRemovals(t, pieces, headline, removals);
        List<Paragraph> paragraphs = paragraphs(t, pieces);
        if (!paragraphs.isEmpty()) {
            Paragraph first = paragraphs.get(0);
            dateline = Bylines.dateline(t, first.start(), first.end());
            if (dateline != null) dateline = dateline.strip();
        }

        // The article's own problems, without the input's path in front (it is in "path"): the
        // output data then reads the same wherever the corpus lives and however it was named.
        List<String> problems = new ArrayList<>(doc.warnings().size() + 2);
        String prefix = doc.path() + ": ";
        for (String w : doc.warnings()) problems.add(w.startsWith(prefix) ? w.substring(prefix.length()) : w);
        if (title == null) problems.add("no title found");
        int words = 0;
        for (Paragraph p : paragraphs) words += news.model.Words.count(p.text());
        if (words == 0) problems.add("empty body");
        else if (words < SHORT_BODY_WORDS) problems.add("short body");
        return new Article(doc.id(), doc.path(), md.url(), site, md.language(), title, subtitle, byline,
                md.published(), dateline, credits, paragraphs, removals, doc.sha256(), t.length(), problems, md.pageType());
    }

    /** Every piece not kept becomes a removal (a headline line may carry a breadcrumb too), in source order. */
    private static void addRemovals(String t, List<Piece> pieces, HeadlineFinder.Found headline, List<Removal> removals) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kept()) continue;
            if (headline != null && headline.piece() == i && headline.breadcrumbStart() >= 0) {
                addTrimmed(removals, t, p.start, headline.breadcrumbStart(), p.reason);
                addTrimmed(removals, t, headline.breadcrumbStart(), headline.breadcrumbEnd(), "breadcrumb");
                addTrimmed(removals, t, headline.breadcrumbEnd(), headline.start(), p.reason);
                addTrimmed(removals, t, headline.start(), headline.end(), "title");
                addTrimmed(removals, t, headline.end(), p.end, p.reason);
            } else {
                removals.add(removal(t, p.start, p.end, p.reason));
            }
        }
        removals.sort(Comparator.comparingInt(Removal::start));
    }

    /** Each kept piece is one paragraph, a verbatim span of the source. */
    private static List<Paragraph> paragraphs(String t, List<Piece> pieces) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Piece open = null;
        int openStart = -1;
        for (Piece p : pieces) {
            if (!p.kept()) {
                if (open != null) paragraphs.add(new Paragraph(t.substring(openStart, open.end), openStart, open.end));
                open = null;
                continue;
            }
            if (open != null) paragraphs.add(new Paragraph(t.substring(openStart, open.end), openStart, open.end));
            open = p;
            openStart = p.start;
        }
        if (open != null) paragraphs.add(new Paragraph(t.substring(openStart, open.end), openStart, open.end));
        return paragraphs;
    }

    /** Consecutive whole lines where the first runs on into the second become one piece. */
    private static List<Piece> joinSoftWraps(String t, List<Piece> pieces, java.util.BitSet blankBefore) {
        List<Piece> out = new ArrayList<>(pieces.size());
        Piece open = null;
        for (Piece p : pieces) {
            boolean joinable = p.kept() && p.wholeLine;
            if (open != null && joinable && p.line == open.line + 1 && !blankBefore.get(p.line) && runsOn(t, open, p)) {
                open = new Piece(open.start, p.end, p.line, true);
                out.set(out.size() - 1, open);
                continue;
            }
            out.add(p);
            open = joinable ? p : null;
        }
        return out;
    }

    /** The first line stops mid-sentence and the second continues it in lower case. */
    static boolean runsOn(String t, Piece a, Piece b) {
        char last = t.charAt(a.end - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':' || last == '…' || Sentences.isCloser(last)) return false;
        char first = t.charAt(b.start);
        if (t.startsWith("by ", b.start) || t.startsWith("por ", b.start) || t.startsWith("von ", b.start)) return false; // byline
        return Chars.isLowerCase(first) && Chars.isLetter(last);
    }

    /** Steps 1-3 for one trimmed line [s, e). */
    private static void splitLine(String t, int s, int e, int line, boolean mayHoldTags, List<Piece> pieces,
                                  List<Removal> removals) {
        boolean any = false;
        for (int i = s; i < e && !any; i++) any = Chars.isLetterOrDigit(t.charAt(i));
        if (!any) {
            removals.add(removal(t, s, e, "separator"));
            return;
        }
        List<int[]> tags = mayHoldTags ? HtmlLeaks.tags(t, s, e) : List.of();
        if (tags.isEmpty()) { // the common case: one span, the whole line
            splitSpan(t, s, e, s, e, line, pieces, removals);
            return;
        }
        int from = s;
        for (int[] tag : tags) {
            splitSpan(t, from, tag[0], s, e, line, pieces, removals);
            removals.add(removal(t, tag[0], tag[1], "html_tag"));
            from = tag[1];
        }
        splitSpan(t, from, e, s, e, line, pieces, removals);
    }

    /** Leaked code in the span [a, b) of the line [s, e). */
    private static void splitSpan(String t, int a, int b, int s, int e, int line, List<Piece> pieces, List<Removal> removals) {
        while (a < b && Chars.isWhitespace(t.charAt(a))) a++;
        while (b > a && Chars.isWhitespace(t.charAt(b - 1))) b--;
        if (b <= a) return;
        CodeScanner.Result r = CodeScanner.scan(t, a, b);
        if (r == null) {
            pieces.add(new Piece(a, b, line, a == s && b == e));
        } else if (r.allCode()) {
            // Kept as a judged piece: leaked code between blocks separates page regions.
            Piece code = new Piece(a, b, line, a == s && b == e);
            code.reason = r.reason();
            pieces.add(code);
        } else {
            addTrimmed(removals, t, a, r.proseStart(), r.reason());
            addTrimmed(removals, t, r.proseEnd(), b, r.reason());
            pieces.add(new Piece(r.proseStart(), r.proseEnd(), line, false));
        }
    }

    /** Credit sentences at the start or end of a piece go to {@code credits}. */
    private static List<Piece> cutCredits(String t, Piece p, List<String> credits, List<Removal> removals) {
        WordList all = p.words(t);
        if (all.size() > 400) return List.of(p);
        boolean any = Bylines.isCredit(all);
        if (!any) {
            // Only look sentence by sentence when a credit cue occurs at all.
            if (!Bylines.CREDIT_ANYWHERE.occursIn(all) && !hasCreditStart(all)) return List.of(p);
        }
        List<int[]> sents = Sentences.split(t, p.start, p.end);
        int n = sents.size();
        boolean[] credit = new boolean[n];
        for (int i = 0; i < n; i++) credit[i] = Bylines.isCredit(WordList.of(t, sents.get(i)[0], sents.get(i)[1]));
        int from = 0, to = n;
        while (from < to && credit[from]) from++;
        while (to > from && credit[to - 1]) to--;
        if (from == 0 && to == n) return List.of(p);
        for (int i = 0; i < n; i++) {
            if (i >= from && i < to) continue;
            int[] sp = sents.get(i);
            credits.add(HtmlLeaks.decode(t.substring(sp[0], sp[1])));
            removals.add(removal(t, sp[0], sp[1], "credit_line"));
        }
        if (from >= to) return List.of();
        int s = sents.get(from)[0], e = sents.get(to - 1)[1];
        return List.of(s == p.start && e == p.end ? p : new Piece(s, e, p.line, false));
    }

    private static boolean hasCreditStart(WordList wl) {
        for (int i = 0; i < wl.size(); i++) if (Bylines.CREDIT_START.matchAt(wl, i) != null) return true;
        return false;
    }

    /** Step 6: the reason a whole line is junk, or null. */
    private static String lineClass(String t, Piece p, RepetitionIndex corpus) {
        WordList wl = p.words(t);
        ProseScore ps = p.score(t);
        int n = wl.size();
        if (n == 0) return "separator";
        String c = ChromeCatalogue.classify(wl, ps.sentenceLike());
        if (c != null) return c;
        if (n <= 25 && (contains(t, p.start, p.end, '©') || wl.words[0].equals("copyright"))) {
            return "copyright_line";
        }
        if (!ps.sentenceLike() && n > 4) {
            // "News World Europe Headline words…": navigation labels glued before the text.
            int k = 0;
            while (k < n && HeadlineFinder.SECTION_LABELS.contains(wl.words[k]) && Chars.isUpperCase(t.charAt(wl.starts[k]))) k++;
            if (k >= 2 && n > k + 2) return "breadcrumb";
        }
        if (isTeaser(t, p, wl)) return "teaser";
        if (n <= 8) {
            int labels = 0;
            for (String w : wl.words) if (HeadlineFinder.SECTION_LABELS.contains(w)) labels++;
            if (labels == n && !ps.endsSentence) return "section_label";
            if (isGalleryCounter(wl)) return "gallery_counter";
        }
        if (corpus != null && corpus.documentCount() > 1) {
            int docs = corpus.documentsContaining(t, p.start, p.end);
            boolean prose = ps.kind() == ProseScore.Kind.GOOD;
            if (docs >= 2 && !prose) return "repeated_line";
            if (docs >= Math.max(5, corpus.documentCount() / 2) && n <= 25) return "repeated_line";
        }
        return null;
    }

    /**
     * A teaser: a Title Case headline glued without a space to its summary ("…Of U of M-Dearborn
     * Student-AthleteA 24-year-old woman…", "Is Violence On The Rise?Violence is…"), as link
     * lists of other stories render in text dumps.
     */
    static boolean isTeaser(String t, Piece p, WordList wl) {
        int glue = -1;
        int lowerRun = 0;
        for (int i = p.start; i + 1 < p.end && i < p.start + 200; i++) {
            char c = t.charAt(i), d = t.charAt(i + 1);
            if (Chars.isLowerCase(c)) lowerRun++;
            else if (!Chars.isLetter(c)) lowerRun = (c == '?' || c == '!' || c == ')' || c == '"' || c == '”') ? 3 : 0;
            else lowerRun = 0;
            if (lowerRun >= 3 && Chars.isUpperCase(d) && i + 2 < p.end && Chars.isLowerCase(t.charAt(i + 2))) {
                glue = i + 1;
                break;
            }
        }
        if (glue < 0) return false;
        int words = 0, caps = 0;
        for (int k = 0; k < wl.size() && wl.starts[k] < glue; k++) {
            if (wl.ends[k] > glue) break;
            words++;
            if (Chars.isUpperCase(t.charAt(wl.starts[k])) || Chars.isDigit(t.charAt(wl.starts[k]))) caps++;
        }
        if (words < 3 || words > 20 || caps * 10 < words * 7) return false;
        if (caps * 10 >= words * 8) return true; // Title Case throughout: a headline, "?" or "." inside or not
        for (int i = p.start; i < glue - 1; i++) {
            char c = t.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' ') return false;
        }
        return true;
    }

    static boolean contains(String t, int s, int e, char c) {
        for (int i = s; i < e; i++) if (t.charAt(i) == c) return true;
        return false;
    }

    /** "Show all 7", "1 of 12", "3/10", "12 photos". */
    static boolean isGalleryCounter(WordList wl) {
        int n = wl.size();
        if (n > 5) return false;
        int nums = 0, cues = 0;
        for (String w : wl.words) {
            if (ChromeCatalogue.isNumber(w)) nums++;
            else if (w.equals("of") || w.equals("show") || w.equals("all") || w.equals("photos") || w.equals("images")
                    || w.equals("gallery") || w.equals("slide") || w.equals("photo") || w.equals("image") || w.equals("de")
                    || w.equals("fotos") || w.equals("view")) cues++;
        }
        return nums >= 1 && nums + cues == n;
    }

    /** Step 7: maximum-sum contiguous run of pieces; ties prefer the longer run. */
    private static int[] mainRegion(String t, List<Piece> pieces) {
        int[] run = maxSumRun(t, pieces);
        return run == null ? new int[] {0, pieces.size()} : run; // no prose anywhere: keep what no rule removed
    }

    /** The maximum-sum contiguous run [from, to) of piece weights (ties: the longer run), or null when no sum is positive. */
    private static int[] maxSumRun(String t, List<Piece> pieces) {
        long best = 0, sum = 0;
        int bestFrom = 0, bestTo = 0, from = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (sum < 0) {
                sum = 0;
                from = i;
            }
            sum += weight(t, pieces.get(i));
            if (sum > best || (sum == best && sum > 0 && i + 1 - from > bestTo - bestFrom)) {
                best = sum;
                bestFrom = from;
                bestTo = i + 1;
            }
        }
        return best <= 0 ? null : new int[] {bestFrom, bestTo};
    }

    static int weight(String t, Piece p) {
        if (p.isCode()) return CODE_WEIGHT;
        if (!p.kept()) return -5 - Math.min(p.words(t).size(), 40);
        return p.score(t).weight();
    }

    /** Runs of three or more short non-sentence lines inside the body are link lists. */
    private static void markLinkLists(String t, List<Piece> pieces, int rs, int re) {
        int runStart = -1, run = 0;
        for (int i = rs; i <= re; i++) {
            Piece p = i < re ? pieces.get(i) : null;
            if (p != null && !p.kept()) continue; // removed lines do not break a run
            boolean shortLine = p != null && isListLine(t, p);
            if (shortLine) {
                if (run == 0) runStart = i;
                run++;
            } else {
                if (run >= 3) {
                    for (int k = runStart; k < i; k++) if (pieces.get(k).kept()) pieces.get(k).reason = "link_list";
                }
                run = 0;
            }
        }
    }

    /**
     * Re-applies the context-dependent body rules (end markers, link-list runs, edges) to the
     * kept lines alone until nothing changes: cleaning the output again sees only those lines,
     * so it must find nothing more to remove. Each round only removes; a few rounds suffice.
     */
    private static void settle(String t, List<Piece> pieces) {
        for (int round = 0; round < 20; round++) {
            List<Piece> kept = new ArrayList<>();
            for (Piece p : pieces) if (p.kept()) kept.add(p);
            if (kept.isEmpty()) return;
            int end = BodyEnd.find(t, kept, 0, kept.size());
            for (int i = end; i < kept.size(); i++) kept.get(i).reason = "after_body";
            markLinkLists(t, kept, 0, end);
            trimBodyEdges(t, pieces);
            int after = 0;
            for (Piece p : pieces) if (p.kept()) after++;
            if (after == kept.size()) return;
        }
    }

    /**
     * Once lines inside the body are gone (duplicates, bylines, repeated titles), its edges are
     * judged again over what is kept, exactly as cleaning the output again would judge them:
     * the maximum-sum run of the kept lines (ties: the longer run) stays.
     */
    private static void trimBodyEdges(String t, List<Piece> pieces) {
        List<Piece> kept = new ArrayList<>();
        for (Piece p : pieces) if (p.kept()) kept.add(p);
        int[] run = maxSumRun(t, kept);
        if (run == null) return;
        int bestFrom = run[0], bestTo = run[1];
        for (int i = 0; i < bestFrom; i++) kept.get(i).reason = "before_body";
        for (int i = bestTo; i < kept.size(); i++) kept.get(i).reason = "after_body";
    }

    /** A line the body already had (pages repeat the article for AMP, print or JSON views). */
    private static void markDuplicates(String t, List<Piece> pieces, int rs, int re) {
        Set<Long> seen = new HashSet<>();
        for (int i = rs; i < re; i++) {
            Piece p = pieces.get(i);
            if (!p.kept()) continue;
            WordList wl = p.words(t);
            if (wl.size() < 4 && !p.score(t).nonLatinScript) continue;
            if (!seen.add(wl.normalHash())) p.reason = "duplicate_line";
        }
    }

    private static boolean isListLine(String t, Piece p) {
        ProseScore ps = p.score(t);
        ProseScore.Kind k = ps.kind();
        return (k == ProseScore.Kind.SHORT || k == ProseScore.Kind.BAD) && !ps.endsSentence;
    }

    private static void addTrimmed(List<Removal> out, String t, int s, int e, String reason) {
        while (s < e && Chars.isWhitespace(t.charAt(s))) s++;
        while (e > s && Chars.isWhitespace(t.charAt(e - 1))) e--;
        if (e > s) out.add(removal(t, s, e, reason));
    }

    private static Removal removal(String t, int s, int e, String reason) {
        return new Removal(reason, s, e, t);
    }
}
