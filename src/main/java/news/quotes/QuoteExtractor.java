package news.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.model.Article;
import news.quotes.Entities.Mention;
import news.quotes.Entities.Person;
import news.quotes.Frame.Kind;
import news.quotes.Frame.Token;

/**
 * Finds quotes in the cleaned text of an article and attributes them to speakers.
 *
 * <p>Pipeline (linear in the article length): {@link QuoteMarks} finds quoted spans; {@link Frame}
 * tokenises the narrative with each quote as one opaque token and splits sentences;
 * {@link Entities} finds the people and organisations named; then each quote is attributed by
 * looking for a cue (a speech verb of {@link Lexicon#CUE_FORMS}, "according to", or a colon) on
 * its right ("“Q,” S said" / "“Q,” said S, ROLE") or its left ("S said: “Q”", "S told X, “Q”",
 * "S said that ... “Q”"), at a clause end ("..., S said."), or by inheritance (split quotes and
 * paragraphs that are only a quote continue the previous speaker). The speaker phrase is then
 * resolved: names to the full name introduced earlier, pronouns to the nearest compatible
 * person, descriptions ("the Ukrainian leader") to the person introduced with that role.
 * Every window the extractor looks at is bounded, so the work per quote is constant.
 */
public final class QuoteExtractor {
    /** Furthest a cue may stand from the quote it introduces, in tokens. */
    private static final int MAX_CUE_DISTANCE = 40;

    private final boolean indirect;

    /** Quotes and indirect speech (the defaults of {@code news quotes}). */
    public QuoteExtractor() {
        this(true);
    }

    /** @param indirect also report indirect speech (S said (that) P) without quote marks */
    public QuoteExtractor(boolean indirect) {
        this.indirect = indirect;
    }

    public List<Quote> extract(Article article) {
        return extract(article.id(), article.paragraphTexts());
    }

    /** Quotes of the text made of {@code paragraphs} joined by a blank line (as {@code Article.text()}). */
    public List<Quote> extract(String articleId, List<String> paragraphs) {
        Frame frame = Frame.borrowing(paragraphs);
        try {
            return new Run(articleId, frame, indirect).run();
        } finally {
            frame.release();
        }
    }

    private static final class Run extends IndirectSpeech {
        final boolean indirect;
        final List<Quote> out = new ArrayList<>();
        /** per quote index: attribution chosen (for inheritance) */
        final Attr[] attrs;
        final Speaker[] speakers;
        final QuoteKind[] kinds;

        Run(String articleId, Frame f, boolean indirect) {
            super(articleId, f);
            this.indirect = indirect;
            this.attrs = new Attr[f.quotes.size()];
            this.speakers = new Speaker[f.quotes.size()];
            this.kinds = new QuoteKind[f.quotes.size()];
        }

        List<Quote> run() {
            // Sentence by sentence, so speaker mentions accumulate in text order for pronouns.
            int qi = 0;
            for (int s = 0; s < f.sentenceCount(); s++) {
                if (indirect) indirectIn(s, out);
                int s1 = f.sentenceStarts[s + 1];
                while (qi < f.quotes.size() && f.quoteToken[qi] < s1) attribute(qi++);
            }
            while (qi < f.quotes.size()) attribute(qi++);
            return out;
        }

        // ---------------------------------------------------------------- attribution shapes

        /**
         * “Q.” He declined to say when ... / “Q.” That said, ...: a quote closed by a full stop, then a
         * capitalised sentence whose cue takes its own complement, starts new speech and does not attribute Q.
         */
        boolean startsNewSpeech(int q, Attr right) {
            if (!closedByFullStop(q)) return false;
            int c = right.cueToken();
            if (c + 1 >= ts.size() || c <= q) return false;
            Token next = tok(c + 1);
            if (next.isPunct(',')) return true;
            if (!next.isWord()) return false;
            String w = next.lower();
            return w.equals("to") || w.equals("that") || w.equals("when") || w.equals("whether")
                    || w.equals("how") || w.equals("what") || w.equals("why");
        }

