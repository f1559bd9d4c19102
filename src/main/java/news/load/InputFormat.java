package news.load;

import java.util.Locale;

/** Input kinds, recognised by file extension (an extra ".gz" means gzip-compressed). */
public enum InputFormat {
    TXT("txt"), HTML("html"), JSONL("jsonl"), WARC("warc");

    public final String code;

    InputFormat(String code) {
        this.code = code;
    }

    /** The format of a file name, or null when the extension is not one we read. */
    public static InputFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".txt")) return TXT;
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return HTML;
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return JSONL;
        if (n.endsWith(".warc")) return WARC;
        return null;
    }

    public static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** File name without directory and without the known extensions (".txt.gz" etc.). */
    public static String stem(String fileName) {
        String n = fileName;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        if (dot > 0 && ofFileName(n) != null) n = n.substring(0, dot);
        return n;
    }
}
