package news.spark;

import java.io.Serializable;
import java.util.List;
import news.model.Metadata;
import news.model.SourceDocument;

/**
 * A loaded input document ({@link SourceDocument}) in a form Spark can keep between the two
 * passes of cleaning, with its place in the CLI's input order.
 *
 * @param order file index << 32 | record number in the file: sorts as the CLI reads
 */
record RawDoc(long order, String id, String path, String format, String sha256, String text, String url,
              String title, String byline, String published, String site, String language, String pageType, String[] warnings)
        implements Serializable {

    static RawDoc of(long order, SourceDocument d) {
        Metadata m = d.metadata();
        return new RawDoc(order, d.id(), d.path(), d.format(), d.sha256(), d.text(), m.url(), m.title(), m.byline(),
                m.published(), m.site(), m.language(), m.pageType(), d.warnings().toArray(new String[0]));
    }

    SourceDocument document() {
        return new SourceDocument(id, path, format, sha256, text, new Metadata(url, title, byline, published, site,
                language, pageType), List.of(warnings));
    }
}