        /** “Q.” Next: the quote's content ends with a full stop and a capitalised word follows it. */
        boolean closedByFullStop(int q) {
            QuoteMarks.Span s = f.quotes.get(tok(q).quote());
            if (!s.closed() || s.contentEnd() <= s.contentStart() || f.chars[s.contentEnd() - 1] != '.') return false;
            int n = q + 1 < ts.size() && tok(q + 1).isPunct('(') ? q + 2 : q + 1; // “Q.” (Cooperman is ...
            return n < ts.size() && tok(n).isWord() && tok(n).capitalised();
        }

        /** “Q,” S said / “Q,” said S, ROLE / “Q,” according to S. */
        Attr attributeRight(int q) {
            int hi = sentenceEnd(q);
            for (int j = q + 1; j < hi; j++) if (f.word(j).kind == Kind.QUOTE) { hi = j; break; }
            int r = q + 1;
            if (r < hi && (tok(r).isPunct(',') || tok(r).isPunct('—') || tok(r).isPunct('–'))) r++;
            if (r >= hi) return null;
            if (r > q + 1 && !tok(r - 1).isPunct(',') && ents.isPerson(r)) {
                // "“Q” — Neil Gaiman": a dash and a name closing the sentence.
                int e = r;
                while (e < hi && ents.isPerson(e)) e++;
                int rest = e;
                while (rest < hi && tok(rest).kind() == Kind.PUNCT) rest++;
                if (rest == hi) return new Attr(new Np(r, e, null, List.of()), "—", r - 1, true, null, "dash");
            }
            String cue = cueAt(r);
            if (cue != null && cue.endsWith("ing")) return null; // ", echoing a statement": not an attribution
            if (cue != null) {
                if (cue.equals("according to")) {
                    Np np = subjectAfter(r + 1, hi);
                    return np == null ? null : new Attr(np, cue, r, true, null, "right");
                }
                Np np = subjectAfter(r, hi);
                if (np == null) return null;
                return new Attr(np, cue, r, true, channelIn(r, Math.min(hi, r + 16)), "right");
            }
            for (int c = r + 1; c < hi && c - r <= 30; c++) {
                String cc = cueAt(c);
                if (cc == null || cc.equals("according to")) continue;
                if (cc.endsWith("ing")) return null;
                Np np = subjectBefore(c, r);
                if (np != null && np.from() == r) return new Attr(np, cc, c, true, channelIn(r, Math.min(hi, c + 16)), "right");
                // "“Q,” Lucas Paganini, a researcher at the Council on Energy, Environment and Water, told CBS":
                // a name right after the quote, then an appositive of any shape up to the cue.
                int e = r;
                while (e < c && ents.isPerson(e)) e++;
                if (e > r && e < c && tok(e).isPunct(',') && noQuoteOrBreak(e, c)) {
                    String role = e + 1 < c ? trimCommas(e + 1, c) : null;
                    return new Attr(new Np(r, e, role, List.of()), cc, c, true, channelIn(r, Math.min(hi, c + 16)), "right");
                }
                // "“Q,” lead researcher and planetary scientist Lucas Paganini said": role words before the subject.
                if (np != null && np.from() > r && np.from() - r <= 6 && onlyModifiers(r, np.from())) {
                    return new Attr(np, cc, c, true, channelIn(r, Math.min(hi, c + 16)), "right");
                }
                return null;
            }
            return null;
        }

        private boolean noQuoteOrBreak(int from, int to) {
            for (int j = from; j < to; j++) {
                Token u = tok(j);
                if (u.kind() == Kind.QUOTE || u.isPunct(';') || u.isPunct(':')) return false;
                if (u.isWord() && !u.capitalised() && (u.is(WordClass.VERBISH_LOWER) || u.cueLemma() != null
                        || u.lower().equals("that") || u.lower().equals("which"))) return false;
            }
            return true;
        }

        private boolean onlyModifiers(int from, int to) {
            for (int j = from; j < to; j++) {
                Token u = tok(j);
                if (!u.isWord()) return false;
                String b = u.lower();
                if (VERBISH.contains(b) || cueAt(j) != null || (Lexicon.CLAUSE_BREAKS.contains(b) && !b.equals("and"))) return false;
            }
            return true;
        }

