package news.model;

/**
 * What the input itself says about an article, before cleaning: HTML meta tags, JSON-LD,
 * JSON Lines fields, WARC headers. Every field may be null (unknown).
 *
 * @param url       canonical or capture URL
 * @param title     headline as declared by the source
 * @param byline    author(s) as declared by the source
 * @param published ISO 8601 date or date-time
 * @param site      publisher / site name
 * @param language  ISO 639-1 code
 * @param pageType  kind of page (article, forum, product, listing, collection, documentation,
 *                  service) when the input is a web page, else null
 */
public record Metadata(String url, String title, String byline, String published, String site, String language,
                       String pageType) {
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null);

    /** Metadata without a page type. */
    public Metadata(String url, String title, String byline, String published, String site, String language) {
        this(url, title, byline, published, site, language, null);
    }

    public Metadata {
        pageType = blankToNull(pageType);
        url = blankToNull(url);
        title = blankToNull(title);
        byline = blankToNull(byline);
        published = blankToNull(published);
        site = blankToNull(site);
        language = blankToNull(language);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Fields of this, falling back to {@code other} where this is null. */
    public Metadata orElse(Metadata other) {
        return new Metadata(
                url != null ? url : other.url,
                title != null ? title : other.title,
                byline != null ? byline : other.byline,
                published != null ? published : other.published,
                site != null ? site : other.site,
                language != null ? language : other.language,
                pageType != null ? pageType : other.pageType);
    }

    /** This with another page type. */
    public Metadata withPageType(String type) {
        return new Metadata(url, title, byline, published, site, language, type);
    }
}
