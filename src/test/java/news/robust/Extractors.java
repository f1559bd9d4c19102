package news.robust;

import java.util.ArrayList;
import java.util.List;
import news.fuzz.QuoteInvariants;
import news.model.SourceDocument;
import news.quotes.Quote;
import news.quotes.QuoteExtractor;

/** Components beyond the cleaner that the adversarial suite and benchmark also run. */
final class Extractors {
    private Extractors() {}

    static List<AdversarialBenchmark.Component> optional() {
        QuoteExtractor quotes = new QuoteExtractor(true);
        return List.of(new AdversarialBenchmark.Component("quotes", d -> quotes(quotes, d)));
    }

    /** The document's non-blank lines as paragraphs, through the extractor, invariants checked. */
    static List<Quote> quotes(QuoteExtractor extractor, SourceDocument d) {
        List<String> paragraphs = paragraphs(d.text());
        List<Quote> qs = extractor.extract(d.id(), paragraphs);
        QuoteInvariants.check(d.id(), paragraphs, qs);
        return qs;
    }

    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) if (!line.isBlank()) out.add(line.strip());
        return out;
    }
}