        private String trimCommas(int from, int to) {
            while (from < to && !tok(from).isWord()) from++;
            while (to > from && !tok(to - 1).isWord()) to--;
            return from < to ? phrase(from, to) : null;
        }

        /** S said: “Q” / S told X, “Q” / S said that ... “Q” / according to S, “Q” / S: “Q”. */
        Attr attributeLeft(int q) {
            int s0 = sentenceStart(q);
            int lo = s0;
            for (int j = q - 1; j >= s0; j--) if (f.word(j).kind == Kind.QUOTE) { lo = j + 1; break; }
            int lowest = Math.max(lo, q - MAX_CUE_DISTANCE);
            for (int c = q - 1; c >= lowest; c--) {
                String cue = cueAt(c);
                if (cue == null) continue;
                if (tok(c).lower().endsWith("ing") && c > lo && tok(c - 1).isPunct(',')) {
                    // ", suggesting ... “Q”": the participle shares the subject of the main clause.
                    Attr main = attributeLeftBefore(c - 1, lo, q);
                    if (main != null) return main;
                }
                Np np;
                if (cue.equals("according to")) {
                    np = subjectAfter(c + 1, q);
                } else {
                    np = subjectBefore(c, lo);
                    if (np == null && c > lo) {
                        Token p = tok(c - 1);
                        if (p.isWord() && (p.lower().equals("and") || p.lower().equals("but"))
                                || p.is(WordClass.ADVERBS_LOWER)) {
                            Np subj = sentenceSubject(c);
                            if (subj != null && subj.to() <= c) np = subj;
                        }
                    }
                    if (np == null) {
                        // "Omar Lamrani, a senior analyst at Stratfor, the Texas-based firm, told X that Y was “Q”"
                        np = appositiveSubject(c, lo);
                        if (np != null && np.from() < lo) np = null;
                    }
                }
                if (np == null) return null;
                boolean adjacent = isAdjacentLeft(c, q);
                String channel = channelIn(c, q);
                if (channel == null) channel = channelIn(np.to(), c);
                return new Attr(np, cue, c, adjacent, channel, "left");
            }
            // Colon without a verb: "Peskov: “Q”".
            if (q - 1 >= lo && tok(q - 1).isPunct(':')) {
                Np np = subjectBefore(q - 1, lo);
                if (np != null && np.from() == lo && hasPersonOrName(np)) return new Attr(np, ":", q - 1, true, null, "colon");
            }
            return null;
        }

        private Attr attributeLeftBefore(int end, int lo, int q) {
            for (int c = end - 1; c >= lo && c >= end - MAX_CUE_DISTANCE; c--) {
                String cue = cueAt(c);
                if (cue == null || cue.equals("according to")) continue;
                Np np = subjectBefore(c, lo);
                if (np == null) return null;
                return new Attr(np, cue, c, false, channelIn(c, end), "left");
            }
            return null;
        }

        /** The quote opens a clause right after the cue phrase: “...said: “Q”, “...told CNN, “Q”. */
        boolean isAdjacentLeft(int c, int q) {
            Token before = tok(q - 1);
            if (!(before.isPunct(':') || before.isPunct(',') || before.isPunct('—'))) {
                return q == c + 1 && startsUpper(q);
            }
            return startsUpper(q) && q - c <= 12;
        }

        boolean startsUpper(int q) {
            QuoteMarks.Span s = f.quotes.get(tok(q).quote());
            char c = f.chars[s.contentStart()];
            return Character.isUpperCase(c) || Character.isDigit(c) || c == '.' || c == '…';
        }

