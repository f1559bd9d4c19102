package news.load.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/** Readability4J (a port of Mozilla Readability) as the benchmark's peer extractor. */
final class ReadabilityPeer {
    private ReadabilityPeer() {}

    static String extract(String html) {
        Article a = new Readability4J("http://example.com/", html).parse();
        String text = a.getTextContent();
        return text == null ? "" : text;
    }
}
