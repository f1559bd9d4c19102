package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import news.model.Article;
import news.model.Metadata;
import news.model.Paragraph;
import news.model.Removal;
import news.model.SourceDocument;

/**
 * Invariants on random mixes of prose, CSS, JavaScript, JSON and chrome lines.
 *
 * <p>Idempotence, precisely: for any input, let {@code a = clean(doc)} and {@code b =
 * clean(doc')} where {@code doc'} holds {@code a.text()} (paragraphs joined by a blank line)
 * and an empty repetition index. Then {@code b.text().equals(a.text())}: the second pass removes
 * nothing, title lines included (a cleaned body never opens with a title line, because the body
 * starts at its first prose line).
 */
class CleanPropertiesTest {
    static final String[] WORDS = {"the", "council", "river", "said", "on", "Monday", "and", "a", "new", "plan",
            "of", "to", "in", "was", "for", "school", "budget", "police", "farmers", "with", "it", "that", "would",
            "Oslo", "minister", "report", "by", "more", "than", "year", "“we", "will”", "not", "is", "at", "there"};
    static final String[] CHROME = {"Share on Facebook", "Read more", "Advertisement", "Sign up for our newsletter",
            "Back to top", "Home", "World", "Related Articles", "Show all 7", "1 of 12", "Not now Yes please",
            "By Ann Lee", "© 2024 Example Media. All rights reserved.", "We use cookies to improve your experience.",
            "Your support makes all the difference.", "Leave a Reply", "___", "Jo Park contributed to this report.",
            "News World Europe", "Thank you for registering"};
    static final String[] CODE = {".a{color:red}.b{margin:0 auto}@media(min-width:768px){.c{display:none}}",
            "window.__STATE__ = {\"a\":{\"b\":[1,2,3]},\"c\":\"text with words inside it\"};",
            "(adsbygoogle = window.adsbygoogle || []).push({});", "{\"id\":1,\"body\":\"x\"}",
            "var cfg = {pubid:'ra-123', ui:true};", "@keyframes k{from{top:0}to{top:9px}}",
            "<p>", "</div><span class=\"x\">", "aVeryLongTokenWithoutAnySpacesAtAllThatGoesOnAndOnForeverXYZ123"};

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of(WORDS).list().ofMinSize(3).ofMaxSize(40).map(ws -> {
            String s = String.join(" ", ws);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
        });
    }

    @Provide
    Arbitrary<String> line() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, prose()),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(CHROME)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(CODE)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.of(CODE), prose()).as((c, p) -> c + " " + p)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(prose(), Arbitraries.of(CHROME), prose()).as((a, c, b) -> a + " " + c + " " + b)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("", "  ", "\t")));
    }

    @Provide
    Arbitrary<String> document() {
        return Combinators.combine(line().list().ofMinSize(0).ofMaxSize(30), Arbitraries.of("\n", "\n\n", "\r\n"))
                .as((lines, sep) -> String.join(sep.equals("\r\n") ? "\n" : sep, lines));
    }

    static Article clean(String text) {
        SourceDocument d = new SourceDocument("p", "p.txt", "txt", "0".repeat(64), text, Metadata.EMPTY, List.of());
        return new TextCleaner().clean(d, RepetitionIndex.empty());
    }

    @Property(tries = 500)
    void keptAndRemovedAreVerbatimDisjointSpans(@ForAll("document") String text) {
        Article a = clean(text);
        List<int[]> spans = new ArrayList<>();
        for (Paragraph p : a.paragraphs()) {
            assertTrue(p.start() >= 0 && p.end() <= text.length());
            assertEquals(text.substring(p.start(), p.end()), p.text());
            spans.add(new int[] {p.start(), p.end()});
        }
        for (Removal r : a.removed()) {
            assertTrue(r.start() >= 0 && r.end() <= text.length());
            assertEquals(text.substring(r.start(), r.end()), r.text());
            spans.add(new int[] {r.start(), r.end()});
        }
        spans.sort((x, y) -> Integer.compare(x[0], y[0]));
        for (int i = 1; i < spans.size(); i++) assertTrue(spans.get(i - 1)[1] <= spans.get(i)[0], "overlap in " + text);
        // Nothing is lost silently: every letter or digit is kept or removed.
        boolean[] covered = new boolean[text.length()];
        for (int[] s : spans) for (int i = s[0]; i < s[1]; i++) covered[i] = true;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) assertTrue(covered[i], "unaccounted char at " + i + " in " + text);
        }
    }

    @Property(tries = 500)
    void cleaningIsIdempotent(@ForAll("document") String text) {
        Article a = clean(text);
        Article b = clean(a.text());
        assertEquals(a.text(), b.text());
    }
}