        /** "... a “just and lasting” peace, Mr Blinken said." — a cue closing the sentence. */
        Attr attributeTrailing(int q) {
            int hi = sentenceEnd(q);
            for (int c = q + 1; c < hi && c - q <= MAX_CUE_DISTANCE; c++) {
                if (tok(c).kind() == Kind.QUOTE) return null;
                String cue = cueAt(c);
                if (cue == null) continue;
                if (cue.equals("according to")) {
                    // "... signed “false certifications” ..., according to court records.": the closing source.
                    if (c == q + 1 || !tok(c - 1).isPunct(',')) continue;
                    Np src = subjectAfter(c + 1, hi);
                    if (src != null && attributionTail(src.to(), hi)) return new Attr(src, cue, c, false, null, "trailing");
                    continue;
                }
                Np np = subjectBefore(c, q + 1);
                if (np == null || np.from() == 0 || !tok(np.from() - 1).isPunct(',')) {
                    if (c > q + 1 && tok(c - 1).isPunct(',') && objectFollows(c)) {
                        // ", telling Cook": Cook listens; the clause before the comma has the speaker.
                        Np subj = clauseSubjectAfterQuote(q, c - 1);
                        if (subj != null) return new Attr(subj, cue, c, false, channelIn(c, hi), "trailing");
                        continue;
                    }
                    // inverted: ", said S."
                    if (c > q + 1 && tok(c - 1).isPunct(',')) {
                        Np inv = subjectAfter(c, hi);
                        if (inv != null) return new Attr(inv, cue, c, false, channelIn(c, hi), "trailing");
                    }
                    continue;
                }
                return new Attr(np, cue, c, false, channelIn(c, hi), "trailing");
            }
            return null;
        }

        // ---------------------------------------------------------------- main decision

