package news.quotes;

import java.util.List;
import java.util.Set;
import news.quotes.Frame.Kind;
import news.quotes.Frame.Token;

/**
 * Attribution, stage 4: indirect speech (S said (that) P, P, S said, according to S, P) in
 * sentences without quote marks, with its content span and resolved speaker.
 */
abstract class IndirectSpeech extends SpeakerResolver {
    IndirectSpeech(String articleId, Frame f) {
        super(articleId, f);
    }

    // ---------------------------------------------------------------- indirect speech

    /**
     * Indirect speech in a sentence without quote marks: "P, S said [tail]." / "P, said S." /
     * "P, according to S." (the attribution closes the sentence), "According to S, P.",
     * "[...] S said [to X] [that] P [, but ...]" (the subject opens the sentence or a clause),
     * and "..., saying/adding that P" (the participle shares the subject of the sentence).
     * Say-type cues only. At most two per sentence, in text order, not overlapping.
     */
    void indirectIn(int s, List<Quote> sink) {
        int s0 = f.sentenceStarts[s], s1 = f.sentenceStarts[s + 1];
        int firstQuote = -1, lastQuote = -1;
        for (int j = s0; j < s1; j++) {
            if (f.word(j).kind == Kind.QUOTE) {
                if (firstQuote < 0) firstQuote = j;
                lastQuote = j;
            } else if (tok(j).isPunct('?')) return;
        }
        if (firstQuote < 0) {
            indirectRegion(s0, s1, sink);
            return;
        }
        // Quotes of the sentence are outside the regions looked at: before them, up to a full stop the
        // splitter took for an abbreviation ("... inspector general. But she acknowledged “Q”") or to a
        // comma before a new cue ("Liu said that P, warning: “Q”") ...
        for (int j = firstQuote - 1; j > s0 + 5; j--) {
            if (tok(j).isPunct('.') && tok(j + 1).capitalised() && tok(j - 1).isWord() && tok(j - 1).text().length() > 3
                    || (tok(j).isPunct(',') || tok(j).isPunct(';')) && cueAt(j + 1) != null) {
                indirectRegion(s0, j + 1, sink);
                break;
            }
        }
        // ... after them: a new sentence the splitter kept with a quote that closes its own ("“Q.” Smith
        // said P"), or a clause with its own subject ("While the “Meth.” campaign ..., she said P").
        if (lastQuote + 1 < s1) {
            QuoteMarks.Span last = f.quotes.get(tok(lastQuote).quote());
            boolean newSentence = tok(lastQuote + 1).isWord() && tok(lastQuote + 1).capitalised() && last.closed()
                    && last.contentEnd() > last.contentStart() && ".!?".indexOf(f.chars[last.contentEnd() - 1]) >= 0;
            indirectRegion(lastQuote + 1, s1, sink, newSentence);
        }
    }

    void indirectRegion(int s0, int s1, List<Quote> sink) {
        indirectRegion(s0, s1, sink, true);
    }

    /**
     * Indirect speech in tokens [s0, s1) of one sentence, which hold no quote. When the region does
     * not start a clause (it follows a quote inside the sentence: "the “Bad Blood” songstress ..."),
     * only a frame whose subject opens a clause inside it ("..., she said P"), the sentence's subject
     * ("and said P", ", saying P") count.
     */
    void indirectRegion(int s0, int s1, List<Quote> sink, boolean clauseStart) {
        if (s1 - s0 < 6 || s1 - s0 > 150) return;
        int end = s1;
        while (end > s0 && tok(end - 1).kind() == Kind.PUNCT) end--;
        // Most sentences hold no word that can frame speech: one pass over cached look-ups rules them out.
        boolean trigger = false;
        for (int j = s0; j < end && !trigger; j++) {
            Token u = tok(j);
            trigger = u.isWord() && (u.cueLemma() != null || u.is(WordClass.INDIRECT_TRIGGERS_LOWER));
        }
        if (!trigger) return;
        if (clauseStart) {
            Quote trailing = indirectTrailing(s0, end);
            if (trailing != null) {
                sink.add(trailing);
                return;
            }
            if (indirectParenthetical(s0, end, sink) || indirectAs(s0, end, sink)) return;
        }
        int from = s0;
        for (int n = 0; n < 2 && from < end; n++) {
            int[] next = new int[1];
            Quote q = indirectLeading(s0, from, end, next, clauseStart);
            if (q == null) break;
            sink.add(q);
            from = next[0];
        }
        if (from == s0) indirectNoun(s0, end, sink);
    }

    /** Copulas that follow a subject noun clause ("the claim that P [is] false"). */
    static final Set<String> MAIN_VERBS = Lexicon.set("is", "was", "are", "were", "remains", "remained", "seems",
            "seemed", "proved", "appears", "appeared");

    /** Nouns of saying that take a that-clause: "his claim that P", "Schiff’s assertion that P". */
    private static final String[] REPORT_NOUNS_LIST = {"claim", "claims", "assertion", "assertions", "admission",
            "testimony", "statement", "declaration", "charge", "charges", "allegation", "allegations", "insistence",
            "warning", "warnings", "promise", "promises", "pledge", "argument", "suggestion", "contention",
            "announcement", "acknowledgment", "acknowledgement", "denial", "assurance", "assurances", "prediction",
            "complaint", "boast", "vow", "remarks", "comments", "message"};
    static final Set<String> REPORT_NOUNS = Lexicon.set(REPORT_NOUNS_LIST);

    /** Words besides the cue lexicon that can frame indirect speech (that-clause verbs, nouns of saying, "per"). */
    static final Set<String> TRIGGERS;

    static {
        java.util.HashSet<String> t = new java.util.HashSet<>(Lexicon.THAT_CUE_FORMS.keySet());
        t.addAll(REPORT_NOUNS);
        t.add("according");
        t.add("per");
        TRIGGERS = Set.copyOf(t);
    }


