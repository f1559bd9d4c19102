package news.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.quotes.Entities.Mention;
import news.quotes.Entities.Person;
import news.quotes.Frame.Token;

/**
 * Attribution, stage 3: who a speaker phrase names. Names resolve to the full name introduced
 * earlier, pronouns to the nearest compatible person (or the organisation that spoke last),
 * descriptions ("the Ukrainian leader") to the person introduced with that role, documents ("the
 * statement said") to whoever issued them, "her campaign" to "X's campaign".
 */
abstract class SpeakerResolver extends SpeakerPhrases {
    SpeakerResolver(String articleId, Frame f) {
        super(articleId, f);
    }

    /** Resolved speakers of quotes, as mentions for later pronouns. */
    final MentionList speakerMentions = new MentionList();

    /** The last named organisation that spoke, for "they said" / "it said". */
    Speaker lastOrgSpeaker;
    int lastOrgSentence;

    void noteOrgSpeaker(int token, Speaker sp) {
        if (sp != null && sp.person() == null && sp.orgText() != null && sp.name() != null
                && QuoteGrouper.isName(sp.name())) {
            lastOrgSpeaker = sp;
            lastOrgSentence = f.sentenceOf[token];
        }
    }

    void addSpeakerMention(int token, Person p) {
        if (!speakerMentions.isEmpty() && speakerMentions.get(speakerMentions.size() - 1).token() > token) return;
        speakerMentions.add(new Mention(token, f.sentenceOf[token], p, false));
        p.speakerTokens.add(token);
    }

    // ---------------------------------------------------------------- speaker resolution

