package news.dedup;

import java.util.Objects;

/**
 * What dedup needs of an article: its id, where it was published, when, and its cleaned text.
 *
 * @param id        article id (unique in a run)
 * @param site      site or host when known, else null
 * @param published ISO 8601 date or date-time when known, else null
 * @param text      cleaned body text; offsets of passages refer to it
 */
public record DedupDoc(String id, String site, String published, String text) {
    public DedupDoc {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** From a cleaned article: site, else the URL's host. */
    public static DedupDoc of(news.model.Article a) {
        String site = a.site();
        if (site == null && a.url() != null) site = hostOf(a.url());
        return new DedupDoc(a.id(), site, a.published(), a.text());
    }

    static String hostOf(String url) {
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(java.util.Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
