package news.load.jsonl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.load.DocumentSink;
import news.load.FormatReader;
import news.load.InputFile;
import news.load.Inputs;
import news.load.LoadException;
import news.load.TextDecoder;
import news.load.html.Dates;
import news.load.html.HtmlReader;
import news.model.Metadata;
import news.model.SourceDocument;
import news.output.Json;

/**
 * JSON Lines (.jsonl, .ndjson, optionally .gz): one article per line, an object with {@code text}
 * (or {@code paragraphs}, as `news clean` writes them) or {@code html}, and optionally {@code id},
 * {@code url}, {@code title}, {@code byline}, {@code published}, {@code site}, {@code language}.
 * Read line by line; a bad line is reported with its number and skipped. Every JSON value on a
 * line is read: a second object is an article of its own (with a warning), other trailing
 * values or garbage are reported with their column. {@code text}, {@code html} and
 * {@code paragraphs} of the wrong type are reported as such. Strings may be as long as an input
 * (the JSON parser's own 20 M limit is raised, {@link Json}). Ids: the {@code id} field, else
 * {@code <file-id>:<line>} ({@code <file-id>:<line>:<column>} for a second object on a line).
 */
public final class JsonlReader implements FormatReader {
    /** Format code of documents read from a JSON line's text. */
    public static final String FORMAT = "jsonl";

    /** Bad lines reported one by one per file; the rest are counted in one last line (a binary or foreign file would flood stderr). */
    static final int MAX_REPORTED_LINES = 20;