    /**
     * "Schiff’s astounding assertion that P", "his claim that P", "a declaration by China's health
     * chiefs that P": a noun of saying with its owner (a possessive, or "by S") and its that-clause.
     * Without an owner ("the claim that P") nobody is named, and nothing is reported.
     */
    void indirectNoun(int s0, int end, List<Quote> sink) {
        for (int t = s0 + 1; t < end - 3; t++) {
            if (!tok(t).isWord() || !tok(t).lower().equals("that") || !tok(t - 1).isWord()) continue;
            Speaker sp = null;
            int c = -1;
            String cue = null;
            if (REPORT_NOUNS.contains(tok(t - 1).lower())) {
                c = t - 1;
                int d = c - 1;
                while (d >= s0 && d > c - 4 && tok(d).isWord() && !tok(d).possessive()
                        && !POSSESSIVE_PRONOUNS.contains(tok(d).lower()) && !tok(d).capitalised()
                        && !tok(d).is(WordClass.DETERMINERS_LOWER)) d--; // "own", "astounding", "repeated"
                if (d < s0 || !tok(d).isWord()) continue;
                Token o = tok(d);
                if (POSSESSIVE_PRONOUNS.contains(o.lower())) {
                    String pr = o.lower();
                    sp = resolvePronoun(pr.equals("his") ? "he" : pr.equals("her") ? "she" : "they", o.text(), d);
                } else if (o.possessive() && o.capitalised()) {
                    int a = d;
                    while (a > s0 && tok(a - 1).capitalised() && !tok(a - 1).possessive() && d - a < 4) a--;
                    sp = resolve(new Np(a, d + 1, null, List.of()), c);
                    if (sp.name() != null && sp.person() == null && (sp.name().endsWith("’s") || sp.name().endsWith("'s"))) {
                        String bare = sp.name().substring(0, sp.name().length() - 2); // "China’s declaration"
                        sp = new Speaker(bare, sp.mention(), sp.role(), null, bare, sp.confidence());
                    }
                }
            } else {
                // "a declaration by China's health chiefs that P"
                for (int m = t - 2; m > s0 && m >= t - 9; m--) {
                    if (!tok(m).isWord() || !tok(m).lower().equals("by") || !REPORT_NOUNS.contains(tok(m - 1).lower())) continue;
                    Np owner = subjectAfter(m, t);
                    if (owner != null && owner.to() == t) {
                        c = m - 1;
                        sp = resolve(owner, c);
                    }
                    break;
                }
            }
            if (sp == null || sp.name() == null) continue;
            cue = tok(c).text();
            if (!surelyClause(t + 1, end) && !clauseLike(t + 1, end)) continue;
            // "Schiff’s assertion that he doesn’t know the name [is as hard to believe]": the clause of
            // a subject noun ends before the main verb, a second finite verb with no conjunction before it.
            int stop = end;
            boolean verb = false;
            for (int j = t + 1; j < end; j++) {
                Token u = tok(j);
                if (!u.isWord()) {
                    verb = false; // "in 2010 – after Epstein was released": a clause of its own
                    continue;
                }
                if (FRAME_OPENERS.contains(u.lower()) || Lexicon.CLAUSE_BREAKS.contains(u.lower())
                        || u.lower().equals("who") || u.lower().equals("which")) verb = false;
                if (verb && MAIN_VERBS.contains(u.lower()) && !Lexicon.CLAUSE_BREAKS.contains(tok(j - 1).lower())
                        && tok(j - 1).isWord()) {
                    stop = j;
                    break;
                }
                if (finiteVerb(u) || contraction(u.lower())) verb = true;
            }
            int[] next = new int[1];
            Quote q = indirectContent(null, cue, c, t + 1, stop, true, next, sp);
            if (q != null) {
                sink.add(q);
                return;
            }
        }
    }

    /** "P, S said [tail]" / "P, said S [tail]" / "P, according to S": the last comma before the attribution. */
    Quote indirectTrailing(int s0, int end) {
        int lowest = Math.max(s0 + 4, end - 30);
        for (int k = end - 2; k >= lowest; k--) {
            if (!tok(k).isPunct(',')) continue;
            int r = k + 1;
            Np np = null;
            int cueTok = -1, after = -1;
            String cue = cueAt(r);
            if ("according to".equals(cue)) {
                np = subjectAfter(r + 1, end);
                cueTok = r;
                if (np != null) after = np.to();
            } else if (cue != null && strongIndirectCue(r)) {
                np = subjectAfter(r, end); // ", said S" (not ", said he's pleased")
                cueTok = r;
                if (np != null && np.to() - np.from() == 1 && tok(np.from()).is(WordClass.PRONOUNS_LOWER)) np = null;
                if (np != null && tok(np.from()).lower().contains("’") || np != null && tok(np.from()).lower().contains("'")) np = null;
                if (np != null) after = np.to();
            } else {
                for (int c = r + 1; c < end && c - r <= 20; c++) {
                    String cc = cueAt(c);
                    if (cc == null) continue;
                    if (cc.equals("according to") || !strongIndirectCue(c)) break;
                    Np cand = subjectBefore(c, r);
                    if (cand != null && cand.from() == r && closingCueTail(c + 1, end)) {
                        np = cand;
                        cue = cc;
                        cueTok = c;
                        after = c + 1;
                    }
                    break;
                }
            }
            if (np == null) continue;
            if (!attributionTail(after, end)) return null;
            int from = s0;
            while (from < k && !tok(from).isWord()) from++;
            if (k - from < 4 || !clauseLike(from, k)) return null;
            // "While that progress lags, Cook said ..." / "In an interview, Webb confessed ...": an
            // introductory phrase before the comma is no reported clause.
            // "While the dollar was supported by ..., the greenback may ..., said S": an introductory
            // clause closed by its own comma, then the main clause, is reported speech whole.
            if (INTRODUCERS.contains(tok(from).lower()) && !mainClauseAfterIntro(from, k)) return null;
            return indirectQuote(np, cue, cueTok, from, k);
        }
        return null;
    }

    /** Connectives that open a sentence without being part of what was said ("Meanwhile, Doctor says, P"). */
    static final Set<String> CONNECTIVES = Lexicon.set("meanwhile", "however", "instead", "still", "now", "so",
            "but", "and", "also", "moreover", "indeed", "thus", "therefore", "yet", "besides", "then", "overall",
            "ultimately", "finally", "first", "second", "today", "here", "again", "otherwise", "nevertheless",
            "nonetheless", "similarly", "likewise", "furthermore", "additionally", "or");