        void attribute(int qi) {
            int q = f.quoteToken[qi];
            QuoteMarks.Span span = f.quotes.get(qi);
            int s0 = sentenceStart(q);
            boolean sentenceInitial = true;
            for (int j = s0; j < q; j++) if (f.word(j).kind != Kind.PUNCT) { sentenceInitial = false; break; }
            boolean attributionComma = span.contentEnd() < f.text.length() && span.closed()
                    && f.chars[span.contentEnd()] == ',';
            Attr left = attributeLeft(q);
            Attr right = attributeRight(q);
            if (right != null && startsNewSpeech(q, right)) right = null;
            Attr chosen = null;
            QuoteKind kind = null;
            double conf = 0.9;
            if (right != null && (sentenceInitial || left == null
                    || (!right.cue().equals("according to") && (attributionComma || !left.adjacent() && q - left.cueToken() > 12)))) {
                chosen = right;
                boolean full = sentenceInitial || (q > 0 && (tok(q - 1).isPunct(',') || tok(q - 1).isPunct(':')));
                kind = full ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            } else if (left != null) {
                chosen = left;
                kind = left.adjacent() ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
                if (right != null && right.cue().equals("according to") && chosen.channel() == null) {
                    String ch = phrase(right.np().from(), right.np().to());
                    chosen = new Attr(left.np(), left.cue(), left.cueToken(), left.adjacent(), stripDet(ch), left.via());
                }
                if (isWeak(left.cue()) && !left.adjacent()) conf = 0.7;
            } else if (!(sentenceInitial && closedByFullStop(q))) {
                Attr trailing = attributeTrailing(q);
                if (trailing != null) {
                    chosen = trailing;
                    kind = QuoteKind.PARTIAL;
                    conf = 0.75;
                }
            }
            Speaker speaker = null;
            if (chosen != null) {
                speaker = resolve(chosen.np(), q);
                if (kind == QuoteKind.PARTIAL && looksScare(q, span)) {
                    chosen = null;
                    speaker = null;
                    kind = QuoteKind.SCARE;
                }
            } else {
                // Inheritance: split quotes and quote-only paragraphs continue the previous speaker.
                int prev = qi - 1;
                // “Q1,” S said on “Show”. “Q2.” — skip a few scare quotes (bounded: linear time).
                for (int skips = 0; prev >= 0 && kinds[prev] == QuoteKind.SCARE && skips < 3; skips++) prev--;
                // “Q.” He declined to ...: a quote that closes its own sentence stands alone in it.
                boolean onlyQuotesInSentence = !f.sentenceHasWord[f.sentenceOf[q]]
                        || sentenceInitial && left == null && right == null && closedByFullStop(q);
                if (prev >= 0 && speakers[prev] != null && attrs[prev] != null) {
                    int pq = f.quoteToken[prev];
                    int ps = f.sentenceOf[pq], qs = f.sentenceOf[q];
                    boolean sameSentence = ps == qs;
                    boolean gapIsQuotesOnly = true; // sentences between the two quotes hold no words
                    for (int gs = ps + 1; gs < qs && gapIsQuotesOnly; gs++) {
                        if (f.sentenceHasWord[gs] || gs - ps > 8) gapIsQuotesOnly = false;
                    }
                    boolean samePara = tok(pq).lastPara() == tok(q).para();
                    boolean quoteParagraphAfter = paragraphIsOnlyQuotes(tok(q).para())
                            && tok(pq).lastPara() == tok(q).para() - 1
                            && noCueBetween(f.sentenceStarts[ps + 1] - 1, q);
                    if (sameSentence && kinds[prev] != QuoteKind.SCARE) {
                        chosen = attrs[prev];
                        speaker = speakers[prev];
                        kind = kinds[prev];
                        conf = 0.8;
                    } else if (sentenceInitial && onlyQuotesInSentence
                            && ((samePara && gapIsQuotesOnly) || quoteParagraphAfter)) {
                        chosen = attrs[prev];
                        speaker = speakers[prev];
                        kind = QuoteKind.DIRECT;
                        conf = 0.8;
                    }
                }
                if (chosen == null && onlyQuotesInSentence && paragraphIsOnlyQuotes(tok(q).para()) && tok(q).para() > 0) {
                    // The previous paragraph ends with "S said:" — its speaker introduces this quote.
                    int lastPrev = f.sentenceStarts[f.sentenceOf[q]] - 1;
                    if (lastPrev >= 0 && tok(lastPrev).isPunct(':')) {
                        int c = -1;
                        for (int j = lastPrev - 1; j >= sentenceStart(lastPrev) && j >= lastPrev - 16; j--) {
                            if (cueAt(j) != null) { c = j; break; }
                        }
                        if (c >= 0) {
                            Np np = subjectBefore(c, sentenceStart(lastPrev));
                            if (np != null) {
                                chosen = new Attr(np, cueAt(c), c, true, channelIn(c, lastPrev), "colon-paragraph");
                                speaker = resolve(np, q);
                                kind = QuoteKind.DIRECT;
                                conf = 0.8;
                            }
                        }
                    }
                }
                if (chosen == null && sentenceInitial && onlyQuotesInSentence && startsUpper(q)) {
                    // "The cell, Herbert said, is always sensing. “Once the products go out of whack ...”":
                    // a quote-only sentence right after reported speech continues its speaker.
                    Attr before = reportedSpeechBefore(q);
                    if (before != null) {
                        chosen = before;
                        speaker = resolve(before.np(), q);
                        kind = QuoteKind.DIRECT;
                        conf = 0.7;
                    }
                }
                if (chosen == null && sentenceInitial && paragraphIsOnlyQuotes(tok(q).para())) {
                    // Pull-quote layout: the quote paragraph, then "Name, role." or "Name said." below it.
                    Attr below = speakerInNextParagraph(q);
                    if (below != null) {
                        chosen = below;
                        speaker = resolve(below.np(), q);
                        kind = QuoteKind.DIRECT;
                        conf = 0.7;
                    }
                }
                if (chosen == null && sentenceInitial && startsUpper(q)
                        && (paragraphIsOnlyQuotes(tok(q).para()) || onlyQuotesInSentence) && !titleCase(span)) {
                    // A quote-only paragraph with no cue, in a piece that quotes one person at a time:
                    // the last direct speaker, when nobody else has been named since.
                    int last = qi - 1;
                    while (last >= 0 && last > qi - 8 && (kinds[last] == QuoteKind.SCARE || speakers[last] == null)) last--;
                    if (last >= 0 && last > qi - 8 && kinds[last] == QuoteKind.DIRECT && speakers[last].person() != null
                            && tok(q).para() - tok(f.quoteToken[last]).lastPara() <= 6
                            && nobodyElseNamed(f.quoteToken[last], q, speakers[last].person())) {
                        chosen = attrs[last];
                        speaker = speakers[last];
                        kind = QuoteKind.DIRECT;
                        conf = 0.5;
                    }
                }
                if (chosen == null && !sentenceInitial && !titleCase(span) && !looksScare(q, span)
                        && news.model.Words.count(f.quoteContent(qi)) >= 2) {
                    // A fragment in the sentence right after an attributed quote of the same paragraph,
                    // nobody else named since: the speaker goes on ("..., says analyst Ken Doctor.
                    // That has produced a strategy of “continuous cost-cutting”").
                    int last = qi - 1;
                    while (last >= 0 && last > qi - 4 && kinds[last] == QuoteKind.SCARE) last--;
                    if (last >= 0 && last > qi - 4 && speakers[last] != null && speakers[last].person() != null
                            && kinds[last] != QuoteKind.SCARE && tok(f.quoteToken[last]).lastPara() == tok(q).para()
                            && f.sentenceOf[q] - f.sentenceOf[f.quoteToken[last]] == 1
                            && nobodyElseNamed(f.quoteToken[last], q, speakers[last].person())) {
                        chosen = attrs[last];
                        speaker = speakers[last];
                        kind = QuoteKind.PARTIAL;
                        conf = 0.5;
                    }
                }
                if (chosen == null && !sentenceInitial && !titleCase(span) && !looksScare(q, span)
                        && news.model.Words.count(f.quoteContent(qi)) >= 4) {
                    // "..., Howitt says. Just because scientists ..., “that doesn’t mean that’s the order ...”":
                    // a clause-long fragment right after reported speech goes on with its speaker.
                    Attr before = reportedSpeechBefore(q);
                    if (before != null) {
                        chosen = before;
                        speaker = resolve(before.np(), q);
                        kind = QuoteKind.PARTIAL;
                        conf = 0.5;
                    }
                }
                if (chosen == null) {
                    int words = news.model.Words.count(f.quoteContent(qi));
                    if (sentenceInitial && startsUpper(q) && words >= 6 && !titleCase(span)) {
                        kind = QuoteKind.DIRECT; // a statement we cannot attribute
                        conf = 0.3;
                    } else {
                        kind = QuoteKind.SCARE;
                    }
                }
            }
            if (kind == QuoteKind.PARTIAL && (looksScare(q, span) || attributive(q, span, chosen) || naming(q))) {
                chosen = null;
                kind = QuoteKind.SCARE;
            }
            if (kind == QuoteKind.SCARE) {
                speaker = null;
                conf = titleCase(span) || looksScare(q, span) ? 0.8 : 0.6;
            } else if (speaker != null) {
                conf = Math.min(conf, speaker.confidence());
            } else if (chosen != null) {
                conf = Math.min(conf, 0.4);
            }
            attrs[qi] = kind == QuoteKind.SCARE ? null : chosen;
            speakers[qi] = kind == QuoteKind.SCARE ? null : speaker;
            kinds[qi] = kind;
            if (speaker != null && speaker.person() != null) addSpeakerMention(q, speaker.person());
            noteOrgSpeaker(q, speaker);
            String cue = chosen == null ? null : chosen.cue();
            // A quote run over paragraphs is one record per paragraph (each its own statement, same speaker).
            for (int p = span.firstParagraph(); p <= span.lastParagraph(); p++) {
                int a = Math.max(span.contentStart(), f.paraStart[p]), b = Math.min(span.contentEnd(), f.paraEnd[p]);
                if (p > span.firstParagraph()) {
                    while (a < b && Character.isWhitespace(f.chars[a])) a++;
                    if (a < b && isOpeningMark(f.chars[a])) a += QuoteMarks.markWidth(f.chars, a);
                }
                while (a < b && Character.isWhitespace(f.chars[a])) a++;
                while (b > a && Character.isWhitespace(f.chars[b - 1])) b--;
                if (b <= a) continue;
                out.add(new Quote(articleId, f.text.substring(a, b), speaker == null ? null : speaker.name(),
                        speaker == null ? null : speaker.mention(), speaker == null ? null : speaker.role(),
                        cue, chosen == null ? null : chosen.channel(), kind, p, a, b, round(conf)));
            }
        }

