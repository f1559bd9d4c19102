package news.model;

import java.util.List;
import java.util.Objects;

/**
 * A cleaned article.
 *
 * @param id         article id
 * @param path       input path
 * @param url        URL when the input names one, else null
 * @param site       site / publisher name when known, else null
 * @param language   ISO 639-1 code when known, else null
 * @param title      headline, or null when none was found
 * @param subtitle   standfirst, or null
 * @param byline     author line, or null
 * @param published  ISO 8601 date when known, else null
 * @param dateline   dateline ("KYIV, Ukraine (AP) —") when the body opens with one, else null
 * @param credits    contributor lines moved out of the body
 * @param paragraphs body paragraphs, each a verbatim span of the source text
 * @param removed    what was dropped and why, in source order
 * @param sha256     hex SHA-256 of the original input bytes
 * @param sourceChars length of the normalised source text
 * @param problems   human-readable warnings (charset fallback, no title, empty body...)
 * @param pageType   kind of page the article came from (article, forum, product, listing,
 *                   collection, documentation, service) when the input was a web page, else null
 */
public record Article(String id, String path, String url, String site, String language, String title,
                      String subtitle, String byline, String published, String dateline,
                      List<String> credits, List<Paragraph> paragraphs, List<Removal> removed,
                      String sha256, int sourceChars, List<String> problems, String pageType) {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    /** An article without a page type (the input was not a web page). */
    public Article(String id, String path, String url, String site, String language, String title,
                   String subtitle, String byline, String published, String dateline,
                   List<String> credits, List<Paragraph> paragraphs, List<Removal> removed,
                   String sha256, int sourceChars, List<String> problems) {
        this(id, path, url, site, language, title, subtitle, byline, published, dateline, credits, paragraphs, removed,
                sha256, sourceChars, problems, null);
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        credits = List.copyOf(credits);
        paragraphs = List.copyOf(paragraphs);
        removed = List.copyOf(removed);
        problems = List.copyOf(problems);
        if (sourceChars < 0) throw new IllegalArgumentException("negative sourceChars");
    }

    /** Body text: paragraphs joined by a blank line. Quote offsets refer to this string. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (sb.length() > 0) sb.append(PARAGRAPH_SEPARATOR);
            sb.append(p.text());
        }
        return sb.toString();
    }

    public List<String> paragraphTexts() {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    /** Whitespace-separated tokens of the body that contain a letter or digit. */
    public int wordCount() {
        int n = 0;
        for (Paragraph p : paragraphs) n += Words.count(p.text());
        return n;
    }

    /** Share of the source characters not kept in title, body or metadata (0..1). */
    public double removedShare() {
        if (sourceChars == 0) return 0;
        long removedChars = 0;
        for (Removal r : removed) removedChars += r.end() - r.start();
        return Math.min(1.0, removedChars / (double) sourceChars);
    }
}
