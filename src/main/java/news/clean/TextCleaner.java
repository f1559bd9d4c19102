package news.clean;

import java.util.ArrayList;
import java.util.List;
import news.model.Article;
import news.model.Paragraph;
import news.model.Removal;
import news.model.SourceDocument;

/**
 * Turns a raw text dump into an {@link Article}. PLACEHOLDER: splits paragraphs only; the real
 * pipeline replaces this body, keeping the signature.
 */
public final class TextCleaner {

    public Article clean(SourceDocument doc, RepetitionIndex corpus) {
        String text = doc.text();
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) paragraphs.add(new Paragraph(text.substring(s, e), s, e));
            if (nl < 0) break;
            start = nl + 1;
        }
        String title = doc.metadata().title();
        List<Removal> removed = new ArrayList<>();
        return new Article(doc.id(), doc.path(), doc.metadata().url(), doc.metadata().site(),
                doc.metadata().language(), title, null, doc.metadata().byline(), doc.metadata().published(),
                null, List.of(), paragraphs, removed, doc.sha256(), text.length(), doc.warnings());
    }
}