    /**
     * "X, S said, Y." / "X, says S, ROLE, Y." / "X, according to S, Y.": an attribution set off by commas
     * inside the sentence; X and Y are two spans of what S said (as a split direct quote is two quotes).
     * Y must read as the rest of the clause (a verb, or a clause of its own); a lone connective X
     * ("Meanwhile, Doctor says, P") is not reported. Y opened by "and"/"but" is narration: X alone.
     */
    boolean indirectParenthetical(int s0, int end, List<Quote> sink) {
        int from = s0;
        while (from < end && !tok(from).isWord()) from++;
        for (int k = from + 1; k < end - 3 && k < from + 60; k++) {
            if (!tok(k).isPunct(',')) continue;
            int r = k + 1;
            String cue = cueAt(r);
            Np np = null;
            int cueTok = -1, after = -1;
            if ("according to".equals(cue)) {
                np = subjectAfter(r + 1, end);
                cueTok = r;
                if (np != null) after = np.to();
            } else if (tok(r).isWord() && tok(r).lower().equals("per") && r + 1 < end
                    && (tok(r + 1).capitalised() || tok(r + 1).lower().equals("the"))) {
                np = subjectAfter(r, end); // ", per the WHO, "
                cue = tok(r).text();
                cueTok = r;
                if (np != null) after = np.to();
            } else if (cue != null && parentheticalCue(r)) {
                np = subjectAfter(r, end); // ", says Richard Locksley, an immunologist at ..., "
                cueTok = r;
                if (np != null && np.to() - np.from() == 1 && tok(np.from()).is(WordClass.PRONOUNS_LOWER)) np = null;
                if (np != null) after = np.to();
            } else if (tok(r).isWord()) {
                for (int c = r + 1; c < end && c <= r + 8; c++) {
                    String cc = cueAt(c);
                    if (cc == null) continue;
                    if (!cc.equals("according to") && parentheticalCue(c)) {
                        Np cand = subjectBefore(c, r);
                        if (cand != null && cand.from() == r) {
                            np = cand;
                            cue = cc;
                            cueTok = c;
                            after = skipTime(c + 1, end);
                            if ("tell".equals(tok(c).cueLemma()) || "ask".equals(tok(c).cueLemma())) {
                                after = listenerEnd(after, end);
                            }
                        }
                    }
                    break;
                }
            }
            if (np == null) continue;
            // Past an appositive after an inverted speaker: ", an immunologist at the University of X, San Francisco,".
            int close = after;
            if (close < end && tok(close).isPunct(',') && cueTok == r && !"according to".equals(cue)) {
                int m = close + 1;
                int commas = 0;
                while (m < end && m < close + 24) {
                    Token u = tok(m);
                    if (u.isPunct(',')) {
                        commas++;
                        if (m + 1 < end && verbPhraseStart(m + 1, end)) break;
                    } else if (!u.isWord() || finiteVerb(u) || u.isWord() && u.lower().equals("who")) {
                        m = end;
                        break;
                    }
                    m++;
                }
                if (m >= end || commas == 0 && !tok(m).isPunct(',')) return false;
                close = m;
            }
            if (close >= end - 1 || !tok(close).isPunct(',')) return false;
            int y = close + 1;
            Token yFirst = tok(y);
            boolean narration = yFirst.isWord() && (yFirst.lower().equals("and") || yFirst.lower().equals("but"));
            if (!narration && !restOfClause(y, end) || narration && k - from < 3) return false;
            boolean connective = k - from == 1 && (CONNECTIVES.contains(tok(from).lower()) || tok(from).lower().endsWith("ly"));
            if (from > s0 && tok(from - 1).kind() == Kind.QUOTE) return false;
            boolean any = false;
            if (!connective) {
                Quote x = indirectPiece(np, cue, cueTok, from, k);
                if (x != null) {
                    sink.add(x);
                    any = true;
                }
            }
            if (!narration) {
                int[] next = new int[1];
                Quote rest = indirectContent(np, cue, cueTok, y, end, true, next);
                if (rest != null) {
                    sink.add(rest);
                    any = true;
                }
            }
            return any;
        }
        return false;
    }

    /** A cue set off by commas: any speech verb but the ones that take a noun phrase ("X, she wrote, Y"). */
    boolean parentheticalCue(int c) {
        String lemma = tok(c).cueLemma();
        return lemma != null && !tok(c).lower().endsWith("ing") && !NP_CUES.contains(lemma) && !lemma.equals("ask")
                && !lemma.equals("read");
    }

    /** Y of "X, S said, Y": a verb phrase ("is the flow of drugs"), "that P", or a clause of its own. */
    boolean restOfClause(int y, int end) {
        if (verbPhraseStart(y, end)) return true;
        Token u = tok(y);
        return u.isWord() && !u.is(WordClass.PREPOSITIONS_LOWER) && (clauseLike(y, end) || gerundSubject(y, end));
    }

    /** "is the flow of drugs", "helps direct ...", "that P": the rest of a clause whose subject came before. */
    boolean verbPhraseStart(int y, int end) {
        if (y >= end || !tok(y).isWord()) return false;
        Token u = tok(y);
        String b = u.lower();
        if (b.equals("that")) return y + 1 < end && tok(y + 1).isWord();
        return !u.capitalised() && (finiteVerb(u) || VERBISH.contains(b) && !b.equals("not") && !b.equals("being")
                || b.endsWith("s") && !b.endsWith("ss") && !b.endsWith("us") && y + 1 < end && tok(y + 1).isWord()
                && !u.is(WordClass.PREPOSITIONS_LOWER) && !u.is(WordClass.DETERMINERS_LOWER));
    }

    /** "being able to taste ... gives the body more chances": a gerund subject, then a finite verb. */
    boolean gerundSubject(int y, int end) {
        Token u = tok(y);
        if (!u.isWord() || u.capitalised() || !u.lower().endsWith("ing") || u.cueLemma() != null) return false;
        for (int j = y + 1; j < end && j <= y + 12; j++) {
            if (!tok(j).isWord()) return false;
            String b = tok(j).lower();
            boolean past = b.endsWith("ed") && !Lexicon.FINITE_FORMS.contains(b);
            if (!past && (finiteVerb(tok(j)) || verbPhraseStart(j, end) && j > y + 2)) return true;
        }
        return false;
    }

