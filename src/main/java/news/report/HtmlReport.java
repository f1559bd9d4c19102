package news.report;

import static news.report.Html.esc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.app.Problems;
import news.dedup.Cluster;
import news.dedup.DedupResult;
import news.dedup.Passage;
import news.dedup.Relation;
import news.dedup.WordDiff;
import news.model.Article;
import news.quotes.Names;
import news.quotes.Quote;
import news.quotes.QuoteGrouper;

/**
 * `news report`: one self-contained HTML page for people (journalists, fact-checkers) — the
 * corpus overview, duplicate clusters with word diffs, shared passages, the same statement
 * across outlets with its variants side by side, and a chart of statements per speaker and
 * outlet. Styles, script and the chart (SVG) are inline; a Content-Security-Policy forbids
 * every network request, so the page shows the same offline and a hostile page in the corpus
 * cannot make it fetch anything. All corpus text is escaped ({@link Html#esc}).
 */
public final class HtmlReport {
    /** The section ids, in page order (the browser test checks each renders). */
    public static final List<String> SECTIONS = List.of("overview", "clusters", "passages", "quote-groups", "chart");
    /** Speakers in the chart: the most quoted ones. */
    static final int CHART_SPEAKERS = 15;
    /** Outlets with a colour of their own in the chart; the others share one. */
    static final int CHART_OUTLETS = 8;
    /** A run of equal words in a diff longer than this is shown by its ends. */
    static final int SAME_WORDS_SHOWN = 24;
    /**
     * Most items a list of the page shows: a page of a large corpus must still open in a browser
     * (the whole corpus is in `news export`); the overview's numbers always count everything.
     */
    static final int MAX_ITEMS = 500;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948",
        "#b07aa1", "#9c755f"};
    private static final String OTHER_COLOUR = "#bab0ac";

    private final ReportData data;
    private final Map<String, Article> byId;

    private HtmlReport(ReportData data) {
        this.data = data;
        this.byId = data.byId();
    }

    /** Collects the corpus and writes the page. */
    public static int run(List<String> inputs, int threads, OutputStream out, Problems problems) throws IOException {
        ReportData d = ReportData.collect(inputs, threads, problems);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        write(d, w);
        w.flush();
        return problems.exitCode();
    }

    public static void write(ReportData data, Writer w) throws IOException {
        new HtmlReport(data).page(w);
    }

    private void page(Writer w) throws IOException {
        DedupResult d = data.dedup();
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        // Nothing but this page's own inline style and script: no request leaves the page.
        w.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<title>News corpus report: " + data.articles().size() + " articles</title>\n");
        w.write("<style>" + CSS + "</style>\n</head>\n<body>\n");
        w.write("<header><h1>News corpus report</h1><nav>");
        String[] titles = {"Overview", "Duplicate clusters", "Shared passages", "Quotes across outlets", "Chart"};
        for (int i = 0; i < SECTIONS.size(); i++) {
            w.write("<a href=\"#" + SECTIONS.get(i) + "\">" + titles[i] + "</a>");
        }
        w.write("</nav></header>\n<main>\n");
        overview(w, d);
        clusters(w, d);
        passages(w, d);
        groups(w);
        chart(w);
        w.write("</main>\n<footer>Made by <code>news report</code>. This page loads nothing from the network.</footer>\n");
        w.write("<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private void overview(Writer w, DedupResult d) throws IOException {
        Set<String> outlets = new LinkedHashSet<>();
        long words = 0;
        for (Article a : data.articles()) {
            outlets.add(ReportData.outlet(a));
            words += a.wordCount();
        }
        w.write("<section id=\"overview\">\n<h2>Overview</h2>\n<dl class=\"stats\">");
        stat(w, "articles", data.articles().size());
        stat(w, "words", words);
        stat(w, "outlets", outlets.size());
        stat(w, "quotes", data.quoteCount());
        stat(w, "statements in several articles", data.groups().size());
        stat(w, "duplicate clusters", d.clusters().size());
        stat(w, "duplicate articles", d.duplicateArticles());
        stat(w, "shared passages", d.passages().size());
        w.write("</dl>\n<p class=\"note\">An outlet is the article's site, or the article itself when its site is unknown (—).</p>\n");
        w.write("<table class=\"articles\"><thead><tr><th>article</th><th>outlet</th><th>title</th><th>words</th>"
                + "<th>removed</th><th>quotes</th><th>problems</th></tr></thead>\n<tbody>\n");
        for (Article a : first(data.articles())) {
            w.write("<tr id=\"article-" + Html.id(a.id()) + "\"><td><code>" + esc(a.id()) + "</code></td><td>"
                    + (a.site() == null ? "<span class=\"note\">—</span>" : esc(a.site())) + "</td><td>"
                    + esc(a.title() == null ? "" : a.title()) + "</td><td class=\"n\">"
                    + a.wordCount() + "</td><td class=\"n\">" + String.format(Locale.ROOT, "%.0f%%", 100 * a.removedShare())
                    + "</td><td class=\"n\">" + data.quotes().getOrDefault(a.id(), List.of()).size() + "</td><td>"
                    + esc(String.join("; ", a.problems())) + "</td></tr>\n");
        }
        w.write("</tbody></table>\n");
        more(w, data.articles().size(), "articles");
        w.write("</section>\n");
    }

    /** The first {@link #MAX_ITEMS} of a list. */
    static <T> List<T> first(List<T> items) {
        return items.size() <= MAX_ITEMS ? items : items.subList(0, MAX_ITEMS);
    }

    /** Says how many items of a list the page leaves out. */
    private static void more(Writer w, int total, String what) throws IOException {
        if (total > MAX_ITEMS) {
            w.write("<p class=\"more\">The first " + MAX_ITEMS + " of " + total + " " + what
                    + " are shown; <code>news export</code> holds them all.</p>\n");
        }
    }

    private static void stat(Writer w, String label, long n) throws IOException {
        w.write("<div><dt>" + esc(label) + "</dt><dd>" + n + "</dd></div>");
    }

    private String articleRef(String id) {
        Article a = byId.get(id);
        String label = a == null ? id : ReportData.outlet(a) + (a.site() != null ? " · " + id : "");
        return "<a href=\"#article-" + Html.id(id) + "\">" + esc(label) + "</a>";
    }

    private void clusters(Writer w, DedupResult d) throws IOException {
        w.write("<section id=\"clusters\">\n<h2>Duplicate clusters</h2>\n");
        if (d.clusters().isEmpty()) {
            w.write("<p class=\"empty\">No duplicate clusters: no two articles share most of their text"
                    + " (Jaccard of word shingles " + d.options().threshold() + ", or containment "
                    + d.options().containment() + ").</p>\n");
        }
        for (Cluster c : first(d.clusters())) {
            Article canonical = byId.get(c.canonical());
            w.write("<article class=\"cluster\" id=\"cluster-" + Html.id(c.clusterId()) + "\">\n<h3>" + esc(c.clusterId())
                    + ": " + c.members().size() + " copies of “" + esc(title(canonical, c.canonical())) + "”</h3>\n");
            w.write("<p>Kept: " + articleRef(c.canonical()) + " — " + esc(c.canonicalReason()) + "</p>\n");
            w.write("<table><thead><tr><th>article</th><th>relation</th><th>Jaccard</th><th>containment</th></tr></thead><tbody>\n");
            for (Cluster.Member m : c.members()) {
                w.write("<tr><td>" + articleRef(m.id()) + "</td><td>" + esc(m.relation().toString()) + "</td><td class=\"n\">"
                        + fixed(m.jaccard()) + "</td><td class=\"n\">" + fixed(m.containment()) + "</td></tr>\n");
            }
            w.write("</tbody></table>\n");
            for (Cluster.Member m : c.members()) {
                if (m.relation() == Relation.CANONICAL) continue;
                Article other = byId.get(m.id());
                if (canonical == null || other == null) continue;
                w.write("<details class=\"diff\"><summary>Word diff: " + esc(c.canonical()) + " → " + esc(m.id())
                        + " (<del>only in the kept copy</del>, <ins>only in this copy</ins>)</summary>\n<div class=\"text\">");
                w.write(diffHtml(WordDiff.diff(canonical.text(), other.text()), true));
                w.write("</div></details>\n");
            }
            w.write("</article>\n");
        }
        more(w, d.clusters().size(), "clusters");
        w.write("</section>\n");
    }

    /** A diff as text with deletions and insertions marked; null (too different) says so. */
    static String diffHtml(List<WordDiff.Hunk> diff, boolean shortenSame) {
        if (diff == null) return "<p class=\"empty\">Too different to diff (over " + WordDiff.MAX_EDITS + " edits).</p>";
        StringBuilder b = new StringBuilder();
        for (WordDiff.Hunk h : diff) {
            if (h.op() == WordDiff.Op.SAME) {
                b.append(esc(shortenSame ? shorten(h.aText(), SAME_WORDS_SHOWN) : h.aText()));
            } else {
                if (!h.aText().isEmpty()) b.append("<del>").append(esc(h.aText())).append("</del>");
                if (!h.aText().isEmpty() && !h.bText().isEmpty()) b.append(' ');
                if (!h.bText().isEmpty()) b.append("<ins>").append(esc(h.bText())).append("</ins>");
            }
            b.append(' ');
        }
        return b.toString().strip();
    }

    /** A long run of words as its first and last half of {@code words}, "…" between. */
    static String shorten(String text, int words) {
        String[] ws = text.split("\\s+");
        if (ws.length <= words) return text;
        int half = words / 2;
        return String.join(" ", java.util.Arrays.asList(ws).subList(0, half)) + " … "
                + String.join(" ", java.util.Arrays.asList(ws).subList(ws.length - half, ws.length));
    }

    private void passages(Writer w, DedupResult d) throws IOException {
        w.write("<section id=\"passages\">\n<h2>Shared passages</h2>\n<p class=\"note\">Runs of at least "
                + d.options().passageWords() + " identical words carried by different stories; boilerplate is a"
                + " passage only one site repeats.</p>\n");
        if (d.passages().isEmpty()) {
            w.write("<p class=\"empty\">No passages are shared by different stories.</p>\n");
        } else {
            w.write("<table><thead><tr><th>passage</th><th>sites</th><th>first in</th><th>also in</th><th>text</th></tr></thead><tbody>\n");
            for (Passage p : first(d.passages())) {
                List<String> also = new ArrayList<>();
                Set<String> seen = new LinkedHashSet<>();
                for (Passage.Occurrence o : p.occurrences()) {
                    if (!o.id().equals(p.firstId()) && seen.add(o.id())) also.add(articleRef(o.id()));
                }
                w.write("<tr" + (p.boilerplate() ? " class=\"boilerplate\"" : "") + "><td>" + esc(p.passageId())
                        + (p.boilerplate() ? " (boilerplate)" : "") + "</td><td class=\"n\">" + p.sites() + "</td><td>"
                        + articleRef(p.firstId()) + "</td><td>" + String.join(", ", also) + "</td><td class=\"quote\">"
                        + esc(p.text()) + "</td></tr>\n");
            }
            w.write("</tbody></table>\n");
            more(w, d.passages().size(), "passages");
        }
        w.write("</section>\n");
    }

    private void groups(Writer w) throws IOException {
        w.write("<section id=\"quote-groups\">\n<h2>Quotes across outlets</h2>\n<p class=\"note\">The same statement"
                + " in several articles, with each outlet's wording side by side: <ins>words only in that"
                + " version</ins>, <del>words it lacks</del>, against the group's most central wording.</p>\n");
        if (data.groups().isEmpty()) {
            w.write("<p class=\"empty\">No statement is quoted in more than one article.</p>\n");
        } else {
            w.write("<p><label>Filter: <input type=\"search\" id=\"group-filter\" placeholder=\"speaker or words\"></label></p>\n");
        }
        for (QuoteGrouper.Group g : first(data.groups())) {
            Set<String> outlets = new LinkedHashSet<>();
            for (QuoteGrouper.Member m : g.members()) {
                Article a = byId.get(m.articleId());
                outlets.add(a == null ? m.articleId() : ReportData.outlet(a));
            }
            w.write("<article class=\"group\" id=\"group-" + g.groupId() + "\">\n<h3>" + esc(g.speaker() == null ? "unknown speaker" : g.speaker())
                    + ": “" + esc(g.quote()) + "”</h3>\n<p class=\"meta\">" + g.articleIds().size() + " articles, "
                    + outlets.size() + " outlets</p>\n<div class=\"variants\">\n");
            for (QuoteGrouper.Member m : g.members()) {
                w.write("<div class=\"variant rel-" + Html.id(m.relation()) + "\"><p class=\"where\">" + articleRef(m.articleId())
                        + " <span class=\"rel\">" + esc(m.relation()) + " " + fixed(m.score()) + "</span></p>\n<blockquote>"
                        + diffHtml(WordDiff.diff(g.quote(), m.statement()), false) + "</blockquote>\n");
                if (!m.quote().strip().equals(m.statement().strip())) {
                    w.write("<p class=\"full\">Whole quote: “" + esc(m.quote()) + "”</p>\n");
                }
                if (m.speaker() != null) w.write("<p class=\"who\">attributed to " + esc(m.speaker()) + "</p>\n");
                w.write("</div>\n");
            }
            w.write("</div>\n</article>\n");
        }
        more(w, data.groups().size(), "statements");
        w.write("</section>\n");
    }

    /** Quotes per speaker (name variants folded) and outlet. */
    record SpeakerCounts(String speaker, Map<String, Integer> byOutlet, int total) {}

    static List<SpeakerCounts> speakerCounts(ReportData data) {
        List<String> names = new ArrayList<>();
        List<Map<String, Integer>> spellings = new ArrayList<>();
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (Article a : data.articles()) {
            for (Quote q : data.quotes().getOrDefault(a.id(), List.of())) {
                if (q.speaker() == null) continue;
                int k = -1;
                for (int i = 0; i < names.size() && k < 0; i++) {
                    String n = names.get(i);
                    boolean same = QuoteGrouper.isName(q.speaker()) && QuoteGrouper.isName(n)
                            ? Names.sameSpeaker(n, q.speaker()) : n.equalsIgnoreCase(q.speaker());
                    if (same) k = i;
                }
                if (k < 0) {
                    k = names.size();
                    names.add(q.speaker());
                    spellings.add(new LinkedHashMap<>());
                    counts.add(new LinkedHashMap<>());
                }
                spellings.get(k).merge(q.speaker(), 1, Integer::sum);
                counts.get(k).merge(ReportData.outlet(a), 1, Integer::sum);
            }
        }
        List<SpeakerCounts> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            // Shown under the spelling used most (the first such on a tie).
            String shown = spellings.get(i).entrySet().stream()
                    .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)).get().getKey();
            for (Map.Entry<String, Integer> e : spellings.get(i).entrySet()) {
                if (e.getValue() == spellings.get(i).get(shown)) {
                    shown = e.getKey();
                    break;
                }
            }
            int total = counts.get(i).values().stream().mapToInt(Integer::intValue).sum();
            out.add(new SpeakerCounts(shown, counts.get(i), total));
        }
        out.sort(Comparator.comparingInt(SpeakerCounts::total).reversed().thenComparing(SpeakerCounts::speaker));
        return out;
    }

    private void chart(Writer w) throws IOException {
        List<SpeakerCounts> all = speakerCounts(data);
        List<SpeakerCounts> shown = all.subList(0, Math.min(CHART_SPEAKERS, all.size()));
        Map<String, Integer> outletTotals = new LinkedHashMap<>();
        for (SpeakerCounts s : shown) s.byOutlet().forEach((o, n) -> outletTotals.merge(o, n, Integer::sum));
        List<String> outlets = new ArrayList<>(outletTotals.keySet());
        outlets.sort(Comparator.comparingInt((String o) -> outletTotals.get(o)).reversed().thenComparing(o -> o));
        Map<String, String> colour = new LinkedHashMap<>();
        for (int i = 0; i < outlets.size(); i++) colour.put(outlets.get(i), i < CHART_OUTLETS ? COLOURS[i] : OTHER_COLOUR);
        w.write("<section id=\"chart\">\n<h2>Statements per speaker and outlet</h2>\n");
        if (shown.isEmpty()) {
            w.write("<p class=\"empty\">No quote has a speaker.</p>\n</section>\n");
            return;
        }
        w.write("<p class=\"note\">Quotes per speaker (spelling variants of one name counted together)"
                + (all.size() > shown.size() ? ", the " + shown.size() + " most quoted of " + all.size() + " speakers" : "")
                + ", coloured by outlet.</p>\n");
        int max = shown.get(0).total();
        int labelW = 260, barW = 460, rowH = 24, width = labelW + barW + 40, height = shown.size() * rowH + 10;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\"><title id=\"chart-title\">Statements per speaker and outlet</title>\n");
        for (int i = 0; i < shown.size(); i++) {
            SpeakerCounts s = shown.get(i);
            int y = 5 + i * rowH;
            svg.append("<g class=\"bar\"><text x=\"").append(labelW - 8).append("\" y=\"").append(y + rowH / 2 + 4)
                    .append("\" text-anchor=\"end\">").append(esc(clip(s.speaker(), 38))).append("</text>");
            double x = labelW;
            for (String o : outlets) {
                Integer n = s.byOutlet().get(o);
                if (n == null) continue;
                double wd = (double) barW * n / max;
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 3).append("\" width=\"")
                        .append(fmt(wd)).append("\" height=\"").append(rowH - 6).append("\" fill=\"").append(colour.get(o))
                        .append("\"><title>").append(esc(s.speaker() + " in " + o + ": " + n)).append("</title></rect>");
                x += wd;
            }
            svg.append("<text x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + rowH / 2 + 4).append("\">")
                    .append(s.total()).append("</text></g>\n");
        }
        svg.append("</svg>");
        w.write("<figure>" + svg + "<figcaption class=\"legend\">");
        boolean other = false;
        for (String o : outlets) {
            if (!colour.get(o).equals(OTHER_COLOUR)) {
                w.write("<span><i style=\"background:" + colour.get(o) + "\"></i>" + esc(o) + "</span>");
            } else {
                other = true;
            }
        }
        if (other) w.write("<span><i style=\"background:" + OTHER_COLOUR + "\"></i>other outlets</span>");
        w.write("</figcaption></figure>\n<details><summary>The numbers</summary><table><thead><tr><th>speaker</th>"
                + "<th>outlet</th><th>quotes</th></tr></thead><tbody>\n");
        for (SpeakerCounts s : shown) {
            for (Map.Entry<String, Integer> e : s.byOutlet().entrySet()) {
                w.write("<tr><td>" + esc(s.speaker()) + "</td><td>" + esc(e.getKey()) + "</td><td class=\"n\">"
                        + e.getValue() + "</td></tr>\n");
            }
        }
        w.write("</tbody></table></details>\n</section>\n");
    }

    private static String title(Article a, String id) {
        return a == null || a.title() == null ? id : a.title();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static final String CSS = """
            :root{--fg:#1d1d1f;--muted:#5f6368;--line:#dadce0;--bg:#fff;--soft:#f6f7f9}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
            header{position:sticky;top:0;background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 1.5rem;z-index:1}
            header h1{font-size:1.2rem;margin:0 0 .25rem}
            nav a{margin-right:1rem;color:#1a5fb4;text-decoration:none}
            main{padding:0 1.5rem;max-width:1200px}
            section{margin:1.5rem 0 2.5rem}
            h2{border-bottom:2px solid var(--fg);padding-bottom:.2rem}
            h3{font-size:1.05rem;margin:1.2rem 0 .3rem}
            .stats{display:flex;flex-wrap:wrap;gap:.75rem;margin:0}
            .stats div{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.4rem .8rem;min-width:8rem}
            .stats dt{color:var(--muted);font-size:.8rem}
            .stats dd{margin:0;font-size:1.4rem;font-weight:600}
            .note,.meta,.empty,.who,.full,.more{color:var(--muted)}
            table{border-collapse:collapse;margin:.5rem 0;width:100%}
            th,td{border-bottom:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:var(--soft);font-weight:600}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            td.quote{max-width:32rem}
            tr.boilerplate{color:var(--muted)}
            code{font-size:.85em}
            code,a{overflow-wrap:anywhere}
            table.articles td:first-child{min-width:14rem;max-width:22rem}
            .variants{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:.75rem}
            .variant{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;background:var(--soft)}
            .rel-exact{border-left:4px solid #59a14f}
            .rel-variant{border-left:4px solid #f28e2b}
            .rel-contained{border-left:4px solid #4e79a7}
            .variant blockquote{margin:.3rem 0;font-size:1rem}
            .variant p{margin:.2rem 0;font-size:.85rem}
            .rel{color:var(--muted);font-size:.8rem}
            ins{background:#d4f7d4;text-decoration:none}
            del{background:#ffd7d5}
            details.diff .text{white-space:pre-wrap;border:1px solid var(--line);padding:.5rem;background:var(--soft)}
            svg text{font-size:12px;fill:var(--fg)}
            .legend span{display:inline-block;margin-right:1rem;font-size:.85rem}
            .legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.3rem;vertical-align:middle}
            footer{border-top:1px solid var(--line);padding:1rem 1.5rem;color:var(--muted);font-size:.85rem}
            [hidden]{display:none!important}
            """;

    /** Filters the quote groups as one types; marks the page as run (the browser test reads it). */
    private static final String SCRIPT = """
            (function () {
              var filter = document.getElementById('group-filter');
              if (filter) {
                filter.addEventListener('input', function () {
                  var t = filter.value.toLowerCase();
                  document.querySelectorAll('#quote-groups article.group').forEach(function (g) {
                    g.hidden = t !== '' && g.textContent.toLowerCase().indexOf(t) < 0;
                  });
                });
              }
              document.body.setAttribute('data-ready', 'yes');
            })();
            """;
}