    Speaker resolve(Np np, int at) {
        String mention = phrase(np.from(), np.to());
        if (np.to() - np.from() == 1 && Lexicon.PRONOUNS.contains(tok(np.from()).lower())) {
            // The antecedent precedes the pronoun, not only the quote: "She ... said SpaceX would fly it “a lot”".
            return resolvePronoun(tok(np.from()).lower(), mention, Math.min(at, np.from()));
        }
        if (np.to() - np.from() == 2 && tok(np.from()).isWord() && POSSESSIVE_PRONOUNS.contains(tok(np.from()).lower())
                && OWNED_SPEAKERS.contains(tok(np.from() + 1).lower())) {
            // "her campaign said" -> "Elizabeth Warren's campaign"
            String pr = tok(np.from()).lower();
            Speaker owner = resolvePronoun(pr.equals("his") ? "he" : pr.equals("her") ? "she" : "they", mention, at);
            if (owner.name() != null) {
                String name = owner.name() + "’s " + tok(np.from() + 1).text();
                return new Speaker(name, mention, null, null, name, Math.min(0.7, owner.confidence()));
            }
        }
        if (np.to() - np.from() == 1 && tok(np.from()).lower().equals("one")) {
            // "one said": one of the group named just before ("two officials ... one said").
            int s = f.sentenceOf[np.from()];
            for (int j = np.from() - 1; j >= 0 && s - f.sentenceOf[j] <= 2 && np.from() - j < 200; j--) {
                Token u = tok(j);
                if (u.isWord() && !u.capitalised() && u.is(WordClass.PLURAL_ROLES_BASE)) {
                    String d = "one of the " + u.text();
                    return new Speaker(d, mention, d, null, null, 0.6);
                }
            }
        }
        // Split "HEAD of/to PP": only the head names the speaker ("An adviser to President X").
        int headEnd = np.to();
        for (int j = np.from() + 1; j < np.to(); j++) {
            String b = tok(j).lower();
            if (tok(j).isWord() && (b.equals("of") || b.equals("to") || b.equals("for") || b.equals("at")
                    || b.equals("with") || b.equals("from") || b.equals("in") || b.equals("by") || b.equals("inside")
                    || b.equals("within") || b.equals("near")
                    || (b.equals("close") || b.equals("familiar")) && j + 1 < np.to() && tok(j + 1).isWord()
                    && (tok(j + 1).lower().equals("to") || tok(j + 1).lower().equals("with")))) {
                headEnd = j;
                break;
            }
        }
        if (issuedDocument(np, headEnd)) {
            Speaker issuer = issuer(np, headEnd, at);
            if (issuer != null) return issuer;
        }
        if (np.to() - np.from() == 2 && tok(np.from()).is(WordClass.DETERMINERS_LOWER)
                && tok(np.from() + 1).lower().endsWith("-year-old")) {
            // "The 56-year-old said": the article's main person so far (the most mentioned).
            Person best = null;
            int bestCount = 0;
            for (int i = Math.min(ents.personsIntroducedBefore(at), ents.persons.size()) - 1, n = 0; i >= 0 && n < 100; i--, n++) {
                Person p = ents.persons.get(i);
                int count = p.mentionTokens.size() + p.speakerTokens.size();
                if (count > bestCount) {
                    best = p;
                    bestCount = count;
                }
            }
            if (best != null) return new Speaker(best.name, mention, best.role, best, null, 0.7);
        }
        // A person named in the head?
        Person person = null;
        int nameTok = -1;
        for (int j = headEnd - 1; j >= np.from(); j--) {
            Person p = ents.personAt(j);
            if (p != null && tok(j).possessive() && j < headEnd - 1) break; // "Putin’s close allies"
            if (p != null) {
                person = p;
                nameTok = j;
                break;
            }
        }
        if (person == null) {
            // An unregistered capitalised surname after a title ("Mr Kwatra" when never introduced).
            Token last = tok(headEnd - 1);
            if (last.capitalised() && !last.is(WordClass.FUNCTION_WORDS_LOWER)
                    && !last.is(WordClass.ORG_HEADS_BASE) && !last.is(WordClass.ROLES_BASE)) {
                Person p = ents.findBySurname(last.text(), null);
                if (p != null) person = p;
            }
        }
        if (person == null && np.appositivePerson() >= 0) person = ents.personAt(np.appositivePerson());
        if (person == null && headEnd < np.to()) {
            // "China's ambassador to Britain Liu Xiaming": the PP's object is a place, the name after it
            // is the speaker's (unlike "an adviser to President X", whose name has a title before it).
            Person last = ents.personAt(np.to() - 1);
            int first = np.to() - 1;
            while (first > headEnd && ents.personAt(first - 1) == last && !tok(first - 1).is(WordClass.COUNTRIES_BASE)) first--;
            if (last != null && first > headEnd && tok(first - 1).capitalised()
                    && tok(first - 1).is(WordClass.COUNTRIES_BASE)) person = last;
        }
        if (person != null) {
            String role = person.role != null ? person.role : np.role();
            if (np.role() != null && person.role == null) person.addRole(np.role(), np.roleTokens());
            return new Speaker(person.name, mention, role, person, null, 0.9);
        }
        // Organisation or other named non-person ("Russia’s Defense Ministry", "Kazakhstan").
        boolean hasCap = false, hasRole = false, hasOrg = false, indefinite = false;
        String head = null;
        for (int j = np.from(); j < headEnd; j++) {
            Token u = tok(j);
            if (!u.isWord()) continue;
            if (u.capitalised() && !u.is(WordClass.FUNCTION_WORDS_LOWER) && !Lexicon.isNationality(u.base())
                    && !u.is(WordClass.ROLES_BASE)) hasCap = true;
            if (u.is(WordClass.ROLES_BASE) || u.is(WordClass.PLURAL_ROLES_BASE)) { hasRole = true; head = u.base(); }
            if (u.is(WordClass.ORG_HEADS_BASE)) hasOrg = true;
        }
        String first = tok(np.from()).lower();
        indefinite = first.equals("a") || first.equals("an") || first.equals("another") || first.equals("one");
        if (hasRole && !hasOrg) {
            Person p = resolveDescription(np, headEnd, head, at, indefinite);
            if (p != null) {
                return new Speaker(p.name, mention, p.role != null ? p.role : mention, p, null, 0.8);
            }
            return new Speaker(mention, mention, np.role() != null ? np.role() : mention, null, null, 0.8);
        }
        if (!hasCap && np.appositivePerson() < 0 && first.equals("the")
                && DESCRIBED_ORGS.contains(tok(headEnd - 1).lower())) {
            // "the company said", "the German automaker said": the organisation named last before it.
            Speaker named = nearestOrganisation(mention, np.from(), 5);
            if (named != null) return named;
        }
        if (hasCap || hasOrg) {
            return new Speaker(mention, mention, np.role(), null, mention, 0.85);
        }
        return new Speaker(mention, mention, np.role(), null, null, 0.6);
    }

