package news.fuzz;

import java.util.List;
import news.quotes.Quote;

/**
 * What every extracted quote must satisfy: its offsets point at its text in the article text
 * (paragraphs joined by a blank line), and its paragraph index is the paragraph where it starts.
 */
public final class QuoteInvariants {
    private QuoteInvariants() {}

    public static void check(String articleId, List<String> paragraphs, List<Quote> quotes) {
        String text = String.join("\n\n", paragraphs);
        int[] starts = new int[paragraphs.size() + 1];
        for (int i = 0, at = 0; i < paragraphs.size(); i++) {
            starts[i] = at;
            at += paragraphs.get(i).length() + 2;
            starts[i + 1] = at;
        }
        for (Quote q : quotes) {
            if (!q.articleId().equals(articleId)) throw new AssertionError("quote of another article: " + q.articleId());
            if (q.end() > text.length()) {
                throw new AssertionError("quote [" + q.start() + "," + q.end() + ") past the text end " + text.length());
            }
            if (!text.substring(q.start(), q.end()).equals(q.quote())) {
                throw new AssertionError("quote [" + q.start() + "," + q.end() + ") is not the text there: " + q.quote());
            }
            if (q.quote().isBlank()) throw new AssertionError("blank quote at " + q.start());
            int p = q.paragraph();
            if (p >= paragraphs.size() || q.start() < starts[p] || q.start() >= starts[p] + paragraphs.get(p).length()) {
                throw new AssertionError("quote at " + q.start() + " does not start in paragraph " + p);
            }
        }
    }
}