        static boolean isOpeningMark(char c) {
            return c == '“' || c == '"' || c == '„' || c == '‟' || c == '‘' || c == '\'' || c == '«' || c == '`';
        }

        /** A strong cue with a subject in the sentence before q (same paragraph, or the last one of the previous paragraph). */
        Attr reportedSpeechBefore(int q) {
            int s = f.sentenceOf[q];
            if (s == 0) return null;
            int p0 = f.sentenceStarts[s - 1], p1 = f.sentenceStarts[s];
            if (p1 - p0 > 80) return null;
            boolean samePara = tok(p1 - 1).lastPara() == tok(q).para();
            if (!samePara && !(paragraphIsOnlyQuotes(tok(q).para()) && tok(p1 - 1).lastPara() == tok(q).para() - 1)) return null;
            for (int j = p0; j < p1; j++) if (f.word(j).kind == Kind.QUOTE) return null;
            for (int c = p0; c < p1; c++) {
                String cue = cueAt(c);
                if (cue == null || cue.equals("according to") || isWeak(cue) || cue.endsWith("ing")) continue;
                Np np = subjectBefore(c, p0);
                if (np == null) continue;
                return new Attr(np, cue, c, false, null, "reported-before");
            }
            return null;
        }

        /**
         * The paragraph after a quote-only paragraph names its speaker: a short line that is a
         * person's name with an optional role ("Ida Holm, mayor of Tartu."), or "Name said." /
         * "said Name." alone.
         */
        Attr speakerInNextParagraph(int q) {
            int para = tok(q).lastPara();
            int k = q + 1;
            while (k < ts.size() && tok(k).para() == para) k++;
            if (k >= ts.size() || tok(k).para() != para + 1) return null;
            int e = k;
            while (e < ts.size() && tok(e).para() == para + 1 && e - k <= 16) e++;
            if (e - k > 16 || e < ts.size() && tok(e).para() == para + 1) return null;
            for (int j = k; j < e; j++) if (f.word(j).kind == Kind.QUOTE) return null;
            // "Name, role." : a person's name opens the line, then a comma or the end.
            int n = k;
            while (n < e && ents.isPerson(n)) n++;
            if (n > k && (n == e || tok(n).isPunct(',') || tok(n).isPunct('.') && n + 1 == e)) {
                boolean cue = false;
                for (int j = n; j < e; j++) if (tok(j).isWord() && cueAt(j) != null) cue = true;
                if (!cue) {
                    String role = n + 1 < e && tok(n).isPunct(',') ? trimCommas(n + 1, e) : null;
                    return new Attr(new Np(k, n, role, List.of()), null, k, false, null, "pull-quote");
                }
            }
            // "Holm said." / "said Ida Holm."
            int last = e;
            while (last > k && tok(last - 1).kind() == Kind.PUNCT) last--;
            if (last - k <= 6 && last > k) {
                if (cueAt(last - 1) != null) {
                    Np np = subjectBefore(last - 1, k);
                    if (np != null && np.from() == k) return new Attr(np, cueAt(last - 1), last - 1, false, null, "next-paragraph");
                } else if (cueAt(k) != null) {
                    Np np = subjectAfter(k, last);
                    if (np != null && np.to() == last) return new Attr(np, cueAt(k), k, false, null, "next-paragraph");
                }
            }
            return null;
        }