    /** Documents that speak for whoever issued them ("the statement said", "the report concludes"). */
    static final Set<String> ISSUED = Lexicon.set("statement", "statements", "letter", "report", "study",
            "survey", "memo", "filing", "complaint", "release", "post", "tweet", "email", "announcement",
            "notice", "message", "review", "analysis", "paper", "bulletin", "update", "communique", "note");

    /** A document as subject: its head word is an issued document and it names nobody itself. */
    boolean issuedDocument(Np np, int headEnd) {
        Token head = tok(headEnd - 1);
        if (!head.isWord() || !ISSUED.contains(head.lower())) return false;
        for (int j = np.from(); j < headEnd - 1; j++) {
            Token u = tok(j);
            if (u.isWord() && u.capitalised() && !(j == np.from() && u.is(WordClass.DETERMINERS_LOWER))) return false;
        }
        return true;
    }

    /**
     * Who issued the document np ("the statement"): "a statement from/by X" in the phrase itself,
     * else the latest earlier mention of the same document: "X's statement", "a statement from X",
     * or the subject of its sentence ("X released a statement", "In a statement, X said").
     */
    Speaker issuer(Np np, int headEnd, int at) {
        String mention = phrase(np.from(), np.to());
        if (headEnd < np.to() && (tok(headEnd).lower().equals("from") || tok(headEnd).lower().equals("by"))) {
            Np owner = subjectAfter(headEnd, np.to());
            Speaker sp = owner == null ? null : ownerSpeaker(owner, at, mention);
            if (sp != null) return sp;
        }
        // "X released a statement saying ...": the document is the object of X's sentence.
        Np own = np.from() > sentenceStart(np.from()) ? sentenceSubject(np.from()) : null;
        if (own != null && own.to() <= np.from() && hasPersonOrName(own)) {
            Speaker sp = ownerSpeaker(own, at, mention);
            if (sp != null) return sp;
        }
        String noun = tok(headEnd - 1).lower();
        int sentence = f.sentenceOf[np.from()];
        for (int j = np.from() - 1; j >= 0 && sentence - f.sentenceOf[j] <= 15 && np.from() - j < 1500; j--) {
            Token u = tok(j);
            if (!u.isWord() || !u.lower().startsWith(noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun)
                    || !ISSUED.contains(u.lower())) continue;
            int hi = sentenceEnd(j);
            if (j + 2 < hi && (tok(j + 1).lower().equals("from") || tok(j + 1).lower().equals("by"))) {
                Np owner = subjectAfter(j + 1, hi);
                Speaker sp = owner == null ? null : ownerSpeaker(owner, at, mention);
                if (sp != null) return sp;
            }
            int d = j - 1;
            if (d >= 0 && tok(d).isWord() && tok(d).is(WordClass.DETERMINERS_LOWER)) d--;
            if (d >= 0 && tok(d).possessive() && tok(d).capitalised()) {
                int a = d;
                while (a > sentenceStart(d) && tok(a - 1).capitalised() && !tok(a - 1).possessive()) a--;
                Speaker sp = ownerSpeaker(new Np(a, d + 1, null, List.of()), at, mention);
                if (sp != null) return sp;
            }
            Np subj = sentenceSubject(Math.max(j, sentenceEnd(j) - 1)); // "In a statement, X said" too
            if (subj != null && subj.from() != j && hasPersonOrName(subj)) {
                if (subj.from() < j && subj.to() > j) subj = new Np(subj.from(), j, null, List.of());
                Speaker sp = ownerSpeaker(subj, at, mention);
                if (sp != null) return sp;
            }
        }
        return null;
    }

