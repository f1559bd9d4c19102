package news.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The {@code markdown} and {@code txt} formats: each article of the {@code clean} schema as a
 * document for people and for tools that want prose (title, then the body paragraphs), as other
 * extractors offer. Rows that are not articles (list, quotes) become a table: a Markdown pipe
 * table, or for txt the aligned table.
 *
 * <p>Markdown: {@code # title}, an italic standfirst, a line with byline, site and date, then
 * the paragraphs; articles are separated by a thematic break ({@code ---}). Text is escaped so
 * that no character of an article becomes markup (emphasis, links, raw HTML, headings or lists
 * at a line start). Plain text: the title, a blank line, the paragraphs separated by blank
 * lines; articles are separated by a form feed line (the plain-text page break), which the
 * cleaned text never starts a line with (it is not a letter or digit: a separator line).
 */
final class ArticleDocuments {
    static final String TXT_SEPARATOR = "\f";

    private ArticleDocuments() {}

    /** Whether {@code row} is an article of the clean schema (it has paragraphs). */
    static boolean isArticle(Map<String, Object> row) {
        return row.get("paragraphs") instanceof List<?>;
    }

    /** Writes one article; {@code first} is false for every article after the first of the stream. */
    static void write(Writer out, Map<String, Object> row, boolean markdown, boolean first) throws IOException {
        StringBuilder b = new StringBuilder(1024);
        if (!first) b.append(markdown ? "\n---\n\n" : TXT_SEPARATOR + "\n");
        String title = string(row.get("title"));
        String subtitle = string(row.get("subtitle"));
        if (markdown) {
            if (title != null) b.append("# ").append(escape(oneLine(title))).append("\n\n");
            if (subtitle != null) b.append('*').append(escape(oneLine(subtitle))).append("*\n\n");
            String meta = metadataLine(row);
            if (!meta.isEmpty()) b.append(escape(meta)).append("\n\n");
        } else {
            if (title != null) b.append(oneLine(title)).append("\n\n");
            if (subtitle != null) b.append(oneLine(subtitle)).append("\n\n");
        }
        List<?> paragraphs = (List<?>) row.get("paragraphs");
        for (Object p : paragraphs) {
            String text = String.valueOf(p);
            b.append(markdown ? escape(text) : text).append("\n\n");
        }
        if (b.length() >= 2 && b.charAt(b.length() - 1) == '\n' && b.charAt(b.length() - 2) == '\n') {
            b.setLength(b.length() - 1); // one newline ends the document, not a blank line
        }
        out.write(b.toString());
    }

    /** "By X · Site · 2023-03-07" from the fields that are known. */
    static String metadataLine(Map<String, Object> row) {
        StringBuilder b = new StringBuilder();
        String byline = string(row.get("byline"));
        if (byline != null) b.append(byline.regionMatches(true, 0, "by ", 0, 3) ? byline : "By " + byline);
        for (String field : new String[] {"site", "published"}) {
            String v = string(row.get(field));
            if (v == null) continue;
            if (b.length() > 0) b.append(" · ");
            b.append(v);
        }
        return oneLine(b.toString());
    }

    /** A Markdown pipe table of rows that are not articles (list, quotes). */
    static void writeTable(Writer out, List<String> columns, List<Map<String, Object>> rows) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append('|');
        for (String c : columns) b.append(' ').append(c).append(" |");
        b.append("\n|");
        for (int i = 0; i < columns.size(); i++) b.append("---|");
        b.append('\n');
        out.write(b.toString());
        for (Map<String, Object> row : rows) {
            b.setLength(0);
            b.append('|');
            for (String c : columns) {
                b.append(' ').append(escape(oneLine(RecordWriter.cell(row.get(c)))).replace("|", "\\|")).append(" |");
            }
            b.append('\n');
            out.write(b.toString());
        }
    }

    private static String string(Object o) {
        if (o == null) return null;
        String s = String.valueOf(o).strip();
        return s.isEmpty() ? null : s;
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /**
     * Backslash-escapes what Markdown (CommonMark) would read as markup: inline characters
     * anywhere (emphasis, code, links, raw HTML, escapes) and block markers at a line start
     * (headings, quotes, list items, thematic breaks, setext underlines). One pass, linear.
     */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (lineStart) {
                int j = i;
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
                b.append(s, i, j); // leading blanks are kept (a paragraph is verbatim text)
                i = j;
                if (i >= s.length()) break;
                c = s.charAt(i);
                lineStart = false;
                if (c == '#' || c == '>' || c == '-' || c == '+' || c == '=' || c == '|') {
                    b.append('\\').append(c);
                    continue;
                }
                if (c >= '0' && c <= '9') { // "1. " or "1) " would start an ordered list
                    int k = i;
                    while (k < s.length() && k - i < 9 && Character.isDigit(s.charAt(k))) k++;
                    if (k < s.length() && (s.charAt(k) == '.' || s.charAt(k) == ')')) {
                        b.append(s, i, k).append('\\').append(s.charAt(k));
                        i = k;
                        continue;
                    }
                }
            }
            switch (c) {
                case '\\', '*', '_', '`', '[', ']', '<', '>', '~' -> b.append('\\').append(c);
                case '\n' -> {
                    b.append(c);
                    lineStart = true;
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
