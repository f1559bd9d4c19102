package news.output;

/**
 * Output formats every command offers: table for people; jsonl, json and csv for programs;
 * markdown and txt write articles as documents (title and body; {@link ArticleDocuments}).
 */
public enum OutputFormat {
    TABLE, JSONL, JSON, CSV, MARKDOWN, TXT;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
