package news.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import news.model.Article;
import news.model.Paragraph;
import news.model.Removal;
import news.model.SourceDocument;

/**
 * What every cleaned article must satisfy, whatever the input: each paragraph and each removal
 * is a verbatim, in-bounds span of the source text; paragraphs come in source order without
 * overlapping; no character is both kept and removed. Shared by the fuzz, adversarial and
 * property tests. Throws {@link AssertionError} with the offending span.
 */
public final class ArticleInvariants {
    private ArticleInvariants() {}

    public static void check(SourceDocument doc, Article a) {
        String src = doc.text();
        if (!a.id().equals(doc.id())) throw new AssertionError("id changed: " + doc.id() + " -> " + a.id());
        int prevEnd = 0;
        for (Paragraph p : a.paragraphs()) {
            inBounds("paragraph", p.start(), p.end(), src);
            if (!src.substring(p.start(), p.end()).equals(p.text())) {
                throw new AssertionError("paragraph [" + p.start() + "," + p.end() + ") is not the source text there");
            }
            if (p.start() < prevEnd) {
                throw new AssertionError("paragraph [" + p.start() + "," + p.end() + ") overlaps or precedes the one before");
            }
            prevEnd = p.end();
        }
        for (Removal r : a.removed()) {
            inBounds("removal " + r.reason(), r.start(), r.end(), src);
            if (!src.substring(r.start(), r.end()).equals(r.text())) {
                throw new AssertionError("removal [" + r.start() + "," + r.end() + ") is not the source text there");
            }
            if (r.reason().isBlank()) throw new AssertionError("removal without a reason");
        }
        // kept and removed are disjoint
        List<int[]> kept = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) kept.add(new int[] {p.start(), p.end()});
        List<Removal> removed = new ArrayList<>(a.removed());
        removed.sort(Comparator.comparingInt(Removal::start));
        int k = 0;
        for (Removal r : removed) {
            while (k < kept.size() && kept.get(k)[1] <= r.start()) k++;
            for (int j = k; j < kept.size() && kept.get(j)[0] < r.end(); j++) {
                int s = Math.max(r.start(), kept.get(j)[0]), e = Math.min(r.end(), kept.get(j)[1]);
                if (s < e && !src.substring(s, e).isBlank()) {
                    throw new AssertionError("[" + s + "," + e + ") is both kept and removed (" + r.reason() + ")");
                }
            }
        }
        if (a.removedShare() < 0 || a.removedShare() > 1) throw new AssertionError("removed share " + a.removedShare());
        if (a.wordCount() < 0) throw new AssertionError("negative word count");
    }

    private static void inBounds(String what, int start, int end, String src) {
        if (start < 0 || end < start || end > src.length()) {
            throw new AssertionError(what + " [" + start + "," + end + ") outside the source of length " + src.length());
        }
    }
}
