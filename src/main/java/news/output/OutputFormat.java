package news.output;

/** Output formats every command offers: table for people; jsonl, json and csv for programs. */
public enum OutputFormat {
    TABLE, JSONL, JSON, CSV;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
