package news.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.model.Article;
import news.model.Paragraph;
import news.model.Removal;

/** The `clean` JSON schema (documented in the README): stable snake_case field names. */
public final class ArticleJson {
    private ArticleJson() {}

    public static Map<String, Object> toMap(Article a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("path", a.path());
        m.put("url", a.url());
        m.put("site", a.site());
        m.put("language", a.language());
        m.put("title", a.title());
        m.put("subtitle", a.subtitle());
        m.put("byline", a.byline());
        m.put("published", a.published());
        m.put("page_type", a.pageType());
        m.put("dateline", a.dateline());
        m.put("credits", a.credits());
        m.put("paragraphs", a.paragraphTexts());
        List<List<Integer>> spans = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) spans.add(List.of(p.start(), p.end()));
        m.put("paragraph_spans", spans);
        m.put("text", a.text());
        m.put("word_count", a.wordCount());
        List<Map<String, Object>> removed = new ArrayList<>();
        for (Removal r : a.removed()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("text", r.text());
            x.put("reason", r.reason());
            x.put("start", r.start());
            x.put("end", r.end());
            removed.add(x);
        }
        m.put("removed", removed);
        m.put("removed_share", round3(a.removedShare()));
        m.put("problems", a.problems());
        m.put("sha256", a.sha256());
        return m;
    }

    public static double round3(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
