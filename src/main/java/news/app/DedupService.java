package news.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.dedup.Cluster;
import news.dedup.DedupDoc;
import news.dedup.DedupOptions;
import news.dedup.DedupResult;
import news.dedup.Deduplicator;
import news.dedup.PairExplanation;
import news.dedup.Passage;
import news.dedup.WordDiff;
import news.model.Article;
import news.output.ArticleJson;
import news.output.OutputFormat;
import news.output.RecordWriter;

/** `news dedup`: duplicate clusters and shared passages, the deduplicated corpus, pair explanations. */
public final class DedupService {
    public static final List<String> CSV_COLUMNS = List.of("cluster_id", "canonical", "id", "relation", "jaccard",
            "containment");

    private DedupService() {}

    /** The report (summary, clusters, passages) in {@code format}. */
    public static int run(List<String> inputs, DedupOptions options, OutputFormat format, OutputStream out,
                          Problems problems) throws IOException {
        DedupCorpusSource source = new DedupCorpusSource(Corpus.open(inputs, problems));
        DedupResult r = new Deduplicator(options).run(source, problems::warn);
        writeReport(r, format, out);
        return problems.exitCode();
    }

    /** The deduplicated corpus: canonical and unclustered articles in the clean schema, plus cluster fields. */
    public static int keepCanonical(List<String> inputs, DedupOptions options, OutputStream out, PrintStream err,
                                    Problems problems) throws IOException {
        DedupCorpusSource source = new DedupCorpusSource(Corpus.open(inputs, problems));
        DedupResult r = new Deduplicator(options.withPassages(false)).run(source, problems::warn);
        String[] ids = r.ids(); // as dedup named them: a repeated id is renamed id~2, …
        RecordWriter w = new RecordWriter(out, OutputFormat.JSONL, List.of());
        int[] idx = {0};
        int[] kept = {0};
        source.forEachArticle(a -> {
            int i = idx[0]++;
            Cluster cl = r.clusterAt(i);
            if (cl != null && !cl.canonical().equals(ids[i])) return;
            Map<String, Object> m = ArticleJson.toMap(a);
            m.put("id", ids[i]);
            m.put("cluster_id", cl == null ? null : cl.clusterId());
            List<String> dups = new ArrayList<>();
            if (cl != null) for (Cluster.Member mem : cl.members().subList(1, cl.members().size())) dups.add(mem.id());
            m.put("duplicates", dups);
            w.write(m);
            kept[0]++;
        });
        w.finish();
        if (err != null) {
            err.printf(Locale.ROOT, "news: dedup kept %d of %d articles (%d duplicates in %d clusters)%n", kept[0],
                    r.articles(), r.duplicateArticles(), r.clusters().size());
        }
        return problems.exitCode();
    }

    public static void writeReport(DedupResult r, OutputFormat format, OutputStream out) throws IOException {
        switch (format) {
            case TABLE -> writeTable(r, out);
            case CSV -> {
                RecordWriter w = new RecordWriter(out, format, CSV_COLUMNS);
                for (Cluster c : r.clusters()) {
                    for (Cluster.Member m : c.members()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("cluster_id", c.clusterId());
                        row.put("canonical", c.canonical());
                        row.put("id", m.id());
                        row.put("relation", m.relation().toString());
                        row.put("jaccard", m.jaccard());
                        row.put("containment", m.containment());
                        w.write(row);
                    }
                }
                w.finish();
            }
            default -> {
                RecordWriter w = new RecordWriter(out, format, List.of());
                w.write(summaryRow(r));
                for (Cluster c : r.clusters()) w.write(clusterRow(c));
                for (Passage p : r.passages()) w.write(passageRow(p));
                w.finish();
            }
        }
    }