    /** A span of reported speech of any length (the X of "X, S said, Y" may be one word: "That, Audi says, ..."). */
    Quote indirectPiece(Np np, String cue, int c, int from, int to) {
        while (to > from && tok(to - 1).kind() == Kind.PUNCT) to--;
        if (to <= from) return null;
        Speaker sp = resolve(np, c);
        int start = tok(from).start(), e = tok(to - 1).end();
        if (sp.person() != null) addSpeakerMention(c, sp.person());
        noteOrgSpeaker(c, sp);
        return new Quote(articleId, f.text.substring(start, e), sp.name(), sp.mention(), sp.role(), cue,
                channelIn(c, Math.min(ts.size(), c + 12)), QuoteKind.INDIRECT, tok(from).para(), start, e,
                round(Math.min(0.6, sp.confidence())));
    }

    /**
     * "As S notes, P" / "As S points out in its teardown, P" / "..., as S reports for NPR, P": an "as"
     * clause naming the speaker, then what was said. The "as" opens the sentence or follows a comma
     * or semicolon.
     */
    boolean indirectAs(int s0, int end, List<Quote> sink) {
        for (int a = s0; a < end - 4 && a < s0 + 20; a++) {
            Token t = tok(a);
            if (!t.isWord() || !t.lower().equals("as")) continue;
            if (a > s0 && !(tok(a - 1).isPunct(',') || tok(a - 1).isPunct(';'))) continue;
            for (int c = a + 2; c < end && c <= a + 14; c++) {
                Token v = tok(c);
                if (!v.isWord() || v.capitalised()) continue;
                String cue = cueAt(c);
                boolean ok = cue != null && !cue.equals("according to") && !v.lower().endsWith("ing")
                        && !NP_CUES.contains(v.cueLemma() == null ? "" : v.cueLemma())
                        || Lexicon.THAT_CUE_FORMS.containsKey(v.lower()) && !v.lower().endsWith("ing");
                if (!ok) {
                    if (finiteVerb(v)) break;
                    continue;
                }
                int vs = c;
                while (vs > a + 1 && tok(vs - 1).isWord() && AUXILIARIES.contains(tok(vs - 1).lower())) vs--;
                Np np = subjectBefore(vs, a + 1);
                if (np == null || np.from() != a + 1) break;
                // After the cue: "out", a short phrase ("in its teardown", "for NPR"), then the comma.
                int m = c + 1;
                while (m < end && m <= c + 10 && !tok(m).isPunct(',')) {
                    if (!tok(m).isWord() || finiteVerb(tok(m)) || tok(m).lower().equals("that")) { m = end; break; }
                    m++;
                }
                if (m >= end - 3 || !tok(m).isPunct(',') || !(clauseLike(m + 1, end) || gerundSubject(m + 1, end))) break;
                int[] next = new int[1];
                Quote q = indirectContent(np, cue == null ? v.text() : cue, c, m + 1, end, true, next);
                if (q == null) break;
                sink.add(q);
                return true;
            }
        }
        return false;
    }

    /** Between from and k: a comma after at least three words, then a clause of its own. */
    boolean mainClauseAfterIntro(int from, int k) {
        for (int j = from + 3; j < k - 3; j++) {
            if (tok(j).isPunct(',') && clauseLike(j + 1, k) && (surelyClause(j + 1, k) || lowerCaseSubject(j + 1, k))) return true;
        }
        return false;
    }

    /** Words that open an introductory phrase, not a clause ("Instead of ...", "To avoid ..."). */
    static final Set<String> INTRODUCERS = Lexicon.set("instead", "to", "despite", "unlike", "like", "amid",
            "following", "according", "if", "unless", "whether", "even", "in", "on", "at", "during", "after",
            "before", "when", "while", "since", "until", "although", "though", "because", "with", "without",
            "for", "from", "by", "under", "over", "once", "whereas", "as");

    /**
     * Right after a closing cue ("P, S said ..."): the end, punctuation, a preposition, a time word,
     * an adverb, a listener ("told reporters", "told CNN") — not an object ("the country admitted
     * more than ...").
     */
    boolean closingCueTail(int j, int end) {
        if (j >= end) return true;
        Token u = tok(j);
        if (!u.isWord()) return true;
        String b = u.lower();
        if (u.capitalised()) return true; // "told CNN", "said Tuesday"
        return u.is(WordClass.PREPOSITIONS_LOWER) || Lexicon.TIME_WORDS.contains(b) || Lexicon.WEEKDAYS_MONTHS.contains(b)
                || Lexicon.ADVERBS.contains(b) || b.endsWith("ly") || b.endsWith("ing") || u.is(WordClass.AUDIENCES_LOWER)
                || b.equals("last") || b.equals("earlier") || b.equals("later") || b.equals("reporters")
                || OBJECT_PRONOUNS.contains(b); // "..., an agency spokesman told us."
    }

    /** What may follow a closing attribution: an appositive, time, place, channel or circumstance, no new clause. */
    boolean attributionTail(int from, int end) {
        if (end - from > 30) return false;
        int j = from;
        while (j < end && !tok(j).isWord()) {
            if (tok(j).isPunct(';') || tok(j).isPunct(':')) return false;
            j++;
        }
        if (j >= end) return true;
        Token u = tok(j);
        String b = u.lower();
        // "..., the company said it would ..." opens a new reported clause: not a closing attribution.
        boolean appositive = j > from && tok(j - 1).isPunct(','); // ", said Ola Berg, the mediator"
        if (!u.capitalised() && (b.equals("that") || Lexicon.PRONOUNS.contains(b)
                || Lexicon.DETERMINERS.contains(b) && !appositive || VERBISH.contains(b))) return false;
        for (int m = j; m < end; m++) if (tok(m).kind() == Kind.QUOTE || tok(m).isPunct(';')) return false;
        return true;
    }

    /** The first words of a reported clause: a subject-like word, and a verb-like word somewhere after it. */
    boolean clauseLike(int from, int to) {
        return clauseLike(from, to, false);
    }

