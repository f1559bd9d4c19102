package news.load.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Main-content extraction on the DOM. Steps: (1) drop what is never article text (scripts,
 * styles, embeds, form controls, comments); (2) measure every element bottom-up (characters,
 * link characters, words, stop words, commas); (3) drop chrome by structure (nav, aside,
 * header, footer, form) and by class/id hints (share, related, comments, ads...) unless the
 * element holds most of the page's prose; (4) score paragraphs by length, commas and stop-word
 * density and credit their ancestors, pick the best container, widen it when the article is
 * split over sibling containers (Readability's alternative candidates, then {@code spread}: the
 * ancestor whose extra text is more of the same prose); (5) emit its blocks (paragraphs, headings, list items, quotes,
 * table rows), skipping link lists and link-heavy boxes inside it.
 *
 * <p>Every walk is iterative ({@link NodeTraversor}), so nesting depth cannot overflow the stack.
 * The element tree is modified: callers pass a document they no longer need.
 */
public final class HtmlExtractor {

    /** One block of the article: its text (inner line breaks kept) and the tag that made it. */
    public record Block(String text, String tag) {
        public Block {
            if (text == null || text.isBlank()) throw new IllegalArgumentException("blank block");
        }
    }

    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "source", "track", "img", "picture", "map", "input",
            "button", "select", "textarea", "option", "optgroup", "label", "link", "meta", "head", "dialog", "math",
            "ins");
    private static final Set<String> CHROME = Set.of("nav", "aside", "header", "footer", "form", "menu", "fieldset");
    /** Tags that end the current text block (browsers' display:block elements, roughly). */
    private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
            "tr", "caption", "figure", "figcaption", "header", "footer", "address", "hr", "form", "fieldset",
            "details", "summary", "center", "body", "html", "aside", "nav", "hgroup", "output", "br");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Class/id fragments of page chrome. Substrings, so they are long enough not to hit prose classes. */
    private static final String[] NEGATIVE = {"comment", "disqus", "sharing", "share-", "-share", "shareb", "social",
        "related", "recommend", "sidebar", "side-bar", "promo", "advert", "ad-slot", "adslot", "ad-container",
        "ad-wrapper", "adunit", "ad-unit", "newsletter", "subscribe", "signup", "sign-up", "cookie", "consent", "gdpr",
        "breadcrumb", "footer", "masthead", "navbar", "navigation", "menu", "pagination", "pager", "popup", "modal",
        "outbrain", "taboola", "sponsor", "banner", "widget", "toolbar", "tag-list", "taglist", "tags-", "-tags",
        "byline", "author", "dateline", "timestamp", "publish-date", "caption", "credit", "most-popular",
        "mostpopular", "most-read", "trending", "read-more", "readmore", "more-stories", "also-read", "login",
        "rating", "poll", "skip-link", "print-only", "hidden", "sr-only", "screen-reader", "visually-hidden",
        "offscreen", "tooltip", "lightbox", "gallery", "slideshow", "carousel", "video", "player", "jump-link",
        "bio", "follow", "donate", "paywall-promo", "inline-ad", "top-stories", "headline-list", "teaser",
        "disclaimer", "disclosure", "copyright", "rail", "excerpt", "shoutbox", "supplemental", "subnav", "topbar", "overlay"};
    /** Whole class/id tokens of page chrome, too short to match as substrings. */
    private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "nav", "share", "tags", "tag", "meta",
            "aside", "header", "more", "links", "hide", "byline", "extra", "toc", "print", "email", "mail", "icon",
            "d-none", "related", "social", "comments");
    /** Class/id fragments of article bodies. */
    private static final String[] POSITIVE = {"article", "story", "entry", "post-content", "post-body", "postbody",
        "main-content", "maincontent", "content-body", "body-text", "bodytext", "text-body", "rich-text",
        "richtext", "article-text", "blog-post", "prose", "news-text"};
    private static final Set<String> POSITIVE_TOKENS = Set.of("content", "main", "body", "text", "post", "page",
            "column");

    private HtmlExtractor() {}

    /** Measurements of one element's subtree. */
    static final class Stats {
        int chars;       // non-whitespace characters
        int linkChars;   // of which inside <a>
        int words;
        int stops;
        int commas;
        int quoteChars;  // characters inside <blockquote>
        int prose;       // characters of the paragraphs (>= 80 chars, few links) inside
        int paras;       // how many such paragraphs
        boolean isPara;  // this element is one of those paragraphs
        int goneChars;   // characters of the chrome removed from inside (step 3)
        int goneLinks;   // of which inside <a>
        boolean hasBlockChild;
        int hintWeight = Integer.MIN_VALUE; // lazily computed
        double score;
        boolean candidate;

        void subtract(Stats o) {
            chars -= o.chars;
            linkChars -= o.linkChars;
            words -= o.words;
            stops -= o.stops;
            commas -= o.commas;
            quoteChars -= o.quoteChars;
            prose -= o.prose;
            paras -= o.paras;
        }

        double linkDensity() {
            return chars == 0 ? 0 : linkChars / (double) chars;
        }

        double stopDensity() {
            return words == 0 ? 0 : stops / (double) words;
        }
    }

    /** Extracts the article blocks of {@code root} (usually the body), in document order. */
    public static List<Block> extract(Element root) {
        return extract(root, true);
    }

    /**
     * As {@link #extract(Element)}; without {@code classHints} only structure removes chrome (nav,
     * aside, header, footer, form): the fallback for pages whose content boxes are all named like
     * chrome (a forum's "comment"/"reply" posts).
     */
    public static List<Block> extract(Element root, boolean classHints) {
        removeNeverText(root);
        WEIGHTS.get().clear();
        BUILDING_BLOCKS.get().clear();
        HINTS.get().clear();
        Map<Element, Stats> stats = measure(root, null);
        removeChrome(root, stats, classHints);
        List<Element> parts = chooseContent(root, stats);
        return emit(parts, stats);
    }

    // ---- step 1: nodes that are never article text ---------------------------------------------

    private static void removeNeverText(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment || node instanceof DocumentType) return FilterResult.REMOVE;
                if (node instanceof DataNode && !(node.parent() instanceof Element p && p.normalName().equals("pre"))) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e && node != root) {
                    if (NEVER_TEXT.contains(e.normalName())) return FilterResult.REMOVE;
                    if (isHiddenByStyle(e)) return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    static boolean isHiddenByStyle(Element e) {
        if (e.hasAttr("hidden")) return !isStreamedSegment(e);
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * A segment of a streaming-rendered page (React's {@code <div hidden id="S:1">}): the server
     * sends it hidden at the end of the body and a script moves it into place, so it is what
     * readers see.
     */
    static boolean isStreamedSegment(Element e) {
        String id = e.id();
        if (id.length() < 3 || id.charAt(0) != 'S' || id.charAt(1) != ':') return false;
        for (int i = 2; i < id.length(); i++) if (!Character.isDigit(id.charAt(i))) return false;
        return true;
    }

    // ---- step 2: measuring ----------------------------------------------------------------------

    /** Bottom-up counts for every element; hint weights already computed in {@code previous} are kept. */
    static Map<Element, Stats> measure(Element root, Map<Element, Stats> previous) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Stats st = new Stats();
                    Stats old = previous == null ? null : previous.get(e);
                    if (old != null) st.hintWeight = old.hintWeight;
                    stats.put(e, st);
                    if (e.normalName().equals("a")) linkDepth++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t) {
                    Element parent = t.parentNode() instanceof Element p ? p : null;
                    if (parent == null) return;
                    Stats s = stats.get(parent);
                    if (s == null) return;
                    countText(t.getWholeText(), s, linkDepth > 0);
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("a")) linkDepth--;
                    Stats child = stats.get(e);
                    if (child.prose == 0 && child.chars >= 80 && child.linkDensity() < 0.3
                            && (!child.hasBlockChild || PROSE_TAGS.contains(e.normalName()))) {
                        child.prose = child.chars - child.linkChars;
                        child.paras = 1;
                        child.isPara = true;
                    }
                    Element parent = e.parent();
                    if (parent == null || e == root) return;
                    Stats up = stats.get(parent);
                    if (up == null) return;
                    up.prose += child.prose;
                    up.paras += child.paras;
                    up.quoteChars += e.normalName().equals("blockquote") ? child.chars : child.quoteChars;
                    // a <br> breaks a line of running text; it does not make the parent a container
                    if (BLOCK.contains(e.normalName()) && !e.normalName().equals("br")) up.hasBlockChild = true;
                    up.chars += child.chars;
                    up.linkChars += child.linkChars;
                    up.words += child.words;
                    up.stops += child.stops;
                    up.commas += child.commas;
                }
            }
        }, root);
        return stats;
    }

    private static final Set<String> PROSE_TAGS = Set.of("p", "pre", "blockquote", "td", "dd");

    /** Adds the counts of one text run to {@code s}. Words are letter/digit runs. */
    static void countText(String text, Stats s, boolean inLink) {
        int chars = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'')) i++;
                chars += i - start;
                s.words++;
                if (StopWords.isStopWord(text, start, i)) s.stops++;
                continue;
            }
            if (!Character.isWhitespace(c) && c != '\u00A0') chars++;
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') s.commas++;
            i++;
        }
        s.chars += chars;
        if (inLink) s.linkChars += chars;
    }

    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, by table for ASCII (countText runs over every character of the page). */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    // ---- step 3: chrome ------------------------------------------------------------------------

    private static void removeChrome(Element root, Map<Element, Stats> stats, boolean classHints) {
        int totalProse = Math.max(1, stats.get(root).prose);
        Element main = mainLandmark(root, stats);
        if (classHints) findBuildingBlocks(root, stats, totalProse);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || node == root) return FilterResult.CONTINUE;
                String tag = e.normalName();
                if (tag.equals("article") || tag.equals("main") || tag.equals("body")) return FilterResult.CONTINUE;
                Stats s = stats.get(e);
                boolean structural = CHROME.contains(tag) || "complementary".equals(e.attr("role"))
                        || "navigation".equals(e.attr("role"));
                boolean byHint = classHints && (hintWeight(e, stats) < 0 || isHiddenByClass(e));
                if (!structural && !byHint) return FilterResult.CONTINUE;
                // Page chrome outside the page's declared main content is chrome even when it holds
                // more prose than a short article (a footer's legal notice).
                boolean outsideMain = structural && main != null && !isAncestor(main, e) && !isAncestor(e, main);
                if (s != null && !CHROME_ALWAYS.contains(tag) && !hasStrongNegativeHint(e) && !outsideMain) {
                    // A wrapper named "…-with-sidebar" or a page-wide <form> still holds the article:
                    // keep anything carrying most of the page's prose, and (for hints, which are
                    // guesses) any block of running prose.
                    if (s.prose > totalProse / 2) return FilterResult.CONTINUE;
                    if ((!structural || tag.equals("form")) && isProse(s)) return FilterResult.CONTINUE;
                    // an embedded post (tweet, Instagram caption) quoted by the article: its box is
                    // named "social-embed", but the quote is part of the story
                    if (!structural && s.chars > 0 && s.quoteChars >= 0.6 * s.chars) return FilterResult.CONTINUE;
                }
                if (s != null) {
                    // keep the ancestors' counts true without measuring the tree again
                    for (Element a = e.parent(); a != null; a = a.parent()) {
                        Stats as = stats.get(a);
                        if (as == null) break;
                        as.subtract(s);
                        as.goneChars += s.chars;
                        as.goneLinks += s.linkChars;
                        if (a == root) break;
                    }
                }
                return FilterResult.REMOVE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** Weak chrome hints that name most of this page's prose boxes: its building blocks, not chrome. */
    private static final ThreadLocal<Set<String>> BUILDING_BLOCKS = ThreadLocal.withInitial(HashSet::new);

    /**
     * A page builder names every box "elementor-widget": summed over the outermost
     * boxes a weak chrome hint would remove, a hint holding most of the page's prose names the
     * site's building block, and is ignored on this page. Strong hints (comments, related) stay.
     */
    private static void findBuildingBlocks(Element root, Map<Element, Stats> stats, int totalProse) {
        Map<String, Integer> proseByHint = new HashMap<>(), boxesByHint = new HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || node == root) return FilterResult.CONTINUE;
                Stats s = stats.get(e);
                if (s == null || s.prose == 0) return FilterResult.SKIP_ENTIRELY;
                if (CHROME.contains(e.normalName()) || hasStrongNegativeHint(e)) return FilterResult.CONTINUE;
                // a box holding most of the prose is kept anyway (removeChrome): look at the boxes inside
                if (s.prose > totalProse / 2) return FilterResult.CONTINUE;
                List<String> hints = negativeHints(e);
                if (hints.isEmpty()) return FilterResult.CONTINUE;
                for (String h : hints) {
                    proseByHint.merge(h, s.prose, Integer::sum);
                    boxesByHint.merge(h, 1, Integer::sum);
                }
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        Set<String> blocks = BUILDING_BLOCKS.get();
        proseByHint.forEach((h, prose) -> {
            if (2 * prose >= totalProse && boxesByHint.get(h) >= 3) blocks.add(h);
        });
        if (!blocks.isEmpty()) WEIGHTS.get().clear();
    }

    /** Hints that say a box is not shown or is about other pages, however many boxes carry them. */
    private static final Set<String> NOT_BUILDING_BLOCKS = Set.of("hidden", "hide", "sr-only", "screen-reader",
            "visually-hidden", "offscreen", "d-none", "print-only", "comment", "comments", "disqus", "related",
            "recommend", "cookie", "consent", "popup", "modal");

    /** The chrome fragments and tokens named in {@code e}'s class and id, unless a positive hint is there too. */
    private static List<String> negativeHints(Element e) {
        List<String> byClass = negativeHints(e.className()), byId = negativeHints(e.id());
        if (byId.isEmpty()) return byClass;
        if (byClass.isEmpty()) return byId;
        List<String> out = new ArrayList<>(byClass);
        out.addAll(byId);
        return out;
    }

    /** Chrome hints of the class / id strings of the page being extracted (cached: pages repeat them). */
    private static final ThreadLocal<Map<String, List<String>>> HINTS = ThreadLocal.withInitial(HashMap::new);

    private static List<String> negativeHints(String attr) {
        if (attr.isEmpty()) return List.of();
        Map<String, List<String>> cache = HINTS.get();
        List<String> known = cache.get(attr);
        if (known != null) return known;
        String a = attr.toLowerCase(Locale.ROOT).replace("label-hidden", "");
        List<String> toks = tokens(a);
        boolean pos = hasPositive(a);
        for (String t : toks) if (POSITIVE_TOKENS.contains(t)) pos = true;
        List<String> found = new ArrayList<>(2);
        if (!pos) {
            for (String n : NEGATIVE) if (a.contains(n) && !NOT_BUILDING_BLOCKS.contains(n)) found.add(n);
            for (String t : toks) if (NEGATIVE_TOKENS.contains(t) && !NOT_BUILDING_BLOCKS.contains(t)) found.add(t);
        }
        List<String> out = found.isEmpty() ? List.of() : List.copyOf(found);
        cache.put(attr, out);
        return out;
    }

    private static final Set<String> CHROME_ALWAYS = Set.of("nav", "menu");

    /** The one {@code <main>} (or role=main) element holding some text, or null (none, or several). */
    private static Element mainLandmark(Element root, Map<Element, Stats> stats) {
        Element found = null;
        for (Element e = root; e != null; e = DocumentOrder.nextInOrder(e, root)) { // no list of the whole page
            if (e == root || !(e.normalName().equals("main") || "main".equals(e.attr("role")))) continue;
            if (found != null && !isAncestor(found, e)) return null;
            if (found == null) found = e;
        }
        if (found == null) return null;
        Stats s = stats.get(found);
        return s != null && s.chars - s.linkChars >= 200 ? found : null;
    }

    /** Several hundred characters of sentences with few links: article text, whatever the box is called. */
    private static boolean isProse(Stats s) {
        if (s.prose < 400) return false;
        boolean spaced = s.words > 0 && s.chars / (double) s.words < 12;
        return !spaced || s.stopDensity() >= 0.15;
    }

    private static final String[] STRONG_NEGATIVE = {"comment", "disqus", "cookie", "consent",
        "popup", "modal", "outbrain", "taboola", "related", "recommend", "most-popular", "mostpopular", "most-read",
        "trending", "more-stories", "also-read", "read-more", "readmore"};

    /** Hints that name a kind of box that is never the article, even when it holds prose (comments). */
    private static boolean hasStrongNegativeHint(Element e) {
        String a = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (a.isBlank()) return false;
        for (String n : STRONG_NEGATIVE) if (a.contains(n)) return !hasPositive(a);
        return false;
    }

    private static boolean hasPositive(String a) {
        for (String p : POSITIVE) if (a.contains(p)) return true;
        return false;
    }

    private static boolean isHiddenByClass(Element e) {
        String cls = e.className();
        if (cls.isEmpty()) return false;
        for (String t : words(cls.toLowerCase(Locale.ROOT))) {
            if (t.equals("hidden") || t.equals("hide") || t.equals("sr-only") || t.equals("visually-hidden")
                    || t.equals("visuallyhidden") || t.equals("screen-reader-text") || t.equals("d-none")) return true;
        }
        return false;
    }

    /** +25 per positive, -25 per negative hint in class and id (as Readability weighs them). */
    static int hintWeight(Element e, Map<Element, Stats> stats) {
        Stats s = stats.get(e);
        if (s != null && s.hintWeight != Integer.MIN_VALUE) return s.hintWeight;
        int w = 0;
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("text")) w += 50;
        w += weigh(e.className());
        w += weigh(e.id());
        if (s != null) s.hintWeight = w;
        return w;
    }

    /** Weights of the class / id strings of the page being extracted (pages repeat them a lot). */
    private static final ThreadLocal<Map<String, Integer>> WEIGHTS = ThreadLocal.withInitial(HashMap::new);

    private static int weigh(String attr) {
        if (attr.isEmpty()) return 0;
        Map<String, Integer> cache = WEIGHTS.get();
        Integer known = cache.get(attr);
        if (known != null) return known;
        int w = computeWeight(attr);
        cache.put(attr, w);
        return w;
    }

    private static int computeWeight(String attr) {
        // Drupal marks a field whose label is hidden "field--label-hidden": the field itself shows.
        String a = attr.toLowerCase(Locale.ROOT).replace("label-hidden", "");
        boolean neg = false, pos = false;
        Set<String> blocks = BUILDING_BLOCKS.get();
        for (String n : NEGATIVE) {
            if (a.contains(n) && !blocks.contains(n)) {
                neg = true;
                break;
            }
        }
        for (String p : POSITIVE) {
            if (a.contains(p)) {
                pos = true;
                break;
            }
        }
        for (String t : tokens(a)) {
            if (!neg && NEGATIVE_TOKENS.contains(t) && !blocks.contains(t)) neg = true;
            if (!pos && POSITIVE_TOKENS.contains(t)) pos = true;
        }
        if (neg && pos) return 0;
        return neg ? -25 : pos ? 25 : 0;
    }

    /** Whitespace-separated parts. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>(4);
        int i = 0, n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        return out;
    }

    /** Class/id tokens split at anything but letters and digits ("article__body--wide" -> article, body, wide). */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>(4);
        int i = 0, n = s.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(s.charAt(i))) i++;
            int start = i;
            while (i < n && Character.isLetterOrDigit(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i));
        }
        // keep hyphenated compounds too ("d-none", "sr-only")
        if (s.indexOf('-') > 0) for (String part : words(s)) if (part.indexOf('-') > 0) out.add(part);
        return out;
    }

    // ---- step 4: scoring -----------------------------------------------------------------------

    private static boolean isParagraphLike(Element e, Map<Element, Stats> stats) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre") || tag.equals("td") || tag.equals("blockquote")) return true;
        if (tag.equals("div") || tag.equals("section") || tag.equals("span") || tag.equals("font")) {
            // a container whose text sits directly in it (no block children): treated like <p>
            for (Element c : e.children()) if (BLOCK.contains(c.normalName())) return ownTextChars(e) >= 60;
            return !tag.equals("span") && !tag.equals("font") || e.parent() != null && !isInline(e.parent());
        }
        return false;
    }

    private static boolean isInline(Element e) {
        return !BLOCK.contains(e.normalName());
    }

    private static int ownTextChars(Element e) {
        int n = 0;
        for (TextNode t : e.textNodes()) {
            String s = t.getWholeText();
            for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
        }
        return n;
    }

    private static double paragraphScore(Stats s) {
        double score = 1 + s.commas + Math.min(s.chars / 100, 3);
        // Prose in a spaced language is full of function words; labels and link lists are not.
        boolean spaced = s.words > 0 && s.chars / (double) s.words < 12;
        if (spaced && s.words >= 6 && s.stopDensity() < 0.08) score *= 0.3;
        return score;
    }

    private static List<Element> chooseContent(Element root, Map<Element, Stats> stats) {
        List<Element> candidates = new ArrayList<>();
        List<Element> paragraphs = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && isParagraphLike(e, stats)) paragraphs.add(e);
        }, root);
        for (Element p : paragraphs) {
            Stats ps = stats.get(p);
            if (ps == null || ps.chars < 25) continue;
            double score = paragraphScore(ps);
            Element anc = p.parent();
            for (int level = 0; anc != null && level < 5; level++, anc = anc.parent()) {
                Stats as = stats.get(anc);
                if (as == null) break;
                if (HEADINGS.contains(anc.normalName())) continue; // a heading is never the container
                if (!as.candidate) {
                    as.candidate = true;
                    as.score = initialScore(anc, stats);
                    candidates.add(anc);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                as.score += score / divider;
                if (anc == root) break;
            }
        }
        if (candidates.isEmpty()) return List.of(root);
        Element top = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Element c : candidates) {
            Stats s = stats.get(c);
            s.score *= 1 - s.linkDensity();
            if (s.score > best) {
                best = s.score;
                top = c;
            }
        }
        top = widen(top, root, candidates, stats);
        Element spread = spread(top, root, stats);
        // the climb already judged what the wider box adds; its siblings are past the article
        return spread != top ? List.of(spread) : withSiblings(top, root, stats);
    }

    /** Characters of text a box needs for its positive class name to count in full. */
    private static final int HINT_CHARS = 300;

    private static double initialScore(Element e, Map<Element, Stats> stats) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int w = hintWeight(e, stats);
        // a box named "content" that holds one short line (a page-title block) is not the article:
        // a positive name counts in proportion to the text there is to vouch for
        Stats st = stats.get(e);
        if (w > 0 && st != null && st.chars < HINT_CHARS) w = (int) (w * (st.chars / (double) HINT_CHARS));
        return s + w;
    }

    /** Moves up from the best container when the article is spread over several scored containers. */
    private static Element widen(Element top, Element root, List<Element> candidates, Map<Element, Stats> stats) {
        // The walks below climb from top's parent and stop at root: from root itself they would
        // climb out of the measured tree (to <html>, which has no stats).
        if (top == root) return root;
        double topScore = stats.get(top).score;
        List<Element> alternatives = new ArrayList<>();
        for (Element c : candidates) {
            if (c != top && stats.get(c).score >= topScore * 0.75 && !isAncestor(c, top)) alternatives.add(c);
        }
        if (alternatives.size() >= 2) {
            for (Element anc = top.parent(); anc != null && anc != root; anc = anc.parent()) {
                int holds = 0;
                for (Element a : alternatives) if (isAncestor(anc, a)) holds++;
                if (holds >= Math.min(3, alternatives.size())) {
                    top = anc;
                    break;
                }
            }
        }
        // A parent that scores better than the container itself is the real container.
        double last = stats.get(top).score;
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != root; p = p.parent()) {
            Stats ps = stats.get(p);
            if (ps == null || !ps.candidate) continue;
            if (ps.score < threshold) break;
            if (ps.score > last) {
                top = p;
                break;
            }
            last = ps.score;
        }
        while (top.parent() != null && top.parent() != root && top.parent().childrenSize() == 1) top = top.parent();
        return top;
    }

    /**
     * Climbs from the container to the ancestors that hold more of the page's prose when what
     * they add is itself an article's text: an article split over sibling boxes (page-builder
     * sections, listicle items, one box per sub-heading) whose scores each fell short. What an
     * ancestor adds must be at least three paragraphs and a quarter more prose, mostly prose
     * (blockquotes not counted: testimonial walls), with few links, counting the links of the
     * chrome removed from it (a teaser feed whose headline links were headers), and not a second
     * copy of the same paragraphs (a page rendering the article twice). Each step is judged
     * against the box reached so far, so a block of chrome in between does not stop the climb.
     */
    private static Element spread(Element top, Element root, Map<Element, Stats> stats) {
        Element cur = top;
        Stats cs = stats.get(cur);
        for (Element a = top.parent(); a != null; a = a.parent()) {
            Stats as = stats.get(a);
            if (as == null) break;
            int addedChars = as.chars - cs.chars, addedParas = as.paras - cs.paras;
            int addedProse = Math.max(0, as.prose - cs.prose - (as.quoteChars - cs.quoteChars));
            int addedLinks = as.linkChars - cs.linkChars + as.goneLinks - cs.goneLinks;
            int addedAll = addedChars + as.goneChars - cs.goneChars;
            if (addedParas >= 3 && addedProse >= 200 && 4 * addedProse >= cs.prose
                    && addedLinks <= 0.15 * addedAll && addedProse >= 0.3 * addedChars && !repeats(a, cur, stats)) {
                cur = a;
                cs = as;
            }
            if (a == root) break;
        }
        return cur;
    }

    /** Whether most paragraphs {@code outer} adds to {@code inner} repeat {@code inner}'s (a second copy of the article). */
    private static boolean repeats(Element outer, Element inner, Map<Element, Stats> stats) {
        HashSet<String> seen = new HashSet<>();
        forEachParagraph(inner, null, stats, (e, s) -> seen.add(e.text()));
        int[] dup = new int[2];
        forEachParagraph(outer, inner, stats, (e, s) -> {
            dup[1] += s.prose;
            if (seen.contains(e.text())) dup[0] += s.prose;
        });
        return dup[0] > dup[1] / 2;
    }

    /** Calls {@code action} on the paragraphs of {@code root}'s subtree, skipping {@code skip}'s subtree. */
    private static void forEachParagraph(Element root, Element skip, Map<Element, Stats> stats,
                                         BiConsumer<Element, Stats> action) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == skip) return FilterResult.SKIP_ENTIRELY;
                Stats s = stats.get(e);
                if (s == null || s.prose == 0) return FilterResult.SKIP_ENTIRELY;
                if (!s.isPara) return FilterResult.CONTINUE;
                action.accept(e, s);
                return FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private static boolean isAncestor(Element anc, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p == anc) return true;
        return false;
    }

    /** The container and those of its siblings that look like more of the same article. */
    private static List<Element> withSiblings(Element top, Element root, Map<Element, Stats> stats) {
        Element parent = top.parent();
        if (top == root || parent == null) return List.of(top);
        Stats ts = stats.get(top);
        double threshold = Math.max(10, ts.score * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top) {
                out.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || s.chars == 0) continue;
            double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? ts.score * 0.2 : 0;
            if (s.candidate && s.score + bonus >= threshold) {
                out.add(sib);
            } else if (sib.normalName().equals("p") || isParagraphLike(sib, stats) && !sib.normalName().equals("td")) {
                double ld = s.linkDensity();
                if (s.chars > 80 && ld < 0.25 && s.stopDensity() >= 0.08) out.add(sib);
                else if (s.chars > 0 && s.chars <= 80 && ld == 0 && endsSentence(sib.text())) out.add(sib);
            }
        }
        return out;
    }

    private static boolean endsSentence(String t) {
        String s = t.strip();
        if (s.isEmpty()) return false;
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201D' || c == '\u3002';
    }

    // ---- step 5: emitting ------------------------------------------------------------------------

    /** A container inside the article that is a link box, not prose. */
    private static boolean isJunkInside(Element e, Map<Element, Stats> stats) {
        Stats s = stats.get(e);
        if (s == null) return false;
        String tag = e.normalName();
        if (tag.equals("h1")) return true; // the headline: metadata, not body
        // A figure is an image and its caption, unless it holds a table or code (WordPress wraps
        // tables in <figure class="wp-block-table">): then it is content, caption aside.
        if (tag.equals("figure")) return !holdsTableOrCode(e);
        if (tag.equals("figcaption")) return true;
        double ld = s.linkDensity();
        switch (tag) {
            case "ul", "ol", "dl" -> {
                return ld > 0.5 && mostlyLinkOnlyItems(e, stats);
            }
            case "table" -> {
                return ld > 0.8;
            }
            case "div", "section", "article", "span" -> {
                int w = hintWeight(e, stats);
                if (ld > 0.5) return true;
                return w < 25 && ld > 0.33 && s.words < 80;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * A menu's items are links and nothing else; a list in the article that links a lot still
     * says something beside its links ("Official website: Six Senses").
     */
    private static boolean mostlyLinkOnlyItems(Element list, Map<Element, Stats> stats) {
        int items = 0, linkOnly = 0;
        for (Element li : list.children()) {
            Stats s = stats.get(li);
            if (s == null || s.chars == 0) continue;
            items++;
            if (s.chars - s.linkChars <= Math.max(3, s.chars / 10)) linkOnly++;
        }
        return items == 0 || linkOnly * 2 >= items;
    }

    private static boolean holdsTableOrCode(Element figure) {
        for (Element d : figure.getAllElements()) {
            String t = d.normalName();
            if (t.equals("table") || t.equals("pre") || t.equals("blockquote")) return true;
        }
        return false;
    }

    private static List<Block> emit(List<Element> parts, Map<Element, Stats> stats) {
        BlockBuilder b = new BlockBuilder();
        for (Element part : parts) {
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        b.text(t.getWholeText());
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) return FilterResult.CONTINUE;
                    String tag = e.normalName();
                    if (depth > 0 && isJunkInside(e, stats)) {
                        if (BLOCK.contains(tag)) b.flush();
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br")) b.lineBreak();
                    else if (BLOCK.contains(tag)) b.start(tag);
                    else if (tag.equals("a")) b.linkDepth++;
                    else if (tag.equals("td") || tag.equals("th")) b.cell();
                    if (tag.equals("pre")) b.preDepth++;
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (node instanceof Element e) {
                        String tag = e.normalName();
                        if (BLOCK.contains(tag) && !tag.equals("br")) b.flush();
                        else if (tag.equals("a")) b.linkDepth--;
                        if (tag.equals("pre")) b.preDepth--;
                    }
                    return FilterResult.CONTINUE;
                }
            }, part);
            b.flush();
        }
        return b.blocks;
    }

    /** Headings that open the author's box after the article, in the languages of {@link StopWords}. */
    private static final Set<String> BIO_HEADINGS = Set.of("about the author", "about the authors",
            "about the writer", "about the reviewer", "about the contributor", "about me", "author bio",
            "meet the author", "written by", "über den autor", "über die autorin", "à propos de l auteur",
            "sobre el autor", "sobre o autor", "sull autore", "over de auteur", "об авторе");
    /** What a bio says right after the name: "Jane Doe is a ...", "Jane has been ...". */
    private static final Set<String> BIO_VERBS = Set.of("is", "has", "was", "writes", "covers", "joined",
            "specializes", "specialises", "holds", "leads", "serves", "worked", "works", "earned");
    private static final int BIO_MAX_CHARS = 900;
    private static final int BIO_LOOKBACK = 4;

    /**
     * Drops the author's bio box kept after the article: among the last few blocks, a short one
     * that opens with the page's own author's name and a bio verb ("Jane Doe is a reporter ...",
     * "Jane has covered ..."), or a short "About the author" heading, together with what follows
     * it. The byline names the author, so an article's closing sentence about someone else stays;
     * nothing is dropped when it would cut more than a quarter of the text.
     */
    static List<Block> dropTrailingBio(List<Block> blocks, String byline) {
        if (blocks.size() < 3) return blocks;
        Set<String> names = authorNames(byline);
        int total = 0;
        for (Block b : blocks) total += b.text().length();
        int cut = -1;
        for (int i = blocks.size() - 1; i >= Math.max(1, blocks.size() - BIO_LOOKBACK); i--) {
            String t = blocks.get(i).text();
            if (t.length() > BIO_MAX_CHARS) continue;
            if (isBioHeading(t) || (!names.isEmpty() && opensWithBio(t, names))) {
                cut = i;
                if (i > 0 && isBioHeading(blocks.get(i - 1).text())) cut = i - 1;
            }
        }
        if (cut < 1) return blocks;
        int dropped = 0;
        for (int i = cut; i < blocks.size(); i++) dropped += blocks.get(i).text().length();
        return dropped * 4 > total ? blocks : blocks.subList(0, cut);
    }

    private static boolean isBioHeading(String text) {
        if (text.length() > 40) return false;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) b.append(Character.toLowerCase(c));
            else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
        }
        return BIO_HEADINGS.contains(b.toString().strip());
    }

    /** The byline's name words (capitalised, two letters or more), lower-cased. */
    private static Set<String> authorNames(String byline) {
        Set<String> out = new HashSet<>();
        if (byline == null) return out;
        for (String w : words(byline)) {
            String n = nameWord(w);
            if (n.length() >= 2 && Character.isUpperCase(n.codePointAt(0)) && !n.equals("By")) out.add(n.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** Up to three name words, all of the byline's, then a bio verb. */
    private static boolean opensWithBio(String text, Set<String> names) {
        List<String> ws = words(text.length() > 120 ? text.substring(0, 120) : text);
        int i = 0;
        while (i < ws.size() && i < 3 && names.contains(nameWord(ws.get(i)).toLowerCase(Locale.ROOT))) i++;
        return i > 0 && i < ws.size() && BIO_VERBS.contains(ws.get(i).toLowerCase(Locale.ROOT));
    }

    /** A word without the punctuation around it ("Doe," -> Doe). */
    private static String nameWord(String w) {
        int a = 0, b = w.length();
        while (a < b && !Character.isLetter(w.charAt(a))) a++;
        while (b > a && !Character.isLetter(w.charAt(b - 1))) b--;
        return w.substring(a, b);
    }

    /** Words that label an ad slot, in the languages of {@link StopWords}. */
    private static final Set<String> AD_LABELS = Set.of("ad", "ads", "advert", "advertisement", "advertising",
            "sponsored", "sponsored content", "anzeige", "werbung", "publicité", "publicidad", "publicidade",
            "pubblicità", "advertentie", "реклама", "annonce", "story continues below advertisement",
            "article continues below advertisement", "continue reading below", "scroll to continue with content");

    /** A block that only labels an ad slot ("Advertisement", "- Advert -"). */
    static boolean isAdLabel(String text) {
        if (text.length() > 60) return false;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) b.append(Character.toLowerCase(c));
            else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
        }
        return AD_LABELS.contains(b.toString().strip());
    }

    /** Collects text runs into blocks, collapsing whitespace and dropping link-only blocks. */
    private static final class BlockBuilder {
        final List<Block> blocks = new ArrayList<>();
        final StringBuilder cur = new StringBuilder();
        final Stats curStats = new Stats();
        String tag = "p";
        int linkDepth;
        int preDepth;

        void start(String t) {
            flush();
            tag = t;
        }

        void text(String s) {
            if (preDepth > 0) {
                cur.append(s);
            } else {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B') {
                        if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' '
                                && cur.charAt(cur.length() - 1) != '\n') cur.append(' ');
                    } else {
                        cur.append(c);
                    }
                }
            }
            countText(s, curStats, linkDepth > 0);
        }

        void lineBreak() {
            int n = cur.length();
            while (n > 0 && cur.charAt(n - 1) == ' ') n--;
            cur.setLength(n);
            if (n > 0) cur.append('\n');
        }

        void cell() {
            if (cur.length() > 0 && cur.charAt(cur.length() - 1) != ' ') cur.append(' ');
        }

        void flush() {
            String text = tidy(cur);
            boolean linkList = curStats.chars > 0 && curStats.linkDensity() > 0.5 && curStats.words < 40
                    && !tag.equals("tr")
                    // its list was kept as content: an item saying something beside its link is content too
                    && !(tag.equals("li") && curStats.chars - curStats.linkChars > Math.max(3, curStats.chars / 10));
            if (!text.isEmpty() && !linkList && !isAdLabel(text)) blocks.add(new Block(text, tag));
            cur.setLength(0);
            curStats.chars = curStats.linkChars = curStats.words = curStats.stops = curStats.commas = 0;
        }

        /** Strips each line, drops empty lines (a run of breaks becomes one). */
        private static String tidy(CharSequence s) {
            StringBuilder out = new StringBuilder(s.length());
            int i = 0, n = s.length();
            while (i < n) {
                int nl = i;
                while (nl < n && s.charAt(nl) != '\n') nl++;
                int a = i, z = nl;
                while (a < z && (Character.isWhitespace(s.charAt(a)) || s.charAt(a) == '\u00A0')) a++;
                while (z > a && (Character.isWhitespace(s.charAt(z - 1)) || s.charAt(z - 1) == '\u00A0')) z--;
                if (z > a) {
                    if (out.length() > 0) out.append('\n');
                    out.append(s, a, z);
                }
                i = nl + 1;
            }
            return out.toString();
        }
    }
}
