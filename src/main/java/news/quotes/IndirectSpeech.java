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
        if (s1 - s0 < 6 || s1 - s0 > 150) return;
        for (int j = s0; j < s1; j++) if (f.word(j).kind == Kind.QUOTE || f.word(j).punct == '?') return; // no Token objects
        int end = s1;
        while (end > s0 && tok(end - 1).kind() == Kind.PUNCT) end--;
        Quote trailing = indirectTrailing(s0, end);
        if (trailing != null) {
            sink.add(trailing);
            return;
        }
        int from = s0;
        for (int n = 0; n < 2 && from < end; n++) {
            int[] next = new int[1];
            Quote q = indirectLeading(s0, from, end, next);
            if (q == null) break;
            sink.add(q);
            from = next[0];
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
            if (INTRODUCERS.contains(tok(from).lower())) return null;
            return indirectQuote(np, cue, cueTok, from, k);
        }
        return null;
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
                || b.equals("last") || b.equals("earlier") || b.equals("later") || b.equals("reporters");
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
        for (int m = j; m < end; m++) if (f.word(m).kind == Kind.QUOTE || f.word(m).punct == ';') return false;
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
        if (!afterThat && !(first.capitalised() || first.is(WordClass.DETERMINERS_LOWER) || first.is(WordClass.PRONOUNS_LOWER)
                || Character.isDigit(first.text().charAt(0)) || first.is(WordClass.CLAUSE_OPENERS_LOWER))) return false;
        for (int j = from + 1; j < to; j++) {
            Token u = tok(j);
            if (!u.isWord() || u.capitalised()) continue;
            String b = u.lower();
            if (VERBISH.contains(b) || b.endsWith("ed") || b.endsWith("s") && !b.endsWith("ss") && j > from + 1
                    || b.equals("will") || b.equals("can")) return true;
        }
        return false;
    }

    /** A clause with a finite verb for sure (an auxiliary or a past form), for cues other than say/tell. */
    boolean surelyClause(int from, int to) {
        Token first = tok(from);
        if (!first.isWord() || first.is(WordClass.CLAUSE_OPENERS_LOWER) || Character.isDigit(first.text().charAt(0))) return false;
        if (!(first.capitalised() || first.is(WordClass.DETERMINERS_LOWER) || first.is(WordClass.PRONOUNS_LOWER))) return false;
        for (int j = from + 1; j < to && j < from + 12; j++) {
            Token u = tok(j);
            if (!u.isWord() || u.capitalised()) continue;
            String b = u.lower();
            if (VERBISH.contains(b) || b.endsWith("ed") && j > from + 1 || b.equals("will") || b.equals("can")) return true;
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
            "although", "though", "since", "before", "and", "but", "so", "once", "until", "if", "whereas");

    /**
     * "S said (that) P" / "According to S, P" / ", saying that P", looked for from token {@code from};
     * {@code next[0]} is set to where the content ends.
     */
    Quote indirectLeading(int s0, int from, int end, int[] next) {
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
            if (cue == null) continue;
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
                if (lemma == null || Lexicon.MANNER_CUES.contains(lemma) || NP_CUES.contains(lemma)) continue;
                np = sentenceSubject(c);
                if (np == null) continue;
                int e = nounPhraseEnd(np); // "The US [welcomed the exchange], saying ..."
                if (e > np.from() && e < np.to()) np = new Np(np.from(), e, np.role(), np.roleTokens(), np.appositivePerson());
            } else {
                if (!strongIndirectCue(c)) continue;
                np = subjectBefore(c, open);
                if (np == null) continue;
                // The subject opens the sentence or a clause ("This comes after police said ...").
                Token before = np.from() > open ? tok(np.from() - 1) : null;
                boolean opensClause = np.from() == open || before.isPunct(',') || before.isPunct('.')
                        || before.isPunct(';') || before.isPunct(':') || before.isPunct('—')
                        || tok(np.from() - 1).isWord() && SUBORDINATORS.contains(tok(np.from() - 1).lower());
                if (!opensClause) continue;
            }
            int k = c + 1;
            String lemma = tok(c).cueLemma();
            boolean that = false;
            // "told reporters", "told CNN on Monday", "said in a statement on Tuesday" before "that".
            for (int j = k; j < end && j < k + 10; j++) {
                Token u = tok(j);
                if (u.isWord() && u.lower().equals("that")) {
                    if (noVerbBetween(k, j)) {
                        k = j + 1;
                        that = true;
                    }
                    break;
                }
            }
            if (!that) {
                if ("tell".equals(lemma) || "inform".equals(lemma) || "assure".equals(lemma)
                        || "remind".equals(lemma) || "warn".equals(lemma)) {
                    // the listener: "told reporters", "told Polygraph.info", "told him"
                    while (k < end && k < c + 6 && tok(k).kind() == Kind.WORD && !tok(k).lower().equals("that")
                            && (tok(k).capitalised() || tok(k).is(WordClass.DETERMINERS_LOWER)
                            || tok(k).is(WordClass.MEDIA_LOWER) || tok(k).is(WordClass.AUDIENCES_LOWER)
                            || tok(k).lower().equals("him") || tok(k).lower().equals("her")
                            || tok(k).lower().equals("them") || tok(k).lower().equals("us")
                            || tok(k).lower().equals("me") || tok(k).is(WordClass.ROLES_BASE)
                            || tok(k).is(WordClass.PLURAL_ROLES_BASE))) k++;
                    if (k < end && tok(k).isPunct('.') ) k++;
                }
                k = skipTime(k, end);
                if (k >= end || tok(k).isPunct(',')) continue; // "said, as ..." is not a clause
                boolean sayTell = "say".equals(lemma) || "tell".equals(lemma);
                if (!(sayTell ? clauseLike(k, end) : surelyClause(k, end))) continue;
            }
            if (k >= end - 3 || !clauseLike(k, end, that)) continue;
            return indirectContent(np, cue, c, k, end, that, next);
        }
        return null;
    }

    /** The reported clause from k: to the sentence end, or to ", but ..." / "; " / ", while ..." / "and [verb]". */
    Quote indirectContent(Np np, String cue, int c, int k, int end, boolean that, int[] next) {
        int e = k + 1;
        for (; e < end; e++) {
            Token u = tok(e);
            if (u.isPunct(';') || u.isPunct('—') || u.isPunct('–')) break;
            // A full stop the sentence splitter took for an abbreviation ("on Tuesday. Officials said").
            if (u.isPunct('.') && e + 1 < end && tok(e + 1).capitalised() && tok(e - 1).isWord()
                    && !isAbbrevOrInitial(tok(e - 1)) && tok(e - 1).text().length() > 3) break;
            if (u.isPunct(',') && e + 1 < end && tok(e + 1).isWord()) {
                String b = tok(e + 1).lower();
                if (b.equals("but") || b.equals("while") || b.equals("although") || b.equals("though")
                        || b.equals("whereas") || b.equals("however") || tok(e + 1).lower().endsWith("ing")
                        && tok(e + 1).cueLemma() != null) break;
            }
            if (u.isWord() && u.lower().equals("and") && e + 1 < end && tok(e + 1).isWord()
                    && !tok(e + 1).capitalised() && (tok(e + 1).cueLemma() != null
                    || tok(e + 1).lower().endsWith("ed") && !tok(e - 1).lower().endsWith("ed"))) break;
        }
        next[0] = e;
        return indirectQuote(np, cue, c, k, e);
    }

    boolean noVerbBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            Token u = tok(j);
            if (u.kind() == Kind.QUOTE || u.isPunct(';')) return false;
            if (u.isWord() && !u.capitalised() && (VERBISH.contains(u.lower()) || cueAt(j) != null)) return false;
        }
        return true;
    }

    Quote indirectQuote(Np np, String cue, int c, int contentFrom, int contentTo) {
        while (contentTo > contentFrom && tok(contentTo - 1).kind() == Kind.PUNCT) contentTo--;
        if (contentTo - contentFrom < 4) return null;
        Speaker sp = resolve(np, c);
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
