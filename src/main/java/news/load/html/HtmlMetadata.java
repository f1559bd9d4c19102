package news.load.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.model.Metadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * What a page says about its article: JSON-LD (NewsArticle and kin, also inside {@code @graph}),
 * Open Graph / article: / twitter: / Dublin Core {@code <meta>}, {@code <time datetime>},
 * {@code <link rel=canonical>}, {@code <html lang>}, and visible bylines (rel=author,
 * itemprop=author, class "byline"). Reads the document without changing it.
 */
public final class HtmlMetadata {
    private static final ObjectMapper LENIENT_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "liveblogposting", "socialmediaposting", "report", "techarticle", "scholarlyarticle",
            "askpublicnewsarticle", "satiricalarticle");
    private static final String[] PUBLISHED_META = {"article:published_time", "og:published_time",
        "article:published", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
        "published_time", "published-date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "date", "og:article:published_time",
        "cxenseparse:recs:publishtime", "originalpublicationdate", "displaydate",
        // Highwire/Google Scholar tags of journal pages, and the bare name some CMSs use
        "citation_publication_date", "citation_date", "citation_online_date", "published"};
    private static final String[] AUTHOR_META = {"author", "article:author", "dc.creator", "dcterms.creator",
        "byl", "sailthru.author", "parsely-author", "twitter:creator:name", "cxenseparse:author"};

    private HtmlMetadata() {}

    /** Collects the metadata of {@code doc}; {@code pageUrl} (may be null) resolves a relative canonical link. */
    public static Metadata extract(Document doc, String pageUrl) {
        PageIndex page = PageIndex.of(doc);
        MetaTags meta = page.meta;
        JsonLd ld = JsonLd.of(page.ldScripts);

        String url = firstNonBlank(absolute(page.canonical, pageUrl),
                absolute(meta.get("og:url"), pageUrl), absolute(ld.url, pageUrl), pageUrl);

        String site = siteName(firstNonBlank(notUrl(meta.get("og:site_name")), notUrl(ld.publisher),
                notUrl(meta.get("application-name")), notUrl(meta.get("twitter:app:name:iphone"))));

        String h1 = page.headline == null ? null : collapse(page.headline.text());
        String title = chooseTitle(ld.headline, meta.get("og:title"), meta.get("twitter:title"),
                meta.get("title"), h1, doc.title(), site);

        // the first source naming someone: a label or placeholder in markup falls through to the next
        String byline = null;
        for (String candidate : new String[] {ld.author, authorFromMeta(meta)}) {
            String b = cleanByline(candidate);
            if (isByline(b)) {
                byline = b;
                break;
            }
        }
        if (byline == null) byline = cleanByline(visibleByline(page));

        page.dayFirst = Dates.dayFirst(firstNonBlank(page.lang, meta.get("content-language"), meta.get("og:locale")), url);
        String published = null;
        for (String raw : new String[] {ld.published}) {
            published = Dates.normalise(raw);
            if (published != null) break;
        }
        if (published == null) {
            for (String name : PUBLISHED_META) {
                published = Dates.normalise(meta.get(name));
                if (published != null) break;
            }
        }
        if (published == null && page.datePublished != null) published = Dates.normalise(valueOf(page.datePublished));
        String urlDay = Dates.fromUrl(url);
        if (urlDay == null && pageUrl != null) urlDay = Dates.fromUrl(pageUrl);
        // A permalink's day is the local publication day: a time stamp written in UTC that falls
        // on the next or previous day is the same moment, dated as the site dates it.
        if (published != null && urlDay != null && !published.startsWith(urlDay) && Dates.daysApart(published, urlDay) <= 1) {
            published = urlDay;
        }
        int headlineAt = page.headlineAt(title);
        String dateline = dateNearHeadline(page.elements, headlineAt, false, page.dayFirst);
        // a permalink's day is not re-saved as markup is: it stands against a printed day
        if (published == null) published = urlDay;
        else published = earlierPrinted(published, dateline);
        if (published == null) published = dateline;
        // a list of dated posts by the headline: the page has no date of its own, and its time
        // elements and date boxes are the posts' too
        boolean listing = published == null && listedNearHeadline(page.elements, headlineAt, page.dayFirst);
        if (published == null && !listing) published = timeElement(page.times);
        if (published == null && !listing) published = visibleDate(page, false);
        // A page printing only "Updated Dec 19, 2025" by its headline dates its text by that day.
        if (published == null && !listing) published = visibleDate(page, true);
        if (published == null && !listing) published = dateNearHeadline(page.elements, headlineAt, true, page.dayFirst);

        String language = language(firstNonBlank(page.lang, meta.get("content-language"), meta.get("og:locale"),
                meta.get("dc.language"), ld.language));
        return new Metadata(url, title, byline, published, site, language);
    }

    /** The elements metadata is read from, found in one walk over the document. */
    static final class PageIndex {
        final List<Element> metas = new ArrayList<>();
        final List<Element> ldScripts = new ArrayList<>();
        final List<Element> times = new ArrayList<>();
        final List<Element> itempropAuthors = new ArrayList<>();
        final List<Element> relAuthors = new ArrayList<>();
        final List<Element> bylineBoxes = new ArrayList<>();
        final List<Element> dateBoxes = new ArrayList<>();
        /** Every element in document order, so that "near the headline" needs no second walk. */
        final List<Element> elements = new ArrayList<>();
        Element datePublished;
        Element headline;
        int headlineIndex = -1, firstH2 = -1;
        String canonical;
        String lang;
        /** Whether the page writes "03/01/2017" for 3 January ({@link Dates#dayFirst}). */
        boolean dayFirst;
        MetaTags meta;

        static PageIndex of(Document doc) {
            PageIndex p = new PageIndex();
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e) p.visit(e);
            }, doc);
            p.meta = MetaTags.of(p.metas);
            return p;
        }

        /**
         * Where the headline is: the {@code <h1>}; on pages without one (page builders style a
         * {@code <p>} or {@code <h2>}), the first body element printing the title, else the first {@code <h2>}.
         */
        int headlineAt(String title) {
            if (headlineIndex >= 0 || title == null) return headlineIndex;
            String key = normKey(title);
            if (key.length() < 8) return firstH2;
            boolean inBody = false;
            for (int i = 0; i < elements.size(); i++) {
                Element e = elements.get(i);
                if (!inBody) {
                    inBody = e.normalName().equals("body");
                    continue;
                }
                String own = e.ownText();
                if (own.length() >= key.length() && own.length() <= 3 * key.length() && normKey(own).equals(key)) return i;
            }
            return firstH2;
        }

        private void visit(Element e) {
            elements.add(e);
            String tag = e.normalName();
            switch (tag) {
                case "html" -> {
                    if (lang == null && e.hasAttr("lang")) lang = e.attr("lang");
                }
                case "meta" -> metas.add(e);
                case "script" -> {
                    if (e.attr("type").equalsIgnoreCase("application/ld+json")) ldScripts.add(e);
                    return;
                }
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical = e.attr("href");
                }
                case "time" -> times.add(e);
                case "h1" -> {
                    if (headline == null) {
                        headline = e;
                        headlineIndex = elements.size() - 1;
                    }
                }
                case "h2" -> {
                    if (firstH2 < 0) firstH2 = elements.size() - 1;
                }
                default -> { }
            }
            String itemprop = e.attr("itemprop");
            if (!itemprop.isEmpty()) {
                if (itemprop.equalsIgnoreCase("author")) itempropAuthors.add(e);
                else if (itemprop.equalsIgnoreCase("datePublished") && datePublished == null) datePublished = e;
                else if (itemprop.equalsIgnoreCase("headline") && headline == null && !tag.equals("meta")) {
                    headline = e;
                    headlineIndex = elements.size() - 1;
                }
            }
            if (e.attr("rel").equalsIgnoreCase("author")) relAuthors.add(e);
            String cls = e.className();
            if (!cls.isEmpty() && dateBoxes.size() < 20 && !tag.equals("body") && !tag.equals("html")) {
                String c = cls.toLowerCase(Locale.ROOT);
                if (c.contains("date") || c.contains("publish") || c.contains("posted") || c.contains("timestamp")
                        || c.contains("byline")) {
                    dateBoxes.add(e);
                }
            }
            if (!cls.isEmpty() && bylineBoxes.size() < 20 && !tag.equals("body") && !tag.equals("html")) {
                String c = cls.toLowerCase(Locale.ROOT);
                if (c.contains("byline") || c.contains("author-name") || c.contains("authorname")
                        || c.contains("articleauthor") || c.contains("author") && HtmlExtractor.tokens(c).contains("author")) {
                    bylineBoxes.add(e);
                }
            }
        }
    }

    // ---- <meta> ------------------------------------------------------------------------------------

    /** {@code <meta>} values by lower-cased name / property / itemprop / http-equiv; first wins. */
    static final class MetaTags {
        private final java.util.Map<String, String> values = new java.util.HashMap<>();

        static MetaTags of(List<Element> metas) {
            MetaTags m = new MetaTags();
            for (Element e : metas) {
                String content = e.hasAttr("content") ? e.attr("content") : e.attr("value");
                if (content.isBlank()) continue;
                for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                    String k = e.attr(key).strip().toLowerCase(Locale.ROOT);
                    if (!k.isEmpty()) m.values.putIfAbsent(k, content.strip());
                }
            }
            return m;
        }

        String get(String key) {
            return values.get(key);
        }
    }

    private static String authorFromMeta(MetaTags meta) {
        for (String name : AUTHOR_META) {
            String v = meta.get(name);
            if (v != null && !looksLikeUrl(v) && !v.startsWith("@")) return v;
        }
        return null;
    }

    private static String valueOf(Element e) {
        for (String a : new String[] {"content", "datetime", "value"}) if (e.hasAttr(a)) return e.attr(a);
        return e.text();
    }

    /** The first {@code <time>} marked as publication time, else the first with a datetime attribute. */
    private static String timeElement(List<Element> times) {
        String first = null;
        for (Element t : times) {
            String d = Dates.normalise(t.hasAttr("datetime") ? t.attr("datetime") : t.text());
            if (d == null) continue;
            String hints = (t.className() + " " + t.attr("itemprop") + " " + (t.hasAttr("pubdate") ? "pubdate" : ""))
                    .toLowerCase(Locale.ROOT);
            if (hints.contains("publish") || hints.contains("pubdate") || hints.contains("created")) return d;
            if (first == null && !hints.contains("modif") && !hints.contains("updat")) first = d;
        }
        return first;
    }

    private static String notUrl(String s) {
        return s == null || looksLikeUrl(s) ? null : s;
    }

    /** "LinkNaija | Nigeria's popular news platform" -> "LinkNaija": the name before a tagline. */
    static String siteName(String s) {
        if (s == null) return null;
        int bar = s.indexOf(" | ");
        return bar > 0 ? s.substring(0, bar).strip() : s;
    }

    /** Elements after the headline searched for a printed date; elements before it. */
    static final int DATE_AFTER_HEADLINE = 80, DATE_BEFORE_HEADLINE = 8;

    /**
     * A date printed as a short line of its own next to the headline ("December 15, 2025",
     * "Posted on 15 Dec 2025 by …"), where pages without date markup put it: the elements just
     * after the {@code <h1>} first, then the few just before it. Lines naming a comment are
     * skipped, and lines naming an update unless {@code updates} (the last resort).
     */
    static String dateNearHeadline(List<Element> all, int at, boolean updates, boolean dayFirst) {
        if (at < 0) return null;
        for (int i = at + 1; i < all.size() && i <= at + DATE_AFTER_HEADLINE; i++) {
            String d = shortDate(all.get(i), updates, dayFirst);
            if (d != null) return listed(all, at, all.get(i), d, dayFirst) ? null : d;
        }
        for (int i = at - 1; i >= 0 && i >= at - DATE_BEFORE_HEADLINE; i--) {
            String d = shortDate(all.get(i), updates, dayFirst);
            if (d != null) return listed(all, at, all.get(i), d, dayFirst) ? null : d;
        }
        return null;
    }

    /** Whether the first date line by the headline, updates included, is an item of a list ({@link #listed}). */
    private static boolean listedNearHeadline(List<Element> all, int at, boolean dayFirst) {
        if (at < 0) return false;
        for (int i = Math.max(0, at - DATE_BEFORE_HEADLINE); i < all.size() && i <= at + DATE_AFTER_HEADLINE; i++) {
            if (i == at) continue;
            String d = shortDate(all.get(i), true, dayFirst);
            if (d != null) return listed(all, at, all.get(i), d, dayFirst);
        }
        return false;
    }

    /** Distinct days in same-classed elements by the headline that make a list of posts or events, not a dateline. */
    static final int LISTED_DAYS = 3;

    /**
     * Whether the date line found is one item of a list: a blog's home page or an events page
     * prints a day per entry in elements of one class ("post-date"), and has no date of its own.
     */
    private static boolean listed(List<Element> all, int at, Element found, String day, boolean dayFirst) {
        String cls = found.className();
        if (cls.isEmpty()) return false;
        Set<String> days = new java.util.HashSet<>();
        days.add(day);
        for (int i = Math.max(0, at - DATE_BEFORE_HEADLINE); i < all.size() && i <= at + DATE_AFTER_HEADLINE; i++) {
            Element e = all.get(i);
            if (e == found || !e.normalName().equals(found.normalName()) || !e.className().equals(cls)) continue;
            String d = shortDate(e, true, dayFirst);
            if (d != null && days.add(d) && days.size() >= LISTED_DAYS) return true;
        }
        return false;
    }

    private static String shortDate(Element e, boolean updates, boolean dayFirst) {
        String tag = e.normalName();
        // table cells hold data (a price history's days), not the article's dateline
        if (tag.equals("script") || tag.equals("style") || tag.equals("option") || tag.equals("td") || tag.equals("th")) return null;
        String t = ownTextSpaced(e);
        if (t.length() < 6 || t.length() > 120 || words(t) > DATELINE_WORDS) return null;
        String lower = t.toLowerCase(Locale.ROOT);
        if (!updates && (lower.contains("updat") || lower.contains("modif"))) return null;
        if (lower.contains("comment") || lower.contains("©") || lower.contains("copyright")) return null;
        String printed = Dates.findDateline(t, dayFirst);
        // <time datetime> names the day where the printed form may be a template's choice; one day
        // apart they are one moment, the machine form in UTC and the printed one the site's day
        if (printed != null && tag.equals("time") && e.hasAttr("datetime")) {
            String machine = Dates.normalise(e.attr("datetime"));
            if (machine != null && Dates.daysApart(machine, printed) > 1) return machine.substring(0, 10);
        }
        return printed;
    }

    /**
     * The element's own text with a space where a child element was: {@code <p>October 16, 2020<span> · </span>8 min read</p>}
     * reads "October 16, 2020 8 min read", not jsoup's "October 16, 20208 min read".
     */
    private static String ownTextSpaced(Element e) {
        StringBuilder b = new StringBuilder();
        for (org.jsoup.nodes.Node n : e.childNodes()) {
            if (n instanceof org.jsoup.nodes.TextNode tn) b.append(tn.text());
            else if (n instanceof Element) b.append(' ');
            if (b.length() > 400) break;
        }
        return collapse(b.toString());
    }

    /** A dateline is short ("Posted on 15 Dec 2025 by Jane Doe"); a sentence naming a day ("As of July 31, 2025, the FDA has …") is text. */
    static final int DATELINE_WORDS = 14;

    private static int words(String t) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i)) || t.charAt(i) == '\u00A0';
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    /**
     * A day printed by the headline that is earlier than the markup's publication date: CMS
     * migrations and re-saves stamp a new datePublished, while the page still prints the day the
     * article first appeared.
     */
    private static String earlierPrinted(String published, String printed) {
        if (printed == null || published.length() < 10) return published;
        // a day apart is one moment seen from two time zones; the markup's time stamp is then kept
        boolean earlier = printed.compareTo(published.substring(0, 10)) < 0 && Dates.daysApart(printed, published) > 1;
        return earlier ? printed : published;
    }

    /** A date printed near the headline ("Published 10:02 AM EST Nov 19, 2019") in a date or byline box. */
    private static String visibleDate(PageIndex page, boolean updates) {
        for (Element e : page.dateBoxes) {
            if (inCommentsOrForm(e)) continue;
            for (String attr : new String[] {"datetime", "content", "title"}) {
                String d = Dates.normalise(e.attr(attr)); // hAtom: <abbr class="published" title="2019-11-19">
                if (d != null) return d;
            }
            String t = e.text();
            if (t.length() > 200) continue;
            String lower = t.toLowerCase(Locale.ROOT);
            if (!updates && lower.contains("updated") && !lower.contains("published")) continue;
            String d = Dates.findInText(t, page.dayFirst);
            if (d != null) return d;
        }
        return null;
    }

    // ---- title -----------------------------------------------------------------------------------

    /**
     * The visible headline when the declared titles agree with it (they often carry a " | Site"
     * suffix it does not), else the JSON-LD / Open Graph headline with a site suffix removed.
     */
    static String chooseTitle(String ldHeadline, String ogTitle, String twitterTitle, String metaTitle, String h1,
                              String docTitle, String site) {
        String declared = firstNonBlank(ldHeadline, ogTitle, twitterTitle, metaTitle, docTitle);
        // a blog's <h1> is often the blog's name, not the post's
        boolean h1IsSite = h1 != null && site != null && normKey(h1).equals(normKey(site));
        if (h1 != null && !h1.isBlank() && h1.length() <= 300 && !h1IsSite) {
            String key = normKey(h1);
            for (String t : new String[] {ldHeadline, ogTitle, twitterTitle, metaTitle, docTitle}) {
                if (t == null || key.isEmpty()) continue;
                String declaredKey = normKey(stripSiteSuffix(collapse(t), site));
                // a section label ("News") inside a declared title is not the headline
                if (normKey(t).contains(key) && (key.length() >= 0.4 * declaredKey.length() || isHeadPlusSiteName(collapse(t), h1))) {
                    return h1;
                }
            }
            if (declared == null) return h1;
            // the SEO title is often a rewording of the printed headline ("Top 10 IT Security Best
            // Practices for 2025" for "IT & Cybersecurity Best Practices to Protect Your Business"):
            // a headline of a few words sharing enough of them with a declared title is the title
            List<String> h1Words = titleWords(h1);
            if (h1Words.size() >= 3 && !h1.endsWith(":")) {
                for (String t : new String[] {ldHeadline, ogTitle, twitterTitle, metaTitle, docTitle}) {
                    if (t == null) continue;
                    Set<String> tw = new java.util.HashSet<>(titleWords(t));
                    long shared = h1Words.stream().filter(tw::contains).count();
                    if (shared >= Math.max(2, SHARED_TITLE_WORDS * h1Words.size())) return h1;
                }
            }
        }
        if (declared == null) return null;
        return stripSiteSuffix(collapse(declared), site);
    }

    static final double SHARED_TITLE_WORDS = 0.3;

    private static List<String> titleWords(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** "About bugs – Vortex Cannon Entertainment": the headline plus a short name on one side of a separator. */
    private static boolean isHeadPlusSiteName(String declared, String headline) {
        String h = normKey(headline);
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " · ", " » "}) {
            int i = declared.indexOf(sep);
            while (i > 0) {
                String left = declared.substring(0, i), right = declared.substring(i + sep.length());
                if (normKey(left).equals(h) && right.strip().split("\\s+").length <= 4) return true;
                if (normKey(right).equals(h) && left.strip().split("\\s+").length <= 4) return true;
                i = declared.indexOf(sep, i + 1);
            }
        }
        return false;
    }

    /** "Headline | Site", "Headline - Site": drops the part that names the site. */
    static String stripSiteSuffix(String title, String site) {
        if (site != null) {
            for (String sep : new String[] {" | ", " - ", " – ", " — ", ": "}) {
                if (title.length() > site.length() + sep.length() + 10 && title.regionMatches(true, 0, site, 0, site.length())
                        && title.startsWith(sep, site.length())) {
                    return title.substring(site.length() + sep.length()).strip();
                }
            }
        }
        String[] seps = {" | ", " - ", " – ", " — ", " :: ", " · ", " » "};
        for (String sep : seps) {
            int i = title.lastIndexOf(sep);
            if (i <= 0) continue;
            String head = title.substring(0, i).strip(), tail = title.substring(i + sep.length()).strip();
            boolean tailIsSite = site != null && (normKey(site).contains(normKey(tail)) || normKey(tail).contains(normKey(site)));
            boolean shortTail = tail.split("\\s+").length <= 4 && head.length() > 2 * tail.length();
            if (!tail.isEmpty() && (tailIsSite || sep.equals(" | ") && shortTail)) return stripSiteSuffix(head, site);
        }
        return title;
    }

    private static String normKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    // ---- byline ----------------------------------------------------------------------------------

    /** A byline printed on the page: rel=author, itemprop=author, or an element classed byline/author. */
    private static String visibleByline(PageIndex page) {
        List<String> names = new ArrayList<>();
        for (Element e : page.itempropAuthors) {
            Element name = e.selectFirst("[itemprop=name]");
            String n = name != null ? name.hasAttr("content") ? name.attr("content") : name.text()
                    : e.hasAttr("content") ? e.attr("content") : e.text();
            if (isName(n) && !names.contains(collapse(n))) names.add(collapse(n));
        }
        if (names.isEmpty()) {
            for (Element e : page.relAuthors) {
                String n = e.text();
                if (isName(n) && !names.contains(collapse(n))) names.add(collapse(n));
            }
        }
        if (!names.isEmpty()) return String.join(", ", names);
        for (int pass = 0; pass < 2; pass++) {
            for (Element e : page.bylineBoxes) {
                boolean bylineClass = e.className().toLowerCase(Locale.ROOT).contains("byline");
                if ((pass == 0) != bylineClass || inCommentsOrForm(e)) continue;
                String t = cutBylineTail(collapse(e.text()));
                if (t.length() >= 3 && t.length() <= 80 && !t.endsWith(":") && isByline(cleanByline(t))) return t;
            }
        }
        return null;
    }

    /**
     * Whether a cleaned byline can name someone: not a label left without its name ("Written
     * by", "The Author", "View more posts"), a day ("Dec. 19, 2025"), a CMS account or an
     * unfilled template field ("admin", "undefined", "page.head.extra.author").
     */
    static boolean isByline(String b) {
        if (b == null || b.length() < 2) return false;
        if (Dates.findInText(b) != null && b.length() < 40) return false;
        if (b.indexOf(' ') < 0 && b.indexOf('.') > 0) {
            // a template key left unfilled ("page.head.extra.author"), not "sara.r.peter" or "Example.com"
            for (String part : b.toLowerCase(Locale.ROOT).split("\\.")) {
                if (part.equals("author") || part.equals("byline") || part.equals("name")) return false;
            }
        }
        for (String w : b.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && !BYLINE_LABEL_WORDS.contains(w)) return true;
        }
        return false;
    }

    /** Words of byline labels and placeholders; a byline made only of them names no one. */
    private static final Set<String> BYLINE_LABEL_WORDS = Set.of("by", "written", "author", "authors", "authored", "the",
            "updated", "posted", "published", "on", "view", "more", "all", "posts", "admin", "administrator", "webmaster",
            "undefined", "null", "unknown", "editor", "staff", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm");

    /** Comment authors and "Name (required)" form labels are not the article's byline. */
    private static boolean inCommentsOrForm(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("form") || tag.equals("label")) return true;
            String hints = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (hints.contains("comment") || hints.contains("respond") || hints.contains("reply")) return true;
        }
        return false;
    }

    /** "Jane Doe Published 11:11 PM EST Nov 19, 2019" -> "Jane Doe": a visible byline runs into the dateline. */
    static String cutBylineTail(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int cut = s.length();
        for (String marker : new String[] {" published ", " updated ", " posted ", " | ", " · ", " on "}) {
            int i = lower.indexOf(marker);
            if (i > 0 && i < cut) cut = i;
        }
        int date = Dates.dateStart(s);
        if (date > 0 && date < cut) cut = date;
        String out = s.substring(0, cut).strip();
        // a weekday left before the date ("Jeff Foust Monday,")
        for (String day : new String[] {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
            String o = out.toLowerCase(Locale.ROOT);
            if (o.endsWith(day) || o.endsWith(day + ",")) {
                out = out.substring(0, o.lastIndexOf(day)).strip();
                break;
            }
        }
        while (out.endsWith(",") || out.endsWith("-") || out.endsWith("–")) out = out.substring(0, out.length() - 1).strip();
        return out;
    }

    private static boolean isName(String n) {
        if (n == null) return false;
        String t = n.strip();
        return t.length() >= 3 && t.length() <= 100 && !looksLikeUrl(t);
    }

    /** "By Jane Doe and John Roe | Reuters" -> "Jane Doe and John Roe | Reuters" minus the lead word; one line. */
    static String cleanByline(String raw) {
        if (raw == null) return null;
        String s = collapse(raw);
        s = cutBylineTail(s);
        String lower = s.toLowerCase(Locale.ROOT);
        for (String lead : new String[] {"by ", "by: ", "written by ", "von ", "par ", "por ", "di ", "door ", "av ", "af "}) {
            if (lower.startsWith(lead)) {
                s = s.substring(lead.length()).strip();
                break;
            }
        }
        if (s.length() > 200) s = s.substring(0, 200).strip();
        return s.isEmpty() ? null : s;
    }

    // ---- JSON-LD ---------------------------------------------------------------------------------

    /** The first article object in the page's JSON-LD scripts. */
    static final class JsonLd {
        String headline, author, published, publisher, url, language;

        static JsonLd of(List<Element> scripts) {
            JsonLd out = new JsonLd();
            for (Element script : scripts) {
                String json = script.data().strip();
                if (json.startsWith("<!--")) json = json.substring(4);
                if (json.endsWith("-->")) json = json.substring(0, json.length() - 3);
                JsonNode root;
                try {
                    root = LENIENT_JSON.readTree(json);
                } catch (Exception e) {
                    continue; // broken JSON-LD is common; the other sources still apply
                }
                JsonNode article = findArticle(root);
                if (article != null) {
                    out.fill(article);
                    if (out.headline != null || out.author != null || out.published != null) return out;
                }
            }
            return out;
        }


        private static JsonNode findArticle(JsonNode root) {
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            int visited = 0;
            while (!todo.isEmpty() && visited++ < 10_000) {
                JsonNode n = todo.poll();
                if (n == null) continue;
                if (n.isArray()) {
                    n.forEach(todo::add);
                } else if (n.isObject()) {
                    if (isArticleType(n.get("@type"))) return n;
                    JsonNode graph = n.get("@graph");
                    if (graph != null) todo.add(graph);
                    JsonNode main = n.get("mainEntity");
                    if (main != null) todo.add(main);
                }
            }
            return null;
        }

        private static boolean isArticleType(JsonNode type) {
            if (type == null) return false;
            if (type.isArray()) {
                for (JsonNode t : type) if (isArticleType(t)) return true;
                return false;
            }
            return type.isTextual() && ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
        }

        private void fill(JsonNode a) {
            headline = firstNonBlank(headline, text(a.get("headline")), text(a.get("name")));
            author = firstNonBlank(author, names(a.get("author")), names(a.get("creator")));
            published = firstNonBlank(published, text(a.get("datePublished")), text(a.get("dateCreated")));
            publisher = firstNonBlank(publisher, names(a.get("publisher")));
            JsonNode main = a.get("mainEntityOfPage");
            url = firstNonBlank(url, text(a.get("url")), main == null ? null
                    : main.isObject() ? text(main.get("@id")) : text(main));
            language = firstNonBlank(language, text(a.get("inLanguage")));
        }

        private static String text(JsonNode n) {
            if (n == null) return null;
            if (n.isArray() && !n.isEmpty()) return text(n.get(0));
            if (!n.isValueNode()) return null;
            String v = n.asText();
            // CMSs often put HTML-escaped text in JSON-LD ("Trump&#8217;s")
            return v.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(v, false) : v;
        }

        /** Person names of a string, an object with a name, or an array of those; organisations only when no person. */
        private static String names(JsonNode n) {
            if (n == null) return null;
            Set<String> people = new LinkedHashSet<>();
            Set<String> orgs = new LinkedHashSet<>();
            List<JsonNode> items = new ArrayList<>();
            if (n.isArray()) n.forEach(items::add);
            else items.add(n);
            for (JsonNode item : items) {
                String name = null;
                boolean org = false;
                if (item.isTextual()) {
                    name = text(item);
                } else if (item.isObject()) {
                    name = text(item.get("name"));
                    JsonNode type = item.get("@type");
                    org = type != null && type.asText("").toLowerCase(Locale.ROOT).contains("organization");
                }
                if (name == null || name.isBlank() || looksLikeUrl(name)) continue;
                (org ? orgs : people).add(collapse(name));
            }
            Set<String> chosen = people.isEmpty() ? orgs : people;
            return chosen.isEmpty() ? null : String.join(", ", chosen);
        }
    }

    // ---- helpers -----------------------------------------------------------------------------------

    /** ISO 639-1 code of a language tag ("en-US", "pt_BR", "eng" stays null). */
    public static String language(String tag) {
        if (tag == null) return null;
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && t.charAt(end) >= 'a' && t.charAt(end) <= 'z') end++;
        return end == 2 ? t.substring(0, 2) : null;
    }

    private static String absolute(String href, String base) {
        if (href == null || href.isBlank()) return null;
        String h = href.strip();
        if (h.startsWith("http://") || h.startsWith("https://")) return h;
        if (base == null) return null;
        try {
            return URI.create(base).resolve(h).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean looksLikeUrl(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.") || t.startsWith("/");
    }

    static String collapse(String s) {
        if (s == null) return null;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return collapse(v);
        return null;
    }
}