    /** @param afterThat the clause follows "that": any first word will do */
    boolean clauseLike(int from, int to, boolean afterThat) {
        Token first = tok(from);
        if (!first.isWord()) return false;
        // "he's pleased", "they’re trying": a subject pronoun with its verb in one word.
        if (contraction(first.lower())) return true;
        // "they show utmost restraint": a subject pronoun, then a lower-case word (its verb).
        if (SUBJECT_PRONOUNS.contains(first.lower()) && from + 1 < to && tok(from + 1).isWord()
                && !tok(from + 1).capitalised()) return true;
        if (!afterThat && !(first.capitalised() || first.is(WordClass.DETERMINERS_LOWER) || first.is(WordClass.PRONOUNS_LOWER)
                || Character.isDigit(first.text().charAt(0)) || first.is(WordClass.CLAUSE_OPENERS_LOWER))) {
            return lowerCaseSubject(from, to);
        }
        for (int j = from + 1; j < to; j++) {
            Token u = tok(j);
            if (!u.isWord() || u.capitalised()) continue;
            String b = u.lower();
            if (VERBISH.contains(b) || b.endsWith("ed") || b.endsWith("s") && !b.endsWith("ss") && j > from + 1
                    || b.equals("will") || b.equals("can") || finiteVerb(u)) return true;
        }
        return false;
    }

    /** Subject pronouns: after a say-type cue they open the reported clause. */
    static final Set<String> SUBJECT_PRONOUNS = Lexicon.set("he", "she", "they", "we", "i");
    /** Pronouns that take a verb contraction ("he's", "it's", "there's"), not a possessive. */
    static final Set<String> CONTRACTING = Lexicon.set("he", "she", "it", "that", "there", "what", "who", "here",
            "they", "we", "i", "you");

    /** "he's", "they’d", "we're", "it’ll", "i've": a pronoun and its verb. */
    static boolean contraction(String b) {
        int a = b.indexOf('’');
        if (a < 0) a = b.indexOf('\'');
        if (a <= 0 || !CONTRACTING.contains(b.substring(0, a))) return false;
        String tail = b.substring(a + 1);
        return tail.equals("s") || tail.equals("d") || tail.equals("ll") || tail.equals("re") || tail.equals("ve")
                || tail.equals("m");
    }

    /** A finite verb for sure: an auxiliary, a modal, an irregular or regular past, a negated auxiliary. */
    static boolean finiteVerb(Token u) {
        if (!u.isWord() || u.capitalised()) return false;
        String b = u.lower();
        if (Lexicon.FINITE_FORMS.contains(b)) return true;
        if (b.endsWith("n’t") || b.endsWith("n't")) return true;
        if (b.length() >= 5 && b.endsWith("ed") && !b.endsWith("eed")) return true;
        return contraction(b);
    }

    /**
     * "said homestead gardening is playing ...", "said overwhelming demand and a glitch led to ...": a
     * lower-case noun phrase opens the clause when a finite verb follows within a few words, with no
     * punctuation or preposition first ("said goodbye to", "said in a statement" are no clauses).
     */
    boolean lowerCaseSubject(int from, int to) {
        Token first = tok(from);
        if (first.is(WordClass.PREPOSITIONS_LOWER) || first.is(WordClass.ADVERBS_LOWER) || first.lower().endsWith("ly")
                || finiteVerb(first) || VERBISH.contains(first.lower()) || first.cueLemma() != null
                || Lexicon.CLAUSE_BREAKS.contains(first.lower())) return false;
        for (int j = from + 1; j < to && j <= from + 6; j++) {
            Token u = tok(j);
            if (!u.isWord()) return false;
            if (finiteVerb(u)) return true;
            if (u.is(WordClass.PREPOSITIONS_LOWER) && !u.lower().equals("of")) return false;
        }
        return false;
    }

    /** A clause with a finite verb for sure (an auxiliary or a past form), for cues other than say/tell. */
    boolean surelyClause(int from, int to) {
        Token first = tok(from);
        if (first.isWord() && (contraction(first.lower()) || SUBJECT_PRONOUNS.contains(first.lower()) && from + 1 < to
                && finiteVerb(tok(from + 1)))) return true;
        if (first.isWord() && (first.lower().equals("it") || SUBJECT_PRONOUNS.contains(first.lower()))) {
            // "it still considers ...": a pronoun, maybe an adverb, then a present-tense verb.
            int v = from + 1;
            while (v < to && v < from + 3 && tok(v).isWord() && tok(v).is(WordClass.ADVERBS_LOWER)) v++;
            if (v < to && tok(v).isWord() && !tok(v).capitalised()) {
                String b = tok(v).lower();
                if (finiteVerb(tok(v)) || b.endsWith("s") && !b.endsWith("ss") && !b.endsWith("us")) return true;
            }
        }
        if (!first.isWord() || first.is(WordClass.CLAUSE_OPENERS_LOWER) || Character.isDigit(first.text().charAt(0))) return false;
        if (!(first.capitalised() || first.is(WordClass.DETERMINERS_LOWER) || first.is(WordClass.PRONOUNS_LOWER))) return false;
        for (int j = from + 1; j < to && j < from + 12; j++) {
            Token u = tok(j);
            if (!u.isWord() || u.capitalised()) continue;
            String b = u.lower();
            if (VERBISH.contains(b) || b.endsWith("ed") && j > from + 1 || b.equals("will") || b.equals("can")
                    || Lexicon.FINITE_FORMS.contains(b) || contraction(b) || b.endsWith("n’t") || b.endsWith("n't")) return true;
            if (u.is(WordClass.PREPOSITIONS_LOWER)) return false; // "denied the allegations in a statement shared ..."
        }
        return false;
    }

    /** Cues that take a noun phrase, not a clause ("called it", "described him as", "urged them to"). */
    static final Set<String> NP_CUES = Lexicon.set("describe", "call", "accuse", "dismiss", "label",
            "brand", "term", "urge", "demand", "echo", "blast", "slam", "hail", "praise", "denounce", "condemn",
            "decry", "criticise", "criticize", "lambast", "lambaste", "tout");

    /** A say-type cue for speech without quote marks (not "called", "described", manner verbs). */
    boolean strongIndirectCue(int c) {
        String cue = cueAt(c);
        if (cue == null || cue.equals("according to") || tok(c).lower().endsWith("ing")) return false;
        String lemma = tok(c).cueLemma();
        return lemma != null && !Lexicon.MANNER_CUES.contains(lemma) && !NP_CUES.contains(lemma);
    }

    static final Set<String> SUBORDINATORS = Lexicon.set("after", "while", "when", "as", "because",
            "although", "though", "since", "before", "and", "but", "so", "once", "until", "if", "whereas", "yet");

