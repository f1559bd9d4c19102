package news.load.html;

import org.jsoup.nodes.Element;

/**
 * Steps through a page's elements in document order without listing the whole page
 * (metadata, page type and the extractor's landmark search each walk it).
 */
final class DocumentOrder {
    private DocumentOrder() {}

    /** The element after {@code e} in document order (depth first, as getAllElements lists them). */
    static Element nextInOrder(Element e) {
        return nextInOrder(e, null);
    }

    /** As {@link #nextInOrder(Element)} inside {@code root}'s subtree (null past its last element). */
    static Element nextInOrder(Element e, Element root) {
        Element child = e.firstElementChild();
        if (child != null) return child;
        for (Element a = e; a != null && a != root; a = a.parent()) {
            Element next = a.nextElementSibling();
            if (next != null) return next;
        }
        return null;
    }

    /** The element before {@code e} in document order. */
    static Element previousInOrder(Element e) {
        Element prev = e.previousElementSibling();
        if (prev == null) return e.parent();
        for (Element last = prev.lastElementChild(); last != null; last = last.lastElementChild()) prev = last;
        return prev;
    }
}