    Speaker ownerSpeaker(Np owner, int at, String mention) {
        int e = nounPhraseEnd(owner);
        while (e > owner.from() && !tok(e - 1).isWord()) e--;
        if (e <= owner.from() || issuedDocument(owner, e)) return null;
        boolean named = false;
        for (int j = owner.from(); j < e && !named; j++) {
            named = tok(j).isWord() && tok(j).capitalised() && !tok(j).is(WordClass.DETERMINERS_LOWER);
        }
        if (!named) return null; // "the company": a description names no issuer
        Speaker sp = resolve(new Np(owner.from(), e, owner.role(), owner.roleTokens(), owner.appositivePerson()), at);
        if (sp.name() == null) return null;
        return new Speaker(sp.name(), mention, sp.role(), sp.person(), sp.orgText(), Math.min(0.75, sp.confidence()));
    }

    /** "the Ukrainian leader" -> the person introduced with a matching role; indefinite only forward in the lead. */
    Person resolveDescription(Np np, int headEnd, String head, int at, boolean indefinite) {
        Set<String> cls = Lexicon.roleClass(head);
        List<String> mods = new ArrayList<>();
        for (int j = np.from(); j < headEnd; j++) {
            Token u = tok(j);
            if (!u.isWord()) continue;
            String b = u.base();
            if (Lexicon.DETERMINERS.contains(b) || b.equals(head) || Lexicon.ROLES.contains(b) && cls.contains(b)) continue;
            mods.add(b);
        }
        List<String> pp = new ArrayList<>();
        for (int j = headEnd; j < np.to(); j++) {
            Token u = tok(j);
            if (u.isWord() && (u.capitalised() || u.is(WordClass.ORG_HEADS_BASE))
                    && !u.is(WordClass.FUNCTION_WORDS_LOWER)) pp.add(u.base());
        }
        Person best = null;
        int bestTok = -1;
        int count = 0;
        int para = tok(at).para();
        int considered = 0;
        List<Person> all = ents.persons;
        if (indefinite && para > 2) return null;
        // Persons are in order of first mention: those introduced after `at` (or, for an
        // indefinite description, up to `at`) are skipped as a block, not one by one.
        int from = indefinite ? all.size() - 1 : ents.personsIntroducedBefore(at) - 1;
        for (int i = from; i >= 0 && considered < 100; i--) {
            Person p = all.get(i);
            if (indefinite && p.firstToken <= at) break;
            considered++;
            boolean headOk = false;
            for (String h : p.roleHeads) {
                if (cls.contains(h) || h.startsWith("co-") && cls.contains(h.substring(3))) { headOk = true; break; }
            }
            if (!headOk) continue;
            boolean modsOk = true;
            for (String m : mods) if (!roleHasWord(p, m)) { modsOk = false; break; }
            if (!modsOk) continue;
            if (!pp.isEmpty()) {
                boolean ppOk = false;
                for (String w : pp) if (roleHasWord(p, w)) { ppOk = true; break; }
                if (!ppOk) continue;
            }
            count++;
            int recency = indefinite ? -p.firstToken : lastMentionBefore(p, at);
            if (best == null || recency > bestTok) {
                best = p;
                bestTok = recency;
            }
        }
        if (indefinite && count != 1) return null;
        if (best == null && !indefinite) best = describedLater(cls, mods, pp, at);
        return best;
    }

    /**
     * A definite description that opens a passage before the name ("China's ambassador to Britain
     * accused ... " then "China's ambassador to Britain Liu Xiaming has said"): the first person
     * introduced in the next three paragraphs with that role.
     */
    Person describedLater(Set<String> cls, List<String> mods, List<String> pp, int at) {
        if (mods.isEmpty() && pp.isEmpty()) return null; // "the president": too vague to look ahead
        int para = tok(at).para();
        List<Person> all = ents.persons;
        for (int i = ents.personsIntroducedBefore(at); i < all.size() && i < ents.personsIntroducedBefore(at) + 20; i++) {
            Person p = all.get(i);
            if (tok(p.firstToken).para() - para > 3) break;
            if (matchesRole(p, cls, mods, pp)) return p;
        }
        return null;
    }

    boolean matchesRole(Person p, Set<String> cls, List<String> mods, List<String> pp) {
        boolean headOk = false;
        for (String h : p.roleHeads) {
            if (cls.contains(h) || h.startsWith("co-") && cls.contains(h.substring(3))) { headOk = true; break; }
        }
        if (!headOk) return false;
        for (String m : mods) if (!roleHasWord(p, m)) return false;
        if (pp.isEmpty()) return true;
        for (String w : pp) if (roleHasWord(p, w)) return true;
        return false;
    }