    /**
     * "S said (that) P" / "According to S, P" / ", saying that P", looked for from token {@code from};
     * {@code next[0]} is set to where the content ends.
     */
    Quote indirectLeading(int s0, int from, int end, int[] next, boolean clauseStart) {
        int open = from;
        if (from == s0) {
            // An opening adverbial ("On Monday, ", "In a statement, ", "While X, ") before the subject.
            Token first = tok(s0);
            boolean opener = first.isWord() && (first.is(WordClass.PREPOSITIONS_LOWER)
                    || first.is(WordClass.WEEKDAYS_MONTHS_BASE) || first.is(WordClass.ADVERBS_LOWER)
                    || SUBORDINATORS.contains(first.lower()));
            for (int j = s0; opener && j < end && j < s0 + 16; j++) {
                if (tok(j).isPunct(',')) {
                    open = j + 1;
                    break;
                }
            }
        }
        for (int c = open; c < end && c < open + 40; c++) {
            String cue = cueAt(c);
            // "the court ruled that P", "Both experts agree that P": a verb of the that-clause lexicon.
            boolean thatOnly = false;
            if (cue == null || !cue.equals("according to") && !usualIndirectCue(c, s0)) {
                if (thatClauseAfter(c, end) < 0) continue;
                thatOnly = true;
                cue = tok(c).text();
            }
            if (cue.equals("according to")) {
                if (c != open) return null;
                Np np = subjectAfter(c + 1, end);
                int k = c + 2;
                while (k < end && !tok(k).isPunct(',')) k++;
                if (k >= end - 3 || !clauseLike(k + 1, end, true)) return null;
                if (np == null) np = new Np(c + 1, k, null, List.of()); // "according to evidence presented at trial"
                return indirectContent(np, cue, c, k + 1, end, true, next);
            }
            boolean participle = tok(c).lower().endsWith("ing");
            Np np;
            if (participle) {
                // ", saying (that) P" / ", adding that P": the subject of the sentence speaks.
                if (c == s0 || !tok(c - 1).isPunct(',')) continue;
                String lemma = tok(c).cueLemma();
                if (!thatOnly && !usualIndirectCue(c, s0)) continue;
                np = sentenceSubject(c);
                if (np == null) continue;
                int e = nounPhraseEnd(np); // "The US [welcomed the exchange], saying ..."
                if (e > np.from() && e < np.to()) np = new Np(np.from(), e, np.role(), np.roleTokens(), np.appositivePerson());
            } else {
                // "have long warned that", "has said that": the subject stands before the auxiliaries.
                int v = c;
                while (v > open && v > c - 3 && tok(v - 1).isWord() && AUXILIARIES.contains(tok(v - 1).lower())) v--;
                np = subjectBefore(v, open);
                if (np == null) np = quantifiedSubject(open, v);
                if (np == null) np = appositiveSubject(v, open);
                if (np == null && v > open && tok(v - 1).isWord()
                        && (tok(v - 1).lower().equals("and") || tok(v - 1).lower().equals("but"))) {
                    // "Fort Worth Police responded and confirmed that P": the subject of the sentence.
                    Np subj = sentenceSubject(v);
                    if (subj != null && subj.to() < v) {
                        int e = firstVerb(subj.from() + 1, subj.to());
                        np = e > subj.from() && e < subj.to() ? new Np(subj.from(), e, subj.role(), subj.roleTokens(),
                                subj.appositivePerson()) : subj;
                        if (np.from() != open && np.from() != sentenceStart(v)) np = null;
                    }
                }
                if (np == null) continue;
                // The subject opens the sentence or a clause ("This comes after police said ...").
                Token before = np.from() > open ? tok(np.from() - 1) : null;
                boolean opensClause = np.from() < open || np.from() == open && clauseStart
                        || before != null && (before.isPunct(',') || before.isPunct('.') || before.isPunct(';')
                        || before.isPunct(':') || before.isPunct('—')
                        || before.isWord() && SUBORDINATORS.contains(before.lower()));
                if (!opensClause) continue;
            }
            int k = c + 1;
            String lemma = tok(c).cueLemma();
            boolean that = false;
            // "told reporters", "told CNN on Monday", "said in a statement on Tuesday" before "that".
            for (int j = k; j < end && j < k + 10; j++) {
                Token u = tok(j);
                if (u.isWord() && u.lower().equals("that")) {
                    // "said of that on-ramp": after a preposition "that" is no conjunction.
                    if (j > k && tok(j - 1).isWord() && PLAIN_PREPOSITIONS.contains(tok(j - 1).lower())) break;
                    if (noVerbBetween(k, j)) {
                        k = j + 1;
                        that = true;
                    }
                    break;
                }
            }
            if (thatOnly && !that) continue;
            if (!that) {
                if ("tell".equals(lemma) || "inform".equals(lemma) || "assure".equals(lemma)
                        || "remind".equals(lemma) || "warn".equals(lemma)) {
                    k = listenerEnd(k, end);
                }
                k = skipTime(k, end);
                if (k >= end || tok(k).isPunct(',')) continue; // "said, as ..." is not a clause
                boolean sayTell = "say".equals(lemma) || "tell".equals(lemma);
                boolean gerund = gerundSubject(k, end); // "said returning to the moon was necessary"
                if (!gerund && !(sayTell ? clauseLike(k, end) : surelyClause(k, end))) continue;
                if (gerund && k < end - 3) return indirectContent(np, cue, c, k, end, false, next);
            }
            if (k >= end - 3 || !clauseLike(k, end, that)) continue;
            return indirectContent(np, cue, c, k, end, that, next);
        }
        return null;
    }

    /**
     * The "that" opening the clause of a that-clause verb at c ({@link Lexicon#THAT_CUE_FORMS}: "ruled
     * that", "pointed out that", "shared with AutoIndustriya.com that"), or -1.
     */
    int thatClauseAfter(int c, int end) {
        Token v = tok(c);
        if (!v.isWord() || v.capitalised() || !v.is(WordClass.INDIRECT_TRIGGERS_LOWER)
                || !Lexicon.THAT_CUE_FORMS.containsKey(v.lower())) return -1;
        for (int j = c + 1; j < end && j <= c + 8; j++) {
            Token u = tok(j);
            if (!u.isWord()) return -1;
            if (u.lower().equals("that")) return noVerbBetween(c + 1, j) && j + 1 < end && tok(j + 1).isWord() ? j : -1;
        }
        return -1;
    }

