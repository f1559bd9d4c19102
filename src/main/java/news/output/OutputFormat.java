package news.output;

/**
 * Output formats every command offers: table for people; jsonl, json and csv for programs;
 * markdown and txt write articles as documents (title and body; {@link ArticleDocuments}).
 */
public enum OutputFormat {
    TABLE, JSONL, JSON, CSV, MARKDOWN, TXT;

    /** The format a file name's extension names (.csv, .json, .jsonl or .ndjson); null for any other. */
    public static OutputFormat ofFileName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".csv")) return CSV;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return JSONL;
        if (n.endsWith(".json")) return JSON;
        return null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
