package news.load.html;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What kind of page an HTML page is, so that users can filter non-articles out of a scrape:
 * {@code article}, {@code forum}, {@code product}, {@code listing}, {@code collection},
 * {@code documentation} or {@code service}. A decision list over evidence the page gives about
 * itself, strongest first (README, section "clean", documents it):
 * <ol>
 *   <li>schema.org types in JSON-LD / microdata: a discussion or Q&amp;A page is a forum; a
 *       product with an offer is a product, several products a collection; a news or blog
 *       article an article; a collection page or item list a listing;</li>
 *   <li>{@code og:type} (product, product.group, article);</li>
 *   <li>the URL's shape: forum threads ({@code /t/}, {@code /threads/}, {@code /questions/}),
 *       documentation ({@code docs.} hosts, {@code /docs/}, {@code /reference/}), product and
 *       shop-category paths, site front pages and section indexes;</li>
 *   <li>the page's structure: many price tags (a shop category), many teaser boxes
 *       ({@code <article>} elements, headings that are links: a listing), code blocks beside
 *       a navigation tree (documentation);</li>
 *   <li>a publication date or byline means an article; a page with none of the above and no date
 *       is a service (or company) page.</li>
 * </ol>
 * The evidence is read before extraction prunes the tree ({@link #evidence}); the decision
 * also sees the metadata found ({@link #classify}).
 */
public final class PageTypes {
    public static final String ARTICLE = "article", FORUM = "forum", PRODUCT = "product", LISTING = "listing",
            COLLECTION = "collection", DOCUMENTATION = "documentation", SERVICE = "service";
    public static final List<String> ALL = List.of(ARTICLE, FORUM, PRODUCT, LISTING, COLLECTION, DOCUMENTATION, SERVICE);

    /** An undated page with this much main content reads as an article rather than a service page. */
    static final int LONG_BODY_WORDS = 600;

    private PageTypes() {}

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
            "scholarlyarticle", "socialmediaposting", "liveblogposting", "medicalwebpage");
    private static final Set<String> FORUM_TYPES = Set.of("discussionforumposting", "qapage");
    private static final Set<String> DOC_TYPES = Set.of("techarticle", "apireference");
    private static final Set<String> LIST_TYPES = Set.of("collectionpage", "itemlist", "searchresultspage");

    /** Counts read from the intact page. */
    public record Evidence(Map<String, Integer> schemaTypes, String ogType, int prices, int teasers, int codeBlocks,
                           int cartButtons, int posts) {}

    /** Reads the evidence from the whole page (call before extraction modifies it). */
    public static Evidence evidence(Document doc) {
        Map<String, Integer> types = new HashMap<>();
        String og = null;
        int prices = 0, teasers = 0, code = 0, cart = 0, posts = 0;
        for (Element e = doc; e != null; e = DocumentOrder.nextInOrder(e)) { // no list of the whole page
            String tag = e.normalName();
            if (tag.equals("script")) {
                if (e.attr("type").equalsIgnoreCase("application/ld+json")) schemaTypes(e.data(), types);
                continue;
            }
            if (tag.equals("meta")) {
                String p = e.attr("property");
                if (p.isEmpty()) p = e.attr("name");
                if (p.equalsIgnoreCase("og:type")) og = e.attr("content").strip().toLowerCase(Locale.ROOT);
                continue;
            }
            String itemtype = e.attr("itemtype");
            if (!itemtype.isEmpty()) {
                int slash = itemtype.lastIndexOf('/');
                types.merge(itemtype.substring(slash + 1).strip().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            String cls = e.className();
            if (!cls.isEmpty()) {
                String c = cls.toLowerCase(Locale.ROOT);
                if (c.contains("price") && !c.contains("pricing") && e.childrenSize() <= 3 && e.text().length() < 40
                        && hasDigit(e.ownText() + e.text())) prices++;
                if (c.contains("add-to-cart") || c.contains("addtocart") || c.contains("add_to_cart")) cart++;
                if ((c.contains("post") || c.contains("message") || c.contains("reply")) && (tag.equals("article")
                        || tag.equals("li") || tag.equals("div")) && (c.contains("thread") || c.contains("topic")
                        || c.contains("forum") || c.contains("message") || c.contains("reply"))) posts++;
            }
            switch (tag) {
                case "article" -> teasers++;
                case "pre" -> code++;
                case "h2", "h3" -> {
                    Element a = e.selectFirst("a[href]");
                    if (a != null && a.text().length() * 2 >= e.text().length() && e.text().length() > 10) teasers++;
                }
                case "button" -> {
                    String t = e.text().toLowerCase(Locale.ROOT);
                    if (t.contains("add to cart") || t.contains("add to bag") || t.contains("add to basket")
                            || t.contains("buy now")) cart++;
                }
                default -> { }
            }
        }
        return new Evidence(types, og, prices, teasers, code, cart, posts);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }

    /** "@type": "X" and "@type": ["X", "Y"] in a JSON-LD script (a scan, no JSON parse). */
    static void schemaTypes(String json, Map<String, Integer> out) {
        int i = 0;
        while ((i = json.indexOf("\"@type\"", i)) >= 0) {
            i += 7;
            int n = json.length();
            while (i < n && (json.charAt(i) == ' ' || json.charAt(i) == ':' || json.charAt(i) == '\n'
                    || json.charAt(i) == '\t' || json.charAt(i) == '\r')) i++;
            boolean array = i < n && json.charAt(i) == '[';
            int end = array ? json.indexOf(']', i) : i + 1;
            if (end < 0) return;
            int from = array ? i + 1 : i;
            int to = array ? end : n;
            for (int k = from; k < to; ) {
                int q = json.indexOf('"', k);
                if (q < 0 || q >= to) break;
                int q2 = json.indexOf('"', q + 1);
                if (q2 < 0) return;
                String t = json.substring(q + 1, q2);
                int slash = t.lastIndexOf('/');
                out.merge(t.substring(slash + 1).toLowerCase(Locale.ROOT), 1, Integer::sum);
                k = q2 + 1;
                if (!array) break;
            }
            i = Math.max(i, end);
        }
    }

    /**
     * The page type.
     *
     * @param url       the page URL, or null
     * @param published whether a publication date was found
     * @param byline    whether an author was found
     * @param bodyWords words of the extracted main content
     */
    public static String classify(Evidence ev, String url, boolean published, boolean byline, int bodyWords) {
        Map<String, Integer> t = ev.schemaTypes();
        String host = "", path = "";
        if (url != null) {
            String u = url.toLowerCase(Locale.ROOT);
            int scheme = u.indexOf("://");
            int hs = scheme < 0 ? 0 : scheme + 3;
            int ps = u.indexOf('/', hs);
            host = ps < 0 ? u.substring(hs) : u.substring(hs, ps);
            path = ps < 0 ? "/" : u.substring(ps);
            int q = path.indexOf('?');
            if (q >= 0) path = path.substring(0, q);
            int h = path.indexOf('#');
            if (h >= 0) path = path.substring(0, h);
        }
        boolean articleSchema = any(t, ARTICLE_TYPES);
        // 1. forum
        if (any(t, FORUM_TYPES)) return FORUM;
        // 2. shop
        int products = t.getOrDefault("product", 0) + t.getOrDefault("productgroup", 0);
        boolean offer = t.containsKey("offer") || t.containsKey("aggregateoffer");
        String og = ev.ogType() == null ? "" : ev.ogType();
        if (og.equals("product.group") || path.contains("/collections/") && !path.contains("/products/")
                || path.contains("/category/") && ev.prices() >= 5 || path.startsWith("/c/") || path.contains("/cat/")
                || path.startsWith("/shop") && !path.contains("/product") && ev.prices() >= 3
                || path.startsWith("/b/") || path.contains("/browse/") && ev.prices() >= 3) {
            return COLLECTION;
        }
        if (og.contains("product") || path.contains("/products/") || path.contains("/product/") || path.startsWith("/p/")
                || path.contains("/dp/") || products >= 1 && products <= 2 && offer && !articleSchema) return PRODUCT;
        if (products >= 3 || ev.prices() >= 8 && !articleSchema) return COLLECTION;
        if (path.contains("/threads/") || path.contains("/thread/") || path.contains("showthread")
                || path.contains("/questions/") || path.contains("/t/") && !articleSchema
                || (host.startsWith("forum") || host.contains(".forum") || path.contains("/forum")) && !articleSchema) {
            return FORUM;
        }
        // 3. documentation
        if (any(t, DOC_TYPES) || host.startsWith("docs.") || host.startsWith("doc.") || host.startsWith("developer.")
                || host.contains("readthedocs") || host.contains("gitbook") || path.contains("/docs/")
                || path.startsWith("/doc/") || path.contains("/documentation/") || path.contains("/reference/")
                || path.contains("/api/") || path.contains("/manual/") || path.contains("/handbook/")
                || path.contains("/userguide/") || path.contains("/tutorial/") || path.startsWith("/wiki/") && !path.contains("list_of")
                || ev.codeBlocks() >= 3 && !articleSchema && !published) return DOCUMENTATION;
        // 4. article
        if (articleSchema || og.equals("article") && (published || byline)) return ARTICLE;
        // 5. listing
        if (path.contains("list_of") || url != null && path.equals("/") || any(t, LIST_TYPES) && !published
                || ev.teasers() >= 8 && !published || isSectionIndex(path) && !published) return LISTING;
        if (published || byline || bodyWords >= LONG_BODY_WORDS) return ARTICLE;
        return SERVICE;
    }

    private static final Set<String> INDEX_SEGMENTS = Set.of("news", "blog", "articles", "posts", "stories", "latest",
            "chart", "topic", "topics", "tag", "tags", "category", "categories", "archive", "page");

    /** "/news", "/blog/", "/tag/ai", "/category/tech": a section index, not one page of it. */
    static boolean isSectionIndex(String path) {
        String[] seg = path.split("/");
        int n = seg.length;
        while (n > 0 && seg[n - 1].isEmpty()) n--;
        if (n == 0) return false;
        if (INDEX_SEGMENTS.contains(seg[n - 1])) return true;
        return n >= 2 && INDEX_SEGMENTS.contains(seg[n - 2]) && seg[n - 1].length() <= 24 && seg[n - 1].indexOf('.') < 0;
    }

    private static boolean any(Map<String, Integer> types, Set<String> wanted) {
        for (String w : wanted) if (types.containsKey(w)) return true;
        return false;
    }
}