    /** The first past or finite verb in [from, to) ("Fort Worth Police [responded]"), or to. */
    int firstVerb(int from, int to) {
        for (int j = from; j < to; j++) {
            Token u = tok(j);
            if (u.isWord() && !u.capitalised() && (finiteVerb(u) || u.lower().endsWith("ed"))) return j;
        }
        return to;
    }

    /**
     * "the laboratory of Stephen Liggett, who was then at the University of Maryland, reported that P":
     * the subject opens the clause, then an appositive or relative clause set off by commas (no quote,
     * semicolon, colon or speech verb in it) up to the cue at c.
     */
    Np appositiveSubject(int c, int open) {
        if (c < 2 || c - 1 <= open || !tok(c - 1).isPunct(',')) return null;
        Np subj = sentenceSubject(c);
        if (subj == null || subj.from() != open && subj.from() != sentenceStart(c)) return null;
        if (subj.to() >= c - 1 || !tok(subj.to()).isPunct(',')) return null;
        for (int j = subj.to(); j < c - 1; j++) {
            Token u = tok(j);
            if (u.kind() == Kind.QUOTE || u.isPunct(';') || u.isPunct(':') || u.isWord() && cueAt(j) != null) return null;
        }
        return subj;
    }

    /** Quantifiers that open a subject of people ("Both sides said", "Some said", "Many riders will tell you"). */
    static final Set<String> QUANTIFIERS = Lexicon.set("both", "some", "many", "others", "several", "most", "all",
            "few", "each", "either", "neither", "none");

    /** "Both sides" / "Some" / "Most experts" / "All of them" from the clause start up to the verb at v. */
    Np quantifiedSubject(int open, int v) {
        if (v - open < 1 || v - open > 4 || !tok(open).isWord() || !QUANTIFIERS.contains(tok(open).lower())) return null;
        for (int j = open + 1; j < v; j++) {
            Token u = tok(j);
            if (!u.isWord() || finiteVerb(u) && !AUXILIARIES.contains(u.lower()) || u.cueLemma() != null) return null;
        }
        int e = v;
        while (e > open + 1 && tok(e - 1).isWord() && AUXILIARIES.contains(tok(e - 1).lower())) e--;
        return new Np(open, e, null, List.of());
    }

    /** Auxiliaries and adverbs between a subject and its cue ("have long warned", "has also said"). */
    static final Set<String> AUXILIARIES = Lexicon.set("has", "have", "had", "will", "would", "also", "long",
            "previously", "repeatedly", "recently", "already", "again", "since", "did", "does", "do", "could", "may",
            "might", "publicly", "privately", "often");

    /** A cue of the say-type lexicon for speech without quote marks; participles in the ", saying P" shape. */
    boolean usualIndirectCue(int c, int s0) {
        if (!tok(c).lower().endsWith("ing")) return strongIndirectCue(c);
        String lemma = tok(c).cueLemma();
        return lemma != null && !Lexicon.MANNER_CUES.contains(lemma) && !NP_CUES.contains(lemma);
    }

    /** Prepositions after which "that" is a determiner or pronoun ("said of that on-ramp"). */
    static final Set<String> PLAIN_PREPOSITIONS = Lexicon.set("of", "about", "on", "in", "with", "for", "to", "at",
            "by", "from", "into", "over", "under", "like");

    /** Object pronouns a listener may be ("told him"). */
    static final Set<String> OBJECT_PRONOUNS = Lexicon.set("him", "her", "them", "us", "me", "you");

    /**
     * The end of the listener after "told" / "assured" / "reminded": an object pronoun, or one noun
     * phrase — a determiner at most at its start, then names, outlets, roles or audiences ("told
     * reporters", "told Billboard the Doobies ...", "told the court", "told doctors he ate ...").
     */
    int listenerEnd(int k, int end) {
        if (k >= end || !tok(k).isWord()) return k;
        Token u = tok(k);
        if (OBJECT_PRONOUNS.contains(u.lower())) return k + 1;
        int l = k;
        if (u.is(WordClass.DETERMINERS_LOWER) || u.is(WordClass.POSSESSIVE_DETS_LOWER)) l++;
        int run = l;
        while (run < end && run < l + 5 && tok(run).isWord() && !tok(run).lower().equals("that")
                && (tok(run).capitalised() || tok(run).is(WordClass.MEDIA_LOWER) || tok(run).is(WordClass.AUDIENCES_LOWER)
                || tok(run).is(WordClass.ROLES_BASE) || tok(run).is(WordClass.PLURAL_ROLES_BASE)
                || run > l && tok(run - 1).capitalised() && tok(run).isPunct('.'))) run++;
        if (run == l && run < end && tok(run).isWord() && !finiteVerb(tok(run)) && !tok(run).is(WordClass.PREPOSITIONS_LOWER)
                && run + 1 < end && tok(run + 1).isWord()) {
            // "told doctors he ate ...", "told employees it would ...": one plain noun, then a clause.
            Token n = tok(run + 1);
            if (SUBJECT_PRONOUNS.contains(n.lower()) || n.lower().equals("it") || n.is(WordClass.DETERMINERS_LOWER)
                    || n.is(WordClass.CLAUSE_OPENERS_LOWER)) run++;
        }
        return run == l ? k : run;
    }

    /** The reported clause from k: to the sentence end, or to ", but ..." / "; " / ", while ..." / "and [verb]". */
    Quote indirectContent(Np np, String cue, int c, int k, int end, boolean that, int[] next) {
        return indirectContent(np, cue, c, k, end, that, next, null);
    }