        /** No person other than p is mentioned between tokens a and b (looked at up to 64 mentions). */
        boolean nobodyElseNamed(int a, int b, Person p) {
            int from = ents.mentions.countBefore(a + 1), to = ents.mentions.countBefore(b);
            if (to - from > 64) return false;
            for (int i = from; i < to; i++) {
                Mention m = ents.mentions.get(i);
                if (m.person() == p || isHeading(tok(m.token()).para())) continue; // "3. Armrest Adjustability"
                return false; // another person, or an organisation, named since
            }
            return true;
        }

        /** A subhead: a short paragraph with no sentence end ("Economic Outlook", "3. Armrest Adjustability"). */
        boolean isHeading(int para) {
            int a = f.paraStart[para], b = f.paraEnd[para];
            while (b > a && Character.isWhitespace(f.chars[b - 1])) b--;
            if (b <= a || b - a > 80) return false;
            char last = f.chars[b - 1];
            return last != '.' && last != '!' && last != '?' && last != '”' && last != '"' && last != ':';
        }

        boolean noCueBetween(int a, int b) {
            for (int j = a + 1; j < b; j++) if (tok(j).kind() == Kind.WORD && cueAt(j) != null) return false;
            return true;
        }

        boolean paragraphIsOnlyQuotes(int para) {
            // tokens of a paragraph are contiguous; find them around any quote of this paragraph
            int from = f.paraStart[para], to = f.paraEnd[para];
            int lo = 0, hi = ts.size();
            while (lo < hi) { // first token starting at or after from
                int mid = (lo + hi) >>> 1;
                if (f.start(mid) < from) lo = mid + 1; else hi = mid;
            }
            boolean any = false;
            for (int j = lo; j < ts.size() && f.start(j) < to && j - lo < 64; j++) {
                if (f.word(j).kind == Kind.WORD) return false;
                if (f.word(j).kind == Kind.QUOTE) any = true;
            }
            return any;
        }

