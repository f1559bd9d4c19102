package news.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * {@link DocumentOrder#nextInOrder} / {@link DocumentOrder#previousInOrder} step through the
 * elements exactly as {@code getAllElements()} lists them (the date-by-headline search used to
 * list the whole page to find its neighbours), on every golden HTML page and a nested snippet.
 */
class DocumentOrderTest {
    @Test
    void stepsMatchTheListedOrderOnEveryGoldenPage() throws Exception {
        List<Path> cases = HtmlCasesTest.cases().toList();
        assertEquals(HtmlCasesTest.EXPECTED_CASES, cases.size());
        int checked = 0;
        for (Path c : cases) {
            String html = new String(Files.readAllBytes(c.resolve("input.html")), StandardCharsets.UTF_8);
            checked += check(Jsoup.parse(html));
        }
        assertTrue(checked > 300, "elements checked: " + checked);
    }

    @Test
    void deepNestingAndTextBetweenElements() {
        Document doc = Jsoup.parse("<div><p>a<b>b<i>c</i></b>d</p>text<ul><li>x</li><li><span>y</span></li></ul></div>"
                + "<!-- c --><p>z</p>");
        assertTrue(check(doc) > 10);
    }

    private static int check(Document doc) {
        Elements all = doc.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            if (i + 1 < all.size()) assertSame(all.get(i + 1), DocumentOrder.nextInOrder(all.get(i)), "after #" + i);
            else assertNull(DocumentOrder.nextInOrder(all.get(i)));
            if (i > 0) assertSame(all.get(i - 1), DocumentOrder.previousInOrder(all.get(i)), "before #" + i);
            else assertNull(DocumentOrder.previousInOrder(all.get(i)));
        }
        // inside a subtree: the same order, ending at the subtree's last element
        if (doc.body() != null) {
            Elements sub = doc.body().getAllElements();
            for (int i = 0; i < sub.size(); i++) {
                if (i + 1 < sub.size()) assertSame(sub.get(i + 1), DocumentOrder.nextInOrder(sub.get(i), doc.body()));
                else assertNull(DocumentOrder.nextInOrder(sub.get(i), doc.body()));
            }
        }
        return all.size();
    }
}
