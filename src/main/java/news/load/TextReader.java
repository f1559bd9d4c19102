package news.load;

import news.model.Metadata;
import news.model.SourceDocument;

/** Plain-text dumps (and, until DOM extraction is plugged in, HTML read as text): one article per file. */
public final class TextReader implements FormatReader {
    @Override
    public void read(InputFile file, DocumentSink sink) throws LoadException {
        byte[] bytes = Inputs.readAll(file);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, file.displayPath());
        sink.accept(new SourceDocument(file.id(), file.displayPath(), file.format().code,
                TextDecoder.sha256(bytes), d.text(), Metadata.EMPTY, d.warnings()));
    }
}
