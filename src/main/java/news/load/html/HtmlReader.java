package news.load.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.load.DocumentSink;
import news.load.FormatReader;
import news.load.InputFile;
import news.load.Inputs;
import news.load.LoadException;
import news.load.TextDecoder;
import news.model.Metadata;
import news.model.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML pages (.html, .htm, optionally .gz): one article per file. The text is the main content
 * found by {@link HtmlExtractor}, blocks joined by a blank line; the headline goes to the
 * metadata, not the text. Also the HTML path of the WARC and JSON Lines readers.
 */
public final class HtmlReader implements FormatReader {
    /** Format code of documents whose text came out of HTML. */
    public static final String FORMAT = "html";

    @Override
    public void read(InputFile file, DocumentSink sink) throws LoadException {
        byte[] bytes = Inputs.readAll(file);
        sink.accept(fromBytes(bytes, null, file.id(), file.displayPath(), Metadata.EMPTY, Metadata.EMPTY));
    }

    /**
     * One page's bytes to a document.
     *
     * @param transportCharset charset named by the transport (HTTP Content-Type), or null
     * @param declared         metadata that wins over the page's own (e.g. JSON Lines fields)
     * @param fallback         metadata used where the page says nothing (e.g. WARC capture date)
     * @throws LoadException naming {@code path} when the page has no article text
     */
    public static SourceDocument fromBytes(byte[] bytes, String transportCharset, String id, String path,
                                           Metadata declared, Metadata fallback) throws LoadException {
        HtmlCharset.Decoded d = HtmlCharset.decode(bytes, transportCharset, path);
        return fromHtml(d.html(), TextDecoder.sha256(bytes), d.warnings(), id, path, declared, fallback);
    }

    /** As {@link #fromBytes} for an already decoded page. */
    public static SourceDocument fromHtml(String html, String sha256, List<String> warnings, String id, String path,
                                          Metadata declared, Metadata fallback) throws LoadException {
        Page page = extract(html, declared.url() != null ? declared.url() : fallback.url());
        Metadata meta = declared.orElse(page.metadata()).orElse(fallback);
        List<HtmlExtractor.Block> blocks = dropLeadingTitle(page.blocks(), meta.title());
        if (blocks.isEmpty()) throw new LoadException(path + ": no article text found in the HTML page, skipped");
        StringBuilder text = new StringBuilder();
        for (HtmlExtractor.Block b : blocks) {
            if (text.length() > 0) text.append("\n\n");
            text.append(b.text());
        }
        return new SourceDocument(id, path, FORMAT, sha256, TextDecoder.normalise(text.toString()), meta,
                new ArrayList<>(warnings));
    }

    /** Extracted blocks and page metadata. */
    public record Page(List<HtmlExtractor.Block> blocks, Metadata metadata) {
        public Page {
            blocks = List.copyOf(blocks);
        }
    }

    /** Parses and extracts one page (metadata first: extraction prunes the tree). */
    public static Page extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        Metadata meta = HtmlMetadata.extract(doc, pageUrl);
        PageTypes.Evidence evidence = PageTypes.evidence(doc);
        Element body = doc.body();
        List<HtmlExtractor.Block> blocks = body == null ? List.of() : HtmlExtractor.extract(body);
        if (blocks.isEmpty() && body != null) {
            // Every box with text was named like chrome (forum posts as "comment", "reply"): the
            // page still has main content; extract again judging by structure alone.
            Element again = Jsoup.parse(html, pageUrl == null ? "" : pageUrl).body();
            if (again != null) blocks = HtmlExtractor.extract(again, false);
        }
        blocks = HtmlExtractor.dropTrailingBio(blocks, meta.byline());
        int words = 0;
        for (HtmlExtractor.Block b : blocks) words += news.model.Words.count(b.text());
        String type = PageTypes.classify(evidence, meta.url() != null ? meta.url() : pageUrl, meta.published() != null,
                meta.byline() != null, words);
        return new Page(blocks, meta.withPageType(type));
    }

    /** The headline repeated as the first block(s) is metadata, not body. */
    private static List<HtmlExtractor.Block> dropLeadingTitle(List<HtmlExtractor.Block> blocks, String title) {
        if (title == null || blocks.isEmpty()) return blocks;
        String key = key(title);
        int skip = 0;
        while (skip < blocks.size() && skip < 2 && key.equals(key(blocks.get(skip).text()))) skip++;
        return blocks.subList(skip, blocks.size());
    }

    private static String key(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