    /** @param known the speaker when already resolved (np is then not looked at) */
    Quote indirectContent(Np np, String cue, int c, int k, int end, boolean that, int[] next, Speaker known) {
        int e = k + 1;
        for (; e < end; e++) {
            Token u = tok(e);
            if (u.isPunct(';')) break;
            if (u.isPunct('—') || u.isPunct('–')) {
                // "the five companies — A, B and C — had been selected": a pair of dashes sets off an aside.
                int pair = e + 1;
                while (pair < end && pair < e + 40 && !tok(pair).isPunct('—') && !tok(pair).isPunct('–')) pair++;
                if (pair < end && pair < e + 40) {
                    e = pair;
                    continue;
                }
                // A lone dash before a clause of its own ("— research shows that ...") ends the content;
                // before a noun phrase ("— her top priority") it is part of it.
                if (clauseAfterDash(e + 1, end)) break;
                continue;
            }
            // A full stop the sentence splitter took for an abbreviation ("on Tuesday. Officials said").
            if (u.isPunct('.') && e + 1 < end && tok(e + 1).capitalised() && tok(e - 1).isWord()
                    && !isAbbrevOrInitial(tok(e - 1)) && tok(e - 1).text().length() > 3) break;
            if (u.isPunct(',') && e + 1 < end && tok(e + 1).isWord()) {
                String b = tok(e + 1).lower();
                // ", but the passer has not been cleared" goes on with what was said; ", but he did not
                // disclose ..." turns back to the speaker (a pronoun or a name): narration.
                if (b.equals("but") && !narratorTurn(e + 2, end)) continue;
                if (b.equals("but") || b.equals("while") || b.equals("although") || b.equals("though")
                        || b.equals("whereas") || b.equals("however") || tok(e + 1).lower().endsWith("ing")
                        && tok(e + 1).cueLemma() != null) break;
            }
            if (u.isWord() && FRAME_OPENERS.contains(u.lower()) && nestedFrame(e + 1, end)) break;
            if (u.isWord() && u.lower().equals("and") && e + 1 < end && tok(e + 1).isWord()
                    && !tok(e + 1).capitalised() && (tok(e + 1).cueLemma() != null
                    || pastVerbWithObject(e + 1, end) && !tok(e - 1).lower().endsWith("ed"))) break;
        }
        next[0] = e;
        return indirectQuote(np, cue, c, k, e, known);
    }

    /** After ", but": a subject pronoun, a name, a cue soon or no clause at all ("but that may be hard"). */
    boolean narratorTurn(int j, int end) {
        if (j >= end || !tok(j).isWord()) return true;
        Token u = tok(j);
        if (u.capitalised() || SUBJECT_PRONOUNS.contains(u.lower()) || u.lower().equals("it") || u.lower().equals("that")
                || u.lower().equals("this") || Lexicon.ADVERBS.contains(u.lower())) return true;
        for (int m = j; m < end && m < j + 8; m++) if (cueAt(m) != null) return true;
        return !clauseLike(j, end);
    }

    /** After a lone dash: a finite verb, a cue, or a subject and its -s verb in the first words. */
    boolean clauseAfterDash(int j, int end) {
        for (int m = j; m < end && m < j + 12; m++) {
            Token u = tok(m);
            if (!u.isWord() || u.capitalised() && m > j) continue;
            String b = u.lower();
            if (Lexicon.FINITE_FORMS.contains(b) || contraction(b) || cueAt(m) != null && m > j) return true;
            if (m > j && m <= j + 2 && b.endsWith("s") && !b.endsWith("ss") && !b.endsWith("us")
                    && !u.is(WordClass.PREPOSITIONS_LOWER)) return true;
        }
        return false;
    }

    /** Subordinators after which a new speech frame may start ("... after US officials said P"). */
    static final Set<String> FRAME_OPENERS = Lexicon.set("after", "before", "when", "while", "as", "because",
            "since", "although", "though", "whereas", "until");

    /** A subject and a say-type cue right after a subordinator: a frame of its own, not part of the content. */
    boolean nestedFrame(int j, int end) {
        for (int c = j + 1; c < end && c <= j + 8; c++) {
            if (!tok(c).isWord()) return false;
            if (cueAt(c) == null) continue;
            if (!strongIndirectCue(c)) return false;
            Np np = subjectBefore(c, j);
            return np != null && np.from() == j;
        }
        return false;
    }

    /** "and cleaned out his apartment", "and asked their governments": a past verb, then its object or particle. */
    boolean pastVerbWithObject(int j, int end) {
        String b = tok(j).lower();
        if (b.length() < 5 || !b.endsWith("ed") || b.endsWith("eed")) return false;
        if (j + 1 >= end || !tok(j + 1).isWord()) return true;
        Token n = tok(j + 1);
        return n.is(WordClass.DETERMINERS_LOWER) || n.is(WordClass.POSSESSIVE_DETS_LOWER) || n.is(WordClass.PREPOSITIONS_LOWER)
                || OBJECT_PRONOUNS.contains(n.lower()) || n.lower().equals("out") || n.lower().equals("up")
                || n.lower().equals("that") || n.capitalised();
    }

    boolean noVerbBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            Token u = tok(j);
            if (u.kind() == Kind.QUOTE || u.isPunct(';')) return false;
            if (u.isWord() && !u.capitalised() && (VERBISH.contains(u.lower()) || cueAt(j) != null
                    || Lexicon.FINITE_FORMS.contains(u.lower()) || contraction(u.lower())
                    || SUBJECT_PRONOUNS.contains(u.lower()))) return false; // "said he’s proud on that front"
        }
        return true;
    }

    Quote indirectQuote(Np np, String cue, int c, int contentFrom, int contentTo) {
        return indirectQuote(np, cue, c, contentFrom, contentTo, null);
    }

    Quote indirectQuote(Np np, String cue, int c, int contentFrom, int contentTo, Speaker known) {
        while (contentTo > contentFrom && tok(contentTo - 1).kind() == Kind.PUNCT) contentTo--;
        if (contentTo - contentFrom < 4) return null;
        Speaker sp = known != null ? known : resolve(np, c);
        int start = tok(contentFrom).start(), e = tok(contentTo - 1).end();
        if (sp.person() != null) addSpeakerMention(c, sp.person());
        noteOrgSpeaker(c, sp);
        return new Quote(articleId, f.text.substring(start, e), sp.name(), sp.mention(), sp.role(), cue,
                channelIn(c, Math.min(ts.size(), c + 12)), QuoteKind.INDIRECT, tok(contentFrom).para(), start, e,
                round(Math.min(0.6, sp.confidence())));
    }

    int skipTime(int k, int hi) {
        while (k < hi && tok(k).isWord()) {
            String b = tok(k).lower();
            if (Lexicon.WEEKDAYS_MONTHS.contains(b) || (b.equals("on") || b.equals("in")) && k + 1 < hi
                    && tok(k + 1).is(WordClass.WEEKDAYS_MONTHS_LOWER) || b.equals("last")
                    || b.equals("week") || b.equals("recently") || b.equals("earlier") || b.equals("later")
                    || b.equals("also") || b.equals("previously") || b.equals("this") || b.equals("next")
                    || Lexicon.TIME_WORDS.contains(b)) {
                k++;
                continue;
            }
            break;
        }
        return k;
    }
}