        boolean titleCase(QuoteMarks.Span s) {
            String c = f.text.substring(s.contentStart(), s.contentEnd());
            String[] words = Frame.splitOnWhitespace(c);
            if (words.length < 2 || words.length > 8) return false;
            for (String w : words) {
                if (w.isEmpty()) continue;
                String lw = w.toLowerCase(Locale.ROOT);
                if (TITLE_SMALL_WORDS.contains(lw)) continue;
                if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
            }
            return true;
        }

        /** Short quote after a possessive or a naming word: China’s “peace plan”, the documentary 'The A Word'. */
        boolean looksScare(int q, QuoteMarks.Span span) {
            if (titleCase(span)) return true;
            int words = news.model.Words.count(f.text.substring(span.contentStart(), span.contentEnd()));
            if (words > 4 || q == 0) return false;
            Token p = tok(q - 1);
            if (!p.isWord()) return false;
            return p.possessive() || p.is(WordClass.SCARE_BEFORE_LOWER);
        }

        /**
         * A name given, not words said: the quote right after a naming verb with no object between ("a
         * phenomenon they called “weird generalizations”", "HP is called “feather duvet lung”"). "called it
         * a “Y”" keeps its object and stays a partial quote.
         */
        boolean naming(int q) {
            if (q == 0 || !tok(q - 1).isWord()) return false;
            String lemma = tok(q - 1).cueLemma();
            String b = tok(q - 1).lower();
            return "call".equals(lemma) || "term".equals(lemma) || "label".equals(lemma) || "brand".equals(lemma)
                    || b.equals("dubbed") || b.equals("named") || b.equals("nicknamed") || b.equals("titled")
                    || b.equals("entitled");
        }

        /** A short quote used as a modifier after a weak cue: critics called it a “cash for access” scheme. */
        boolean attributive(int q, QuoteMarks.Span span, Attr chosen) {
            if (chosen == null || !isWeak(chosen.cue())) return false;
            if (chosen.cue().equalsIgnoreCase("called") && chosen.cueToken() + 1 < ts.size()
                    && tok(chosen.cueToken() + 1).lower().equals("for")) return false;
            if (news.model.Words.count(f.text.substring(span.contentStart(), span.contentEnd())) > 4) return false;
            if (q + 1 >= ts.size() || f.sentenceOf[q + 1] != f.sentenceOf[q]) return false;
            Token n = tok(q + 1);
            if (!n.isWord() || n.capitalised()) return false;
            String b = n.lower();
            return !(Lexicon.CLAUSE_BREAKS.contains(b) || PREPOSITIONS.contains(b) || VERBISH.contains(b)
                    || Lexicon.ADVERBS.contains(b) || Lexicon.FUNCTION_WORDS.contains(b) || cueAt(q + 1) != null);
        }

    }
}
