package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.quotes.Entities.Mention;
import news.quotes.Entities.Person;
import org.junit.jupiter.api.Test;

/**
 * {@link MentionList} answers pronoun look-ups in constant time; these tests pin that its answers
 * are those of the plain walk back through the mentions it replaced (a regression test for the
 * quadratic case: an article of one long sentence full of names and pronoun quotes).
 */
class MentionListTest {

    /** The walk the index replaced, kept verbatim as the reference. */
    static Mention walk(List<Mention> list, char want, int at, int sentence, Mention best, boolean knownOnly) {
        int lo = 0, hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).token() < at) lo = mid + 1; else hi = mid;
        }
        for (int i = lo - 1; i >= 0; i--) {
            Mention m = list.get(i);
            if (sentence - m.sentence() > 10) break;
            if (best != null && m.sentence() < best.sentence()) break;
            if (m.person() == null) continue;
            char g = m.person().gender;
            if (g != 0 && g != want) continue;
            if (knownOnly && g != want) continue;
            if (best == null || m.sentence() > best.sentence()
                    || (m.sentence() == best.sentence() && m.token() < best.token())) best = m;
        }
        return best;
    }

    static Mention walkOrganisation(List<Mention> list, int at, int sentence) {
        for (int i = list.size() - 1; i >= 0; i--) {
            Mention m = list.get(i);
            if (m.token() >= at) continue;
            if (sentence - m.sentence() > 3) break;
            if (m.organisation()) return m;
        }
        return null;
    }

    static List<Mention> randomMentions(Random r, int n) {
        List<Mention> out = new ArrayList<>();
        int token = 0, sentence = 0;
        char[] genders = {0, 'M', 'F'};
        for (int i = 0; i < n; i++) {
            token += r.nextInt(3); // equal tokens happen (a speaker mention at a name)
            if (r.nextInt(4) == 0) sentence += 1 + r.nextInt(3);
            boolean organisation = r.nextInt(5) == 0;
            Person p = null;
            if (!organisation) {
                p = new Person(i, "P" + i, token);
                p.gender = genders[r.nextInt(3)];
            }
            out.add(new Mention(token, sentence, p, organisation));
        }
        return out;
    }

    @Test
    void answersAsTheWalkBackDid() {
        Random r = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<Mention> plain = randomMentions(r, r.nextInt(60));
            List<Mention> other = randomMentions(r, r.nextInt(20));
            MentionList indexed = new MentionList();
            for (Mention m : plain) indexed.add(m);
            int maxToken = plain.isEmpty() ? 5 : plain.get(plain.size() - 1).token() + 5;
            int maxSentence = plain.isEmpty() ? 5 : plain.get(plain.size() - 1).sentence() + 5;
            for (int q = 0; q < 50; q++) {
                int at = r.nextInt(maxToken + 1);
                int sentence = r.nextInt(maxSentence + 1);
                char want = r.nextBoolean() ? 'M' : 'F';
                boolean knownOnly = r.nextBoolean();
                Mention best = other.isEmpty() || r.nextBoolean() ? null : other.get(r.nextInt(other.size()));
                assertSame(walk(plain, want, at, sentence, best, knownOnly),
                        indexed.pick(want, at, sentence, best, knownOnly),
                        "round " + round + " at " + at + " sentence " + sentence + " want " + want);
                int org = indexed.previousOrganisation(indexed.countBefore(at));
                Mention expected = walkOrganisation(plain, at, sentence);
                Mention actual = org >= 0 && sentence - plain.get(org).sentence() <= 3 ? plain.get(org) : null;
                assertSame(expected, actual);
            }
        }
    }

    @Test
    void leftmostCompatibleMentionOfTheNearestSentence() {
        Person he = new Person(0, "Ann Lee", 0);
        he.gender = 'M';
        Person she = new Person(1, "Bea Roe", 0);
        she.gender = 'F';
        Person unknown = new Person(2, "Cy Poe", 0);
        MentionList l = new MentionList();
        l.add(new Mention(1, 0, he, false));
        l.add(new Mention(5, 1, she, false));
        l.add(new Mention(7, 1, unknown, false));
        l.add(new Mention(9, 1, he, false));
        l.add(new Mention(12, 2, null, true));
        assertEquals(7, l.pick('M', 12, 2, null, false).token()); // leftmost of sentence 1 that can be "he"
        assertEquals(9, l.pick('M', 12, 2, null, true).token()); // known male only
        assertEquals(5, l.pick('F', 12, 2, null, false).token());
        assertNull(l.pick('M', 1, 0, null, false)); // nothing before
        assertNull(l.pick('M', 12, 12, null, false)); // more than 10 sentences back
        assertEquals(4, l.previousOrganisation(5));
    }

    @Test
    void pronounQuotesInOneLongSentenceLookAtEachMentionOnce() {
        // 20,000 names and pronouns in one sentence: the walk would look at ~2e8 mentions.
        MentionList l = new MentionList();
        Person p = new Person(0, "Ann Lee", 0);
        for (int i = 0; i < 20_000; i++) l.add(new Mention(2 * i, 0, p, false));
        for (int i = 0; i < 20_000; i++) assertEquals(0, l.pick('M', 2 * i + 1, 0, null, false).token());
    }
}
