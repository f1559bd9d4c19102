package news.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DedupUnitTest {
    private static final DedupOptions OPT = DedupOptions.defaults().withThreads(2);

    // ---- normalisation --------------------------------------------------------------

    @Test
    void exactHashFoldsCaseWhitespacePunctuationAndQuoteStyles() {
        long a = Tokens.of("“We’re not going,” he said -- twice.").exactHash();
        long b = Tokens.of("\"WE'RE NOT\n  going\" he said — twice").exactHash();
        assertEquals(a, b);
        assertNotEquals(a, Tokens.of("We are not going, he said twice.").exactHash());
    }

    @Test
    void tokensKeepOffsetsIntoTheText() {
        String s = "  Don’t stop—now!";
        Tokens t = Tokens.of(s);
        assertEquals(3, t.size());
        assertEquals("Don’t", s.substring(t.starts()[0], t.ends()[0]));
        assertArrayEquals(new String[] {"dont", "stop", "now"}, Tokens.words(s, t));
    }

    // ---- shingles and overlap -------------------------------------------------------

    @Test
    void shinglesAreSortedDistinctAndShortTextsAreOneShingle() {
        int[] s = Shingles.of(Tokens.of("a b c a b c a b c").hashes(), 3);
        assertEquals(3, s.length); // "a b c", "b c a", "c a b"
        for (int i = 1; i < s.length; i++) assertTrue(s[i - 1] < s[i]);
        assertEquals(1, Shingles.of(Tokens.of("two words").hashes(), 4).length);
        assertEquals(0, Shingles.of(new long[0], 4).length);
    }

    @Test
    void overlapScoresContainmentInBothDirections() {
        Shingles.Overlap o = Shingles.overlap(new int[] {1, 2, 3, 4}, new int[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertEquals(0.5, o.jaccard(), 1e-12);
        assertEquals(1.0, o.containmentOfAInB(), 1e-12);
        assertEquals(0.5, o.containmentOfBInA(), 1e-12);
        assertEquals(1.0, o.maxContainment(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new Shingles.Overlap(2, 3, 4));
    }

    // ---- MinHash and LSH ------------------------------------------------------------

    @Test
    void minHashEstimatesJaccardWithinFourStandardErrors() {
        Random r = new Random(1);
        MinHash mh = new MinHash(256, 99);
        for (double target : new double[] {0.1, 0.3, 0.5, 0.8, 0.95}) {
            // A and B share `common` of 1000 distinct values in total
            int total = 1000, common = (int) Math.round(target * total);
            int[] pool = r.ints().distinct().limit(total).toArray();
            int onlyA = (total - common) / 2;
            int[] a = IntStream.concat(IntStream.of(pool).limit(common), IntStream.of(pool).skip(common).limit(onlyA)).toArray();
            int[] b = IntStream.concat(IntStream.of(pool).limit(common), IntStream.of(pool).skip(common + onlyA)).toArray();
            int[] sa = Shingles.sortedDistinct(a), sb = Shingles.sortedDistinct(b);
            double exact = Shingles.overlap(sa, sb).jaccard();
            double est = MinHash.estimate(mh.signature(sa), mh.signature(sb));
            double se = Math.sqrt(exact * (1 - exact) / 256);
            assertTrue(Math.abs(est - exact) <= 4 * se + 1e-9, "J=" + exact + " estimate " + est);
        }
    }

    @Test
    void bandSortEqualsAComparisonSort() {
        // LSH sorts (key << 32 | index) with indices increasing: the radix sort must give Arrays.sort's order
        Random r = new Random(11);
        for (int size : new int[] {0, 1, 2, 17, 1000, 70_000}) {
            long[] a = new long[size];
            int keyRange = 1 + r.nextInt(size + 1);
            for (int i = 0; i < size; i++) {
                int key = r.nextBoolean() ? r.nextInt() : r.nextInt(keyRange) - keyRange / 2; // extremes and many ties
                a[i] = ((long) key << 32) | i;
            }
            long[] expected = a.clone();
            java.util.Arrays.sort(expected);
            Deduplicator.sortByHighHalf(a, new long[size], new int[1 << 16]);
            assertArrayEquals(expected, a, "size " + size);
        }
    }

    @Test
    void wordHashesAreTheTokenHashes() {
        for (String text : new String[] {"", "  ", "We’re here: U.S. 2,5 naïve ÉCOLE's don't—x", "a\u00A0b\tc\n\nd", "ÄÖÜ ß İstanbul"}) {
            Tokens t = Tokens.of(text);
            assertArrayEquals(t.hashes(), Tokens.wordHashes(text), text);
            assertEquals(t.exactHash(), Tokens.exactHash(Tokens.wordHashes(text)), text);
        }
    }

    @Test
    void publishedReadsEveryIsoShape() {
        long day = java.time.LocalDate.of(2024, 3, 5).atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
        assertEquals(day + 3600 + 60, Published.epochSeconds("2024-03-05T01:01"));
        assertEquals(day + 3600 + 60, Published.epochSeconds("2024-03-05t01:01:00"));
        assertEquals(day + 3600 + 60, Published.epochSeconds(" 2024-03-05T01:01:00Z "));
        assertEquals(day + 3600 + 60, Published.epochSeconds("2024-03-05T03:01:00+02:00"));
        assertEquals(day + 3600 + 60, Published.epochSeconds("2024-03-04T20:01:00-05:00"));
        assertEquals(day + 3600 + 60, Published.epochSeconds("2024-03-05T01:01:00.000z"));
        assertEquals(day, Published.epochSeconds("2024-03-05"));
        assertEquals(day, Published.epochSeconds("2024-03-05 01:01")); // no 'T': the date is still read
        assertEquals(day, Published.epochSeconds("2024-03-05T99:99")); // a broken time keeps the date
        assertEquals(day, Published.epochSeconds("2024-03-05T01:01+99:99"));
        assertEquals(Published.UNKNOWN, Published.epochSeconds("Tuesday"));
        assertEquals(Published.UNKNOWN, Published.epochSeconds(""));
        assertEquals(Published.UNKNOWN, Published.epochSeconds(null));
    }

    @Test
    void minHashSignatureIsTheMinimumOfEachPermutation() {
        // the vectorised loop must equal the definition, including the extreme shingle values
        MinHash mh = new MinHash(128, DedupOptions.SEED);
        Random r = new Random(5);
        List<int[]> sets = new ArrayList<>();
        sets.add(new int[] {0});
        sets.add(new int[] {-1});
        sets.add(new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE});
        for (int k = 0; k < 200; k++) sets.add(Shingles.sortedDistinct(r.ints(1 + r.nextInt(400)).toArray()));
        for (int[] set : sets) {
            int[] sig = mh.signature(set);
            for (int i = 0; i < 128; i++) {
                long min = Long.MAX_VALUE;
                for (int s : set) min = Math.min(min, mh.hash(i, s));
                assertEquals((int) min, sig[i], "permutation " + i);
            }
        }
        int[] empty = mh.signature(new int[0]);
        for (int v : empty) assertEquals((int) Long.MAX_VALUE, v, "an empty set keeps its all-max signature");
    }

    @Test
    void lshBandsPutTheThresholdAboveTheSCurve() {
        for (double t : new double[] {0.3, 0.5, 0.7, 0.9}) {
            LshParams p = LshParams.derive(128, t);
            assertTrue(p.bands() * p.rows() <= 128);
            assertTrue(p.candidateProbability(t) >= LshParams.RECALL_AT_THRESHOLD, "at threshold " + t);
            assertTrue(p.lshThreshold() < t, "LSH threshold below verification threshold " + t);
            double quarter = Math.min(t, LshParams.QUARTER_COPY_JACCARD);
            assertTrue(p.candidateProbability(quarter) >= LshParams.RECALL_AT_QUARTER_COPY, "quarter copy at " + t);
            // one more row would lose recall: the derivation picks the most selective banding
            LshParams tighter = new LshParams(128 / (p.rows() + 1), p.rows() + 1);
            assertTrue(tighter.candidateProbability(t) < LshParams.RECALL_AT_THRESHOLD
                    || tighter.candidateProbability(quarter) < LshParams.RECALL_AT_QUARTER_COPY);
        }
        assertEquals(new LshParams(64, 2), LshParams.derive(128, 0.5));
        LshParams p = new LshParams(20, 5);
        assertEquals(1 - Math.pow(1 - Math.pow(0.6, 5), 20), p.candidateProbability(0.6), 1e-12);
        assertEquals(Math.pow(1.0 / 20, 1.0 / 5), p.lshThreshold(), 1e-12);
    }

    // ---- union-find -----------------------------------------------------------------

    @Test
    void unionFindMergesTransitivelyAndCountsSizes() {
        UnionFind uf = new UnionFind(6);
        assertTrue(uf.union(0, 1));
        assertTrue(uf.union(2, 1));
        assertFalse(uf.union(0, 2));
        uf.union(4, 5);
        assertEquals(uf.find(0), uf.find(2));
        assertNotEquals(uf.find(0), uf.find(4));
        assertEquals(3, uf.setSize(1));
        assertEquals(1, uf.setSize(3));
    }

    // ---- clusters -------------------------------------------------------------------

    static String story(int seed, int words) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : i % 25 == 0 ? ".\n\n" : " ");
            sb.append("w").append(r.nextInt(5000));
        }
        return sb.append('.').toString();
    }

    static DedupResult run(List<DedupDoc> docs) {
        return new Deduplicator(OPT).run(DocSource.of(docs));
    }

    @Test
    void truncatedCopyIsContainedAndEarliestPublishedIsCanonical() {
        String full = story(1, 300);
        String half = full.substring(0, full.length() / 2);
        List<DedupDoc> docs = List.of(
                new DedupDoc("late-full", null, "2024-05-02T10:00:00Z", full),
                new DedupDoc("early-half", null, "2024-05-01", half),
                new DedupDoc("other", null, "2024-05-01", story(2, 300)));
        DedupResult r = run(docs);
        assertEquals(1, r.clusters().size());
        Cluster c = r.clusters().get(0);
        assertEquals("early-half", c.canonical());
        assertTrue(c.canonicalReason().startsWith("earliest published"), c.canonicalReason());
        assertEquals(Relation.NEAR_DUPLICATE, c.members().get(1).relation()); // the full text contains the canonical
        // without dates the most complete text wins and the shortened copy is "contained"
        DedupResult r2 = run(List.of(new DedupDoc("full", null, null, full), new DedupDoc("half", null, null, half)));
        Cluster c2 = r2.clusters().get(0);
        assertEquals("full", c2.canonical());
        assertTrue(c2.canonicalReason().contains("contains the others best"), c2.canonicalReason());
        assertEquals(Relation.CONTAINED, c2.members().get(1).relation());
        assertEquals(1.0, c2.members().get(1).containment(), 0.02);
    }

    @Test
    void aLeadOnlyCopyAQuarterOfTheOriginalIsFound() {
        // regression: with 42 x 3 bands LSH proposed such pairs only ~45% of the time
        int found = 0;
        for (int k = 0; k < 20; k++) {
            String full = story(200 + k, 400);
            String lead = full.substring(0, full.length() / 4);
            DedupResult r = run(List.of(new DedupDoc("full", null, null, full), new DedupDoc("lead", null, null, lead)));
            if (r.clusters().size() == 1) found++;
        }
        assertTrue(found >= 18, "found " + found + " of 20");
    }

    @Test
    void exactCopiesAreExactAndTiesGoToTheSmallerId() {
        String t = story(3, 200);
        DedupResult r = run(List.of(new DedupDoc("b", null, null, t), new DedupDoc("a", null, null, t.toUpperCase())));
        Cluster c = r.clusters().get(0);
        assertEquals("a", c.canonical());
        assertTrue(c.canonicalReason().contains("tie broken"), c.canonicalReason());
        assertEquals(Relation.EXACT, c.members().get(1).relation());
        assertEquals(1, r.exactDuplicates());
    }

    @Test
    void aShortCopyContainedInTwoDifferentStoriesJoinsOnlyOne() {
        String a = story(10, 200), b = story(11, 200);
        String aPart = a.substring(0, a.length() / 3);
        List<DedupDoc> docs = List.of(new DedupDoc("a", null, null, a), new DedupDoc("a-plus-b", null, null,
                aPart + "\n\n" + b.substring(0, b.length() / 2)), new DedupDoc("a-part", null, null, aPart));
        DedupResult r = run(docs);
        // a-part is contained in both a and the splice; the splice and a are different stories
        for (Cluster c : r.clusters()) {
            List<String> ids = c.members().stream().map(Cluster.Member::id).toList();
            assertFalse(ids.contains("a") && ids.contains("a-plus-b"), "bridged: " + ids);
        }
    }

    @Test
    void unrelatedArticlesStayApartAndEmptyTextsAreNeverDuplicates() {
        List<DedupDoc> docs = new ArrayList<>();
        for (int i = 0; i < 30; i++) docs.add(new DedupDoc("d" + i, null, null, story(100 + i, 150)));
        docs.add(new DedupDoc("empty1", null, null, ""));
        docs.add(new DedupDoc("empty2", null, null, " … "));
        DedupResult r = run(docs);
        assertEquals(0, r.clusters().size());
        assertEquals(2, r.emptyArticles());
    }

    @Test
    void duplicateIdsAreRenamedNotFatal() {
        // regression (issue 13 item 5): the same id in two inputs aborted dedup with no output
        String t = story(40, 200);
        List<String> warnings = new ArrayList<>();
        DedupResult r = new Deduplicator(OPT).run(DocSource.of(List.of(new DedupDoc("x", null, null, t),
                new DedupDoc("x", null, null, t), new DedupDoc("x~2", null, null, story(41, 200)),
                new DedupDoc("y", null, null, story(42, 200)))), warnings::add);
        // first come, first named: the second "x" becomes x~2, so the later real "x~2" is x~2~2
        assertEquals(List.of("x", "x~2", "x~2~2", "y"), List.of(r.ids()));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("duplicate article id x ") && warnings.get(0).contains("renamed x~2"), warnings.get(0));
        assertEquals(1, r.clusters().size());
        assertEquals(List.of("x", "x~2"), r.clusters().get(0).members().stream().map(Cluster.Member::id).sorted().toList());
    }

    // ---- passages -------------------------------------------------------------------

    @Test
    void boilerplateSuppressionIsTheSameOnOneOrTwoCores() {
        SyntheticArticles corpus = new SyntheticArticles(6000, 9L);
        Deduplicator d = new Deduplicator(OPT);
        Fingerprints one = d.fingerprint(corpus), two = d.fingerprint(corpus);
        int found1 = BoilerplateShingles.suppress(one, 60, 15, 1), found2 = BoilerplateShingles.suppress(two, 60, 15, 2);
        assertTrue(found1 > 0, "the generated footers are boilerplate");
        assertEquals(found1, found2);
        int changed = 0;
        for (int i = 0; i < one.size; i++) {
            assertArrayEquals(one.shingles[i], two.shingles[i], "article " + i);
            if (one.shingles[i].length < Shingles.of(Tokens.wordHashes(corpus.doc(i).text()), 4).length) changed++;
        }
        assertTrue(changed > 0);
    }

    @Test
    void passagesAreTheSameFromKeptAnchorsAndFromReReading() {
        // pass 2 reads the anchors pass 1 kept when they fit the budget, else re-reads the source
        SyntheticArticles corpus = new SyntheticArticles(2000, 5L);
        int n = corpus.size();
        boolean[] participates = new boolean[n];
        String[] sites = new String[n];
        long[] published = new long[n];
        int[] words = new int[n];
        for (int i = 0; i < n; i++) {
            DedupDoc d = corpus.doc(i);
            sites[i] = d.site();
            published[i] = Published.epochSeconds(d.published());
            words[i] = Tokens.wordHashes(d.text()).length;
            participates[i] = words[i] >= 8;
        }
        List<Passage> kept = new PassageFinder(8, 2).find(corpus, n, participates, sites, published, words);
        List<Passage> reread = new PassageFinder(8, 2, 0).find(corpus, n, participates, sites, published, words);
        List<Passage> oneThread = new PassageFinder(8, 1, 0).find(corpus, n, participates, sites, published, words);
        assertTrue(kept.size() > 100, "passages found: " + kept.size());
        assertEquals(kept, reread);
        assertEquals(kept, oneThread);
    }

    @Test
    void quoteEmbeddedInALongerSentenceIsASharedPassage() {
        String quote = "we will not leave this city until the last family is safe";
        List<DedupDoc> docs = List.of(
                new DedupDoc("a", "one.example", null, story(20, 80) + "\n\n“" + quote.substring(0, 1).toUpperCase()
                        + quote.substring(1) + ".”\n\n" + story(21, 40)),
                new DedupDoc("b", "two.example", null, story(22, 60) + " He said that " + quote + ", and left. " + story(23, 50)),
                new DedupDoc("c", "one.example", null, story(24, 90)));
        DedupResult r = run(docs);
        assertEquals(1, r.passages().size());
        Passage p = r.passages().get(0);
        assertEquals(quote, DedupGoldenTest.normalised(p.text()));
        assertEquals(List.of("a", "b"), p.occurrences().stream().map(Passage.Occurrence::id).toList());
        assertEquals("a", p.firstId());
        assertEquals(2, p.sites());
        assertFalse(p.boilerplate());
        Passage.Occurrence ob = p.occurrences().get(1);
        assertEquals(quote, docs.get(1).text().substring(ob.start(), ob.end()));
    }

    @Test
    void passageFromOneSiteOnlyIsBoilerplateAndShortOnesAreIgnored() {
        String footer = "Subscribe to the Valley Courier for unlimited access to local news and weather";
        List<DedupDoc> docs = List.of(
                new DedupDoc("a", "courier.example", null, story(30, 100) + "\n\n" + footer + "\n\nshort shared line"),
                new DedupDoc("b", "courier.example", null, story(31, 100) + "\n\n" + footer + "\n\nshort shared line"));
        DedupResult r = run(docs);
        assertEquals(1, r.passages().size());
        assertTrue(r.passages().get(0).boilerplate());
        assertEquals(1, r.passages().get(0).sites());
    }

    @Test
    void passagesAreNotReportedBetweenMembersOfOneCluster() {
        String t = story(40, 300);
        DedupResult r = run(List.of(new DedupDoc("a", null, null, t), new DedupDoc("b", null, null, t + " the end")));
        assertEquals(1, r.clusters().size());
        assertEquals(0, r.passages().size());
    }

    // ---- explain --------------------------------------------------------------------

    @Test
    void explainGivesScoresVerdictAndAWordDiff() {
        String a = story(50, 120);
        String b = a.replace("w", "W").replaceFirst(" \\S+ ", " changedword ");
        PairExplanation e = PairExplanation.of(new DedupDoc("a", null, null, a), new DedupDoc("b", null, null, b), OPT);
        assertTrue(e.duplicate());
        assertTrue(e.reason().startsWith("near_duplicate"), e.reason());
        assertTrue(e.jaccard() > 0.9);
        assertNotNull(e.diff());
        List<WordDiff.Hunk> diffs = e.diff().stream().filter(h -> h.op() == WordDiff.Op.DIFFERENT).toList();
        assertEquals(1, diffs.size());
        assertEquals("changedword", diffs.get(0).bText());
        PairExplanation no = PairExplanation.of(new DedupDoc("a", null, null, a),
                new DedupDoc("c", null, null, story(51, 120)), OPT);
        assertFalse(no.duplicate());
        assertTrue(no.reason().startsWith("not duplicates"), no.reason());
    }

    @Test
    void wordDiffFindsInsertionsDeletionsAndRefusesHugeDiffs() {
        List<WordDiff.Hunk> d = WordDiff.diff("one two three four five", "one three four extra five");
        assertEquals("one|two||three four||extra|five", render(d));
        assertNull(WordDiff.diff(story(60, 4000), story(61, 4000)));
    }

    private static String render(List<WordDiff.Hunk> hunks) {
        StringBuilder sb = new StringBuilder();
        for (WordDiff.Hunk h : hunks) {
            if (sb.length() > 0) sb.append('|');
            sb.append(h.op() == WordDiff.Op.SAME ? h.aText() : h.aText() + "|" + h.bText());
        }
        return sb.toString();
    }

    // ---- scoring --------------------------------------------------------------------

    @Test
    void clusterScoreMatchesKnownValues() {
        int[] truth = {0, 0, 0, 1, 1, 2};
        ClusterScore same = ClusterScore.of(truth, new int[] {5, 5, 5, 7, 7, 9});
        assertEquals(1.0, same.ari(), 1e-12);
        assertEquals(1.0, same.f1(), 1e-12);
        // by hand: sum C(n_ij,2) = 1, rows 4, columns 3, pairs 15: (1 - 0.8) / (3.5 - 0.8)
        ClusterScore s = ClusterScore.of(truth, new int[] {0, 0, 1, 1, 2, 2});
        assertEquals(0.2 / 2.7, s.ari(), 1e-12);
        assertEquals(1.0 / 3, s.precision(), 1e-12);
        assertEquals(0.25, s.recall(), 1e-12);
    }
}