    @Override
    public void read(InputFile file, DocumentSink all) throws LoadException {
        String name = file.displayPath();
        Capped sink = new Capped(all, name);
        Set<String> ids = new HashSet<>();
        int lineNo = 0;
        int articles = 0;
        int skipped = 0;
        try (InputStream in = startChecked(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPLACE)
                     .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16)) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank()) continue;
                String where = name + ":" + lineNo;
                try (JsonParser p = Json.MAPPER.createParser(line)) {
                    // Every JSON value on the line is read: a second object is an article of its
                    // own (named by its column), anything else is reported, never dropped silently.
                    int column = 1;
                    for (int k = 0; ; k++) {
                        JsonToken t;
                        try {
                            t = p.nextToken();
                        } catch (JsonProcessingException e) {
                            sink.skipped(where + ": " + (k == 0 ? "not valid JSON (" : "trailing garbage after the JSON object (")
                                    + shortMessage(e) + "), " + (k == 0 ? "skipped" : "ignored"));
                            skipped++;
                            break;
                        }
                        if (t == null) break;
                        column = p.currentTokenLocation().getColumnNr();
                        String at = k == 0 ? where : where + ":" + column;
                        if (k > 0 && t != JsonToken.START_OBJECT) {
                            sink.skipped(at + ": trailing " + kind(t) + " after the JSON object, ignored");
                            skipped++;
                            break;
                        }
                        JsonNode node;
                        try {
                            node = Json.MAPPER.readTree(p);
                        } catch (JsonProcessingException e) { // the rest of the line cannot be read
                            sink.skipped(at + ": not valid JSON (" + shortMessage(e) + "), skipped");
                            skipped++;
                            break;
                        }
                        if (k > 0) sink.warn(at + ": a second JSON object on line " + lineNo + ", read as an article of its own");
                        try {
                            sink.accept(fromNode(node, line, file.id(), at, k == 0 ? String.valueOf(lineNo) : lineNo + ":" + column, ids));
                            articles++;
                        } catch (LoadException e) {
                            sink.skipped(e.getMessage());
                            skipped++;
                        }
                    }
                }
            }
        } catch (LoadException e) {
            throw e;
        } catch (IOException e) {
            throw new LoadException(name + ":" + (lineNo + 1) + ": cannot read (" + e.getMessage() + ")");
        }
        sink.finish();
        if (articles == 0 && skipped == 0) throw new LoadException(name + ": no JSON lines, skipped");
    }

    /** The input, refused at once when its first 8 KiB are binary (not one error per "line" of an image). */
    private static InputStream startChecked(InputFile file) throws LoadException, IOException {
        InputStream in = new java.io.BufferedInputStream(Inputs.open(file), 1 << 16);
        in.mark(8192);
        byte[] head = in.readNBytes(8192);
        in.reset();
        if (TextDecoder.looksBinaryStart(head)) {
            in.close();
            throw new LoadException(file.displayPath() + ": binary file (not JSON Lines), skipped");
        }
        return in;
    }

    /** Passes documents and warnings on; reports at most {@link #MAX_REPORTED_LINES} bad lines, then sums up the rest. */
    private static final class Capped implements DocumentSink {
        private final DocumentSink sink;
        private final String name;
        private int shown;
        private int hidden;
        private String lastHidden;

        Capped(DocumentSink sink, String name) {
            this.sink = sink;
            this.name = name;
        }

        @Override
        public void accept(SourceDocument doc) {
            sink.accept(doc);
        }

        @Override
        public void skipped(String message) {
            if (shown < MAX_REPORTED_LINES) {
                shown++;
                sink.skipped(message);
            } else {
                hidden++;
                lastHidden = message;
            }
        }

        @Override
        public void warn(String message) {
            sink.warn(message);
        }

        void finish() {
            if (hidden == 1) sink.skipped(lastHidden);
            else if (hidden > 1) sink.skipped(name + ": " + hidden + " more bad lines skipped, not shown one by one");
        }
    }

    /** One line to a document (its first JSON value); {@code where} ("file.jsonl:17") starts every error message. */
    static SourceDocument parseLine(String line, String fileId, String where, int lineNo, Set<String> ids)
            throws LoadException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new LoadException(where + ": not valid JSON (" + shortMessage(e) + "), skipped");
        }
        return fromNode(node, line, fileId, where, String.valueOf(lineNo), ids);
    }

    private static String kind(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "JSON array";
            case VALUE_STRING -> "JSON string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "JSON number";
            case VALUE_TRUE, VALUE_FALSE -> "JSON boolean";
            case VALUE_NULL -> "JSON null";
            default -> "JSON value";
        };
    }

    /** "a number", "an array", ... for a field of the wrong type. */
    private static String typeOf(JsonNode v) {
        if (v.isNumber()) return "a number";
        if (v.isBoolean()) return "a boolean";
        if (v.isArray()) return "an array";
        if (v.isObject()) return "an object";
        if (v.isTextual()) return "a string";
        return "of another type";
    }

    private static SourceDocument fromNode(JsonNode node, String line, String fileId, String where, String position,
                                           Set<String> ids) throws LoadException {
        if (node == null || !node.isObject()) throw new LoadException(where + ": not a JSON object, skipped");
        for (String f : new String[] {"text", "html"}) {
            JsonNode v = node.get(f);
            if (v != null && !v.isNull() && !v.isTextual()) {
                throw new LoadException(where + ": \"" + f + "\" is " + typeOf(v) + ", not a string, skipped");
            }
        }
        JsonNode ps = node.get("paragraphs");
        if (ps != null && !ps.isNull()) {
            if (!ps.isArray()) throw new LoadException(where + ": \"paragraphs\" is " + typeOf(ps) + ", not an array of strings, skipped");
            int i = 0;
            for (JsonNode p : ps) {
                if (!p.isTextual() && !p.isNull()) {
                    throw new LoadException(where + ": \"paragraphs\"[" + i + "] is " + typeOf(p) + ", not a string, skipped");
                }
                i++;
            }
        }
        String id = string(node, "id");
        if (id == null) id = fileId + ":" + position;
        String unique = id;
        for (int k = 2; !ids.add(unique); k++) unique = id + "~" + k;
        String published = string(node, "published");
        String normalisedDate = Dates.normalise(published);
        Metadata declared = new Metadata(string(node, "url"), string(node, "title"), string(node, "byline"),
                normalisedDate != null ? normalisedDate : published, string(node, "site"),
                language(string(node, "language")));
        byte[] raw = (position.indexOf(':') < 0 ? line : node.toString()).getBytes(StandardCharsets.UTF_8);
        String text = text(node);
        if (text != null && !text.isBlank()) {
            return new SourceDocument(unique, where, FORMAT, TextDecoder.sha256(raw), TextDecoder.normalise(text),
                    declared, List.of());
        }
        String html = string(node, "html");
        if (html != null) {
            return HtmlReader.fromHtml(html, TextDecoder.sha256(raw), List.of(), unique, where, declared, Metadata.EMPTY);
        }
        throw new LoadException(where + ": no \"text\", \"paragraphs\" or \"html\" field, skipped");
    }

    /** {@code text}, else {@code paragraphs} joined by a blank line. */
    private static String text(JsonNode node) {
        String text = string(node, "text");
        if (text != null) return text;
        JsonNode ps = node.get("paragraphs");
        if (ps == null || !ps.isArray()) return null;
        StringBuilder sb = new StringBuilder();
        for (JsonNode p : ps) {
            if (!p.isTextual() || p.asText().isBlank()) continue;
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(p.asText());
        }
        return sb.toString();
    }

    /** "en-US" -> "en"; a value that is no language tag is kept as given. */
    private static String language(String raw) {
        String iso = news.load.html.HtmlMetadata.language(raw);
        return iso != null ? iso : raw;
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    private static String shortMessage(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) m = e.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl);
        if (m.length() > 120) m = m.substring(0, 120) + "…";
        var loc = e.getLocation();
        return loc == null ? m : m + " at column " + loc.getColumnNr();
    }
}