    public static Map<String, Object> summaryRow(DedupResult r) {
        DedupOptions o = r.options();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "summary");
        m.put("articles", r.articles());
        m.put("empty_articles", r.emptyArticles());
        m.put("clusters", r.clusters().size());
        m.put("duplicate_articles", r.duplicateArticles());
        m.put("exact_duplicates", r.exactDuplicates());
        m.put("passages", r.passages().size());
        m.put("boilerplate_shingles", r.boilerplateShingles());
        m.put("candidate_pairs", r.candidatePairs());
        m.put("verified_pairs", r.verifiedPairs());
        m.put("threshold", o.threshold());
        m.put("containment", o.containment());
        m.put("min_contained_shingles", o.minContainedShingles());
        m.put("boilerplate_df", o.boilerplateDf(r.articles()) == Integer.MAX_VALUE ? null : o.boilerplateDf(r.articles()));
        m.put("shingle_size", o.shingleSize());
        m.put("permutations", o.permutations());
        m.put("bands", o.lsh().bands());
        m.put("rows", o.lsh().rows());
        m.put("lsh_threshold", ArticleJson.round3(o.lsh().lshThreshold()));
        m.put("candidate_probability_at_threshold", ArticleJson.round3(o.lsh().candidateProbability(o.threshold())));
        m.put("candidate_probability_quarter_copy", ArticleJson.round3(o.lsh().candidateProbability(
                Math.min(o.threshold(), news.dedup.LshParams.QUARTER_COPY_JACCARD))));
        m.put("passage_words", o.passages() ? o.passageWords() : null);
        m.put("timings_ms", r.timings());
        return m;
    }

    public static Map<String, Object> clusterRow(Cluster c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "cluster");
        m.put("cluster_id", c.clusterId());
        m.put("canonical", c.canonical());
        m.put("canonical_reason", c.canonicalReason());
        List<Map<String, Object>> members = new ArrayList<>();
        for (Cluster.Member mem : c.members()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", mem.id());
            x.put("jaccard", mem.jaccard());
            x.put("containment", mem.containment());
            x.put("relation", mem.relation().toString());
            members.add(x);
        }
        m.put("members", members);
        return m;
    }

    public static Map<String, Object> passageRow(Passage p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "passage");
        m.put("passage_id", p.passageId());
        m.put("text", p.text());
        List<Map<String, Object>> occ = new ArrayList<>();
        for (Passage.Occurrence o : p.occurrences()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", o.id());
            x.put("start", o.start());
            x.put("end", o.end());
            occ.add(x);
        }
        m.put("occurrences", occ);
        m.put("first_id", p.firstId());
        m.put("sites", p.sites());
        m.put("boilerplate", p.boilerplate());
        return m;
    }

    private static void writeTable(DedupResult r, OutputStream out) throws IOException {
        DedupOptions o = r.options();
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        ps.printf(Locale.ROOT, "%d articles: %d duplicate clusters (%d duplicate articles, %d exact), %d shared passages%n",
                r.articles(), r.clusters().size(), r.duplicateArticles(), r.exactDuplicates(), r.passages().size());
        ps.printf(Locale.ROOT, "threshold %.2f (Jaccard), containment %.2f, shingles of %d words, %d permutations = "
                        + "%d bands x %d rows (LSH threshold ~%.2f, P(candidate) %.3f at the threshold, %.3f for a quarter-length copy); "
                        + "%d candidate pairs, %d verified%n",
                o.threshold(), o.containment(), o.shingleSize(), o.permutations(), o.lsh().bands(), o.lsh().rows(),
                o.lsh().lshThreshold(), o.lsh().candidateProbability(o.threshold()),
                o.lsh().candidateProbability(Math.min(o.threshold(), news.dedup.LshParams.QUARTER_COPY_JACCARD)),
                r.candidatePairs(), r.verifiedPairs());
        // Stage timings are in the jsonl/json summary (timings_ms), not in the table: the table is
        // for people and the same on every run (the README's examples are checked against it).
        ps.println();
        ps.flush();
        if (!r.clusters().isEmpty()) {
            RecordWriter w = new RecordWriter(out, OutputFormat.TABLE,
                    List.of("cluster_id", "id", "relation", "jaccard", "containment", "canonical_reason"));
            for (Cluster c : r.clusters()) {
                for (Cluster.Member m : c.members()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("cluster_id", c.clusterId());
                    row.put("id", m.id());
                    row.put("relation", m.relation().toString());
                    row.put("jaccard", m.jaccard());
                    row.put("containment", m.containment());
                    row.put("canonical_reason", m.relation() == news.dedup.Relation.CANONICAL ? c.canonicalReason() : "");
                    w.write(row);
                }
            }
            w.finish();
            out.write('\n');
        }
        if (!r.passages().isEmpty()) {
            RecordWriter w = new RecordWriter(out, OutputFormat.TABLE,
                    List.of("passage_id", "sites", "boilerplate", "first_id", "occurrences", "text"));
            for (Passage p : r.passages()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("passage_id", p.passageId());
                row.put("sites", p.sites());
                row.put("boilerplate", p.boilerplate());
                row.put("first_id", p.firstId());
                List<String> occ = new ArrayList<>();
                for (Passage.Occurrence x : p.occurrences()) occ.add(x.id() + "@" + x.start() + "-" + x.end());
                row.put("occurrences", String.join(" ", occ));
                row.put("text", p.text());
                w.write(row);
            }
            w.finish();
        }
        out.flush();
    }

    /** `--explain A B`: scores, verdict and word diff of two articles of the corpus. */
    public static int explain(List<String> inputs, String idA, String idB, DedupOptions options, OutputFormat format,
                              OutputStream out, Problems problems) throws IOException {
        DedupDoc[] found = new DedupDoc[2];
        Corpus.open(inputs, problems).forEachArticle(new news.clean.TextCleaner(), a -> {
            if (a.id().equals(idA)) found[0] = DedupDoc.of(a);
            if (a.id().equals(idB)) found[1] = DedupDoc.of(a);
        });
        for (int k = 0; k < 2; k++) {
            if (found[k] == null) {
                problems.skipped("no article with id " + (k == 0 ? idA : idB) + " in the inputs");
                return Problems.USAGE;
            }
        }
        PairExplanation e = PairExplanation.of(found[0], found[1], options);
        if (format == OutputFormat.TABLE) {
            PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
            printExplanation(e, options, ps);
            ps.flush();
        } else {
            RecordWriter w = new RecordWriter(out, format == OutputFormat.CSV ? OutputFormat.JSONL : format, List.of());
            w.write(explanationRow(e));
            w.finish();
        }
        return problems.exitCode();
    }

    public static Map<String, Object> explanationRow(PairExplanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "explanation");
        m.put("a", e.idA());
        m.put("b", e.idB());
        m.put("words_a", e.wordsA());
        m.put("words_b", e.wordsB());
        m.put("duplicate", e.duplicate());
        m.put("reason", e.reason());
        m.put("exact", e.exact());
        m.put("jaccard", e.jaccard());
        m.put("containment_a_in_b", e.containmentAInB());
        m.put("containment_b_in_a", e.containmentBInA());
        m.put("minhash_estimate", e.minhashEstimate());
        m.put("shared_bands", e.sharedBands());
        m.put("candidate_probability", e.candidateProbability());
        List<Map<String, Object>> diff = new ArrayList<>();
        if (e.diff() != null) {
            for (WordDiff.Hunk h : e.diff()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("op", h.op().name().toLowerCase(Locale.ROOT));
                x.put("a_words", List.of(h.aFrom(), h.aTo()));
                x.put("b_words", List.of(h.bFrom(), h.bTo()));
                if (h.op() == WordDiff.Op.DIFFERENT) {
                    x.put("a_text", h.aText());
                    x.put("b_text", h.bText());
                }
                diff.add(x);
            }
        }
        m.put("diff", e.diff() == null ? null : diff);
        return m;
    }

    static void printExplanation(PairExplanation e, DedupOptions o, PrintStream ps) {
        String a = oneLine(e.idA()), b = oneLine(e.idB());
        ps.printf(Locale.ROOT, "%s (%d words) vs %s (%d words)%n", a, e.wordsA(), b, e.wordsB());
        ps.printf(Locale.ROOT, "verdict: %s%n", oneLine(e.reason()));
        ps.printf(Locale.ROOT, "  exact text match      %s%n", e.exact() ? "yes" : "no");
        ps.printf(Locale.ROOT, "  Jaccard (%d-word shingles)  %.3f   threshold %.2f%n", o.shingleSize(), e.jaccard(), o.threshold());
        ps.printf(Locale.ROOT, "  containment %s in %s  %.3f   threshold %.2f%n", a, b, e.containmentAInB(), o.containment());
        ps.printf(Locale.ROOT, "  containment %s in %s  %.3f%n", b, a, e.containmentBInA());
        ps.printf(Locale.ROOT, "  MinHash estimate      %.3f (%d permutations)%n", e.minhashEstimate(), o.permutations());
        ps.printf(Locale.ROOT, "  LSH bands equal       %d of %d (P(candidate) at this Jaccard %.3f)%n", e.sharedBands(),
                o.lsh().bands(), e.candidateProbability());
        if (e.diff() == null) {
            ps.printf(Locale.ROOT, "word diff: too different to diff (over %d edits)%n", WordDiff.MAX_EDITS);
            return;
        }
        ps.println("word diff (= same words, - only in " + a + ", + only in " + b + "):");
        for (WordDiff.Hunk h : e.diff()) {
            if (h.op() == WordDiff.Op.SAME) {
                ps.printf(Locale.ROOT, "  = %d words: %s%n", h.aTo() - h.aFrom(), abbreviate(h.aText(), 80));
            } else {
                if (h.aTo() > h.aFrom()) ps.printf(Locale.ROOT, "  - %s%n", oneLine(h.aText()));
                if (h.bTo() > h.bFrom()) ps.printf(Locale.ROOT, "  + %s%n", oneLine(h.bText()));
            }
        }
    }

    /** For people: the one terminal sanitiser (no control byte, one line). */
    private static String oneLine(String s) {
        return news.output.Display.oneLine(s);
    }

    private static String abbreviate(String s, int max) {
        return news.output.Display.middle(s, max / 2 - 2, max / 2 - 2);
    }

    /** Loads articles of a corpus for library callers (tests, benchmarks). */
    public static List<Article> articles(List<String> inputs, Problems problems) {
        List<Article> out = new ArrayList<>();
        Corpus.open(inputs, problems).forEachArticle(new news.clean.TextCleaner(), out::add);
        return out;
    }
}