    boolean roleHasWord(Person p, String w) {
        if (p.roleWords.contains(w)) return true;
        String pre = w.length() > 6 ? w.substring(0, 6) : w;
        for (String r : p.roleWords) if (r.startsWith(pre) || (r.length() > 6 && w.startsWith(r.substring(0, 6)))) return true;
        return false;
    }

    int lastMentionBefore(Person p, int at) {
        int best = p.firstToken;
        best = Math.max(best, lastBefore(p.mentionTokens, at));
        best = Math.max(best, lastBefore(p.speakerTokens, at));
        return best;
    }

    static int lastBefore(List<Integer> sorted, int at) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < at) lo = mid + 1; else hi = mid;
        }
        return lo == 0 ? -1 : sorted.get(lo - 1);
    }

    /** he/she -> nearest earlier sentence with a compatible person (leftmost there); they/it -> nearest organisation. */
    Speaker resolvePronoun(String pronoun, String mention, int at) {
        int sentence = f.sentenceOf[at];
        if (pronoun.equals("he") || pronoun.equals("she")) {
            char want = pronoun.equals("he") ? 'M' : 'F';
            Mention best = null;
            best = ents.mentions.pick(want, at, sentence, best, false);
            best = speakerMentions.pick(want, at, sentence, best, false);
            // The last to speak keeps "he said" even when another person's gender is better known.
            boolean lastSpeaker = best != null && !speakerMentions.isEmpty()
                    && speakerMentions.get(speakerMentions.size() - 1).person() == best.person();
            if (best != null && best.person().gender == 0 && !lastSpeaker) {
                // A person known to have the pronoun's gender, a little further back, beats one of unknown gender.
                Mention known = ents.mentions.pick(want, at, sentence, null, true);
                known = speakerMentions.pick(want, at, sentence, known, true);
                // Further back, not later in the same sentence: there the subject (leftmost) is the antecedent
                // ("Montell Figgins, who represents Thomas, said ... He said").
                if (known != null && best.sentence() - known.sentence() <= 3
                        && (known.sentence() != best.sentence() || known.token() < best.token())) best = known;
            }
            if (best != null) {
                Person p = best.person();
                double conf = f.sentenceOf[at] - best.sentence() <= 2 ? 0.8 : 0.65;
                return new Speaker(p.name, mention, p.role, p, null, conf);
            }
            return new Speaker(null, mention, null, null, null, 0.4);
        }
        Speaker org = nearestOrganisation(mention, at, 3);
        return org != null ? org : new Speaker(null, mention, null, null, null, 0.4);
    }

    /** Heads of descriptions that stand for a named firm or body ("the company", "the automaker"). */
    static final Set<String> DESCRIBED_ORGS = Lexicon.set("company", "firm", "agency", "automaker", "carmaker",
            "brokerage", "bank", "lender", "insurer", "startup", "retailer", "airline", "label", "studio",
            "manufacturer", "maker", "developer", "publisher", "conglomerate", "giant", "group", "organization",
            "organisation", "nonprofit", "charity", "corporation", "business", "chain", "operator", "provider");

    /**
     * The organisation named last before {@code at}, within {@code sentences} sentences, else the
     * organisation that spoke last within 6 ("Big Machine said ... They said"); null when neither.
     */
    Speaker nearestOrganisation(String mention, int at, int sentences) {
        int sentence = f.sentenceOf[at];
        int nearestOrg = ents.mentions.previousOrganisation(ents.mentions.countBefore(at));
        if (nearestOrg >= 0 && sentence - ents.mentions.get(nearestOrg).sentence() <= sentences) {
            Mention org = ents.mentions.get(nearestOrg);
            int e = org.token();
            while (e < ts.size() && ents.isOrg(e)) e++;
            String name = phrase(org.token(), Math.max(org.token() + 1, e));
            return new Speaker(name, mention, null, null, name, 0.6);
        }
        if (lastOrgSpeaker != null && sentence - lastOrgSentence <= 6) {
            return new Speaker(lastOrgSpeaker.name(), mention, lastOrgSpeaker.role(), null,
                    lastOrgSpeaker.orgText(), 0.55);
        }
        return null;
    }


}
