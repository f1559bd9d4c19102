package news.load.warc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import news.app.Corpus;
import news.app.Problems;
import news.load.DocumentSink;
import news.load.InputFile;
import news.load.InputFormat;
import news.load.LoadException;
import news.model.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcReaderTest {
    @TempDir
    Path tmp;

    static final Instant CAPTURED = Instant.parse("2023-03-15T12:00:00Z");

    static String page(String headline, String word, String extraHead) {
        return "<html lang='en'><head><title>" + headline + "</title>" + extraHead + "</head><body><nav><a href='/'>Home</a></nav>"
                + "<article><h1>" + headline + "</h1>"
                + ("<p>The " + word + " story continues here with enough words in every sentence to be read as prose,"
                + " and the reporters added more detail about what happened next in the town.</p>").repeat(3)
                + "</article></body></html>";
    }

    static WarcResponse htmlResponse(String url, String uuid, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).recordId(UUID.fromString(uuid)).date(CAPTURED).body(http).build();
    }

    static byte[] bytes(WarcRecord r, boolean gzip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WarcWriter w = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        w.write(r);
        w.close();
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    record Read(List<SourceDocument> docs, List<String> skipped, List<String> warnings) {}

    Read read(Path file) throws LoadException {
        List<SourceDocument> docs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String name = file.getFileName().toString();
        new WarcReader().read(new InputFile(file, name, "crawl", InputFormat.WARC, name.endsWith(".gz")), new DocumentSink() {
            @Override
            public void accept(SourceDocument doc) {
                docs.add(doc);
            }

            @Override
            public void skipped(String message) {
                skipped.add(message);
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        });
        return new Read(docs, skipped, warnings);
    }

    private byte[] good(int n, boolean gzip) throws IOException {
        String uuid = "0000000" + n + "-1111-2222-3333-444455556666";
        return bytes(htmlResponse("https://news.example/story-" + n, uuid, page("Story number " + n, "w" + n, "")), gzip);
    }

    private byte[] png(boolean gzip) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}).build();
        return bytes(new WarcResponse.Builder(URI.create("https://news.example/logo.png")).date(CAPTURED).body(http).build(), gzip);
    }

    private byte[] request(boolean gzip) throws IOException {
        return bytes(new WarcRequest.Builder(URI.create("https://news.example/story-1"))
                .body(MediaType.HTTP_REQUEST, "GET /story-1 HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
                .build(), gzip);
    }

    @Test
    void gzipCrawlYieldsHtmlResponsesAndReportsCorruptAndTruncatedRecords() throws Exception {
        byte[] g1 = good(1, true), req = request(true), img = png(true), g2 = good(2, true), g3 = good(3, true), g4 = good(4, true);
        byte[] bad = good(5, true).clone();
        for (int i = 12; i < 40 && i < bad.length; i++) bad[i] ^= 0x5A; // damage the deflate stream
        byte[] cut = Arrays.copyOf(g4, g4.length / 2);
        Path f = tmp.resolve("crawl.warc.gz");
        Files.write(f, concat(g1, req, img, g2, bad, g3, cut));
        Read r = read(f);

        assertEquals(List.of("https://news.example/story-1", "https://news.example/story-2", "https://news.example/story-3"),
                r.docs().stream().map(d -> d.metadata().url()).toList());
        SourceDocument d1 = r.docs().get(0);
        assertEquals("0000000111112222", d1.id());
        assertEquals("crawl.warc.gz#0", d1.path());
        assertEquals("html", d1.format());
        assertEquals("Story number 1", d1.metadata().title());
        assertEquals("2023-03-15T12:00:00Z", d1.metadata().published(), "capture date stands in for the publication date");
        assertTrue(d1.text().startsWith("The w1 story continues"), d1.text());

        long badAt = g1.length + req.length + img.length + g2.length;
        long cutAt = badAt + bad.length + g3.length;
        assertEquals(2, r.skipped().size(), r.skipped().toString());
        assertTrue(r.skipped().get(0).startsWith("crawl.warc.gz: record at offset " + badAt + ": "), r.skipped().get(0));
        assertTrue(r.skipped().get(1).startsWith("crawl.warc.gz: record at offset " + cutAt + ": truncated"), r.skipped().get(1));
        for (String m : r.skipped()) assertEquals(-1, m.indexOf('\n'), "one line: " + m);
    }

    @Test
    void plainCrawlResumesAfterAGarbledHeader() throws Exception {
        byte[] g1 = good(1, false), g2 = good(2, false);
        byte[] garbage = "WARC/1.1\r\nthis is not a header line\r\nContent-Length: banana\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        Path f = tmp.resolve("crawl.warc");
        Files.write(f, concat(g1, garbage, g2));
        Read r = read(f);
        assertEquals(2, r.docs().size(), r.skipped().toString());
        assertEquals("https://news.example/story-2", r.docs().get(1).metadata().url());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).startsWith("crawl.warc: record at offset " + g1.length + ": corrupt record"), r.skipped().get(0));
    }

    @Test
    void pageMetadataIsKeptAndTheTargetUriIsTheUrl() throws Exception {
        String head = "<meta property='article:published_time' content='2023-03-14T08:00:00Z'><link rel=canonical href='/canon'>";
        Path f = tmp.resolve("one.warc.gz");
        Files.write(f, bytes(htmlResponse("https://news.example/a?utm=1", "abcdef01-2345-6789-abcd-ef0123456789",
                page("Meta story", "meta", head)), true));
        SourceDocument d = read(f).docs().get(0);
        assertEquals("2023-03-14T08:00:00Z", d.metadata().published());
        assertEquals("https://news.example/a?utm=1", d.metadata().url());
        assertEquals("en", d.metadata().language());
        assertEquals("abcdef0123456789", d.id());
    }

    @Test
    void gzipContentEncodedPayloadIsDecoded() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(gz)) {
            z.write(page("Zipped story", "zipped", "").getBytes(StandardCharsets.UTF_8));
        }
        HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                .body(MediaType.parse("text/html"), gz.toByteArray()).build();
        WarcResponse rec = new WarcResponse.Builder(URI.create("https://news.example/z")).date(CAPTURED).body(http).build();
        Path f = tmp.resolve("z.warc");
        Files.write(f, bytes(rec, false));
        Read r = read(f);
        assertEquals(List.of(), r.skipped());
        assertEquals("Zipped story", r.docs().get(0).metadata().title());
        assertTrue(r.docs().get(0).text().startsWith("The zipped story continues"), r.docs().get(0).text());
    }

    @Test
    void htmlResourceRecordsAreArticlesToo() throws Exception {
        WarcResource res = new WarcResource.Builder(URI.create("https://news.example/res")).date(CAPTURED)
                .body(MediaType.parse("text/html; charset=utf-8"), page("Resource story", "resource", "").getBytes(StandardCharsets.UTF_8))
                .build();
        WarcResource css = new WarcResource.Builder(URI.create("https://news.example/site.css")).date(CAPTURED)
                .body(MediaType.parse("text/css"), "body{}".getBytes(StandardCharsets.UTF_8)).build();
        Path f = tmp.resolve("res.warc");
        Files.write(f, concat(bytes(css, false), bytes(res, false)));
        Read r = read(f);
        assertEquals(List.of("https://news.example/res"), r.docs().stream().map(d -> d.metadata().url()).toList());
        assertEquals(List.of(), r.skipped());
    }

    @Test
    void redirectsAndErrorPagesAreNotArticles() throws Exception {
        HttpResponse moved = new HttpResponse.Builder(301, "Moved").addHeader("Location", "https://news.example/new")
                .body(MediaType.parse("text/html"), "<html><body><p>Moved here</p></body></html>".getBytes(StandardCharsets.UTF_8)).build();
        Path f = tmp.resolve("r.warc.gz");
        Files.write(f, concat(bytes(new WarcResponse.Builder(URI.create("https://news.example/old")).date(CAPTURED).body(moved).build(), true),
                good(1, true)));
        Read r = read(f);
        assertEquals(1, r.docs().size());
        assertEquals(List.of(), r.skipped());
    }

    private static WarcResponse response(String url, int status, String type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).date(CAPTURED).body(http).build();
    }

    /** A real crawl's mix: most records are no article. None of them is an input error. */
    private byte[] crawlWithoutArticles(boolean gzip) throws IOException {
        String index = "<html><head><title>News</title></head><body><ul>"
                + "<li><a href='/a'>Story A</a></li><li><a href='/b'>Story B</a></li><li><a href='/c'>Story C</a></li>"
                + "</ul></body></html>";
        String scripts = "<html><body><script>location.href='/app'</script><noscript>Enable JavaScript</noscript></body></html>";
        org.netpreserve.jwarc.Warcinfo info = new org.netpreserve.jwarc.Warcinfo.Builder()
                .fields(java.util.Map.of("software", List.of("test"))).build();
        org.netpreserve.jwarc.WarcMetadata meta = new org.netpreserve.jwarc.WarcMetadata.Builder()
                .body(MediaType.parse("application/warc-fields"), "outlinks: https://news.example/a\r\n".getBytes(StandardCharsets.UTF_8))
                .build();
        return concat(bytes(info, gzip), request(gzip), bytes(meta, gzip),
                bytes(response("https://news.example/", 200, "text/html", index), gzip),
                bytes(response("https://news.example/old", 301, "text/html", "<html><body>Moved</body></html>"), gzip),
                png(gzip),
                bytes(response("https://news.example/feed.json", 200, "application/json", "{\"a\": 1}"), gzip),
                bytes(response("https://news.example/app", 200, "text/html; charset=utf-8", scripts), gzip),
                bytes(response("https://news.example/empty", 200, "text/html", ""), gzip));
    }

    @Test
    void recordsWithoutArticleTextAreCountedInOneWarningNotSkipped() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Path f = tmp.resolve(gzip ? "mix.warc.gz" : "mix.warc");
            Files.write(f, concat(crawlWithoutArticles(gzip), good(1, gzip)));
            Read r = read(f);
            assertEquals(List.of("https://news.example/story-1"), r.docs().stream().map(d -> d.metadata().url()).toList());
            assertEquals(List.of(), r.skipped());
            assertEquals(1, r.warnings().size(), r.warnings().toString());
            String w = r.warnings().get(0);
            assertTrue(w.startsWith(f.getFileName() + ": 3 of 4 HTML pages had no article text"), w);
            assertTrue(w.contains("; first at offset ") && w.endsWith(" (https://news.example/): no article text found in the HTML page"), w);
        }
    }

    @Test
    void crawlWithNoArticleAtAllWarnsOnce() throws Exception {
        Path f = tmp.resolve("none.warc");
        Files.write(f, concat(bytes(response("https://news.example/old", 301, "text/html", "<p>Moved</p>"), false),
                request(false), png(false)));
        Read r = read(f);
        assertEquals(List.of(), r.docs());
        assertEquals(List.of(), r.skipped());
        assertEquals(List.of("none.warc: no article: none of its 3 WARC records is a readable HTML page (requests,"
                + " metadata, redirects, other media)"), r.warnings());
    }

    @Test
    void corpusExitsZeroOnACrawlFullOfNonArticles() throws Exception {
        Path f = tmp.resolve("mix.warc.gz");
        Files.write(f, concat(crawlWithoutArticles(true), good(1, true), good(2, true)));
        Problems problems = Problems.silent();
        List<String> ids = new ArrayList<>();
        Corpus.open(List.of(f.toString()), problems).forEachDocument(d -> ids.add(d.id()));
        assertEquals(2, ids.size());
        assertEquals(Problems.OK, problems.exitCode(), problems.skippedMessages().toString());
        assertEquals(1, problems.warningMessages().size(), problems.warningMessages().toString());
        assertTrue(problems.warningMessages().get(0).contains("3 of 5 HTML pages had no article text"),
                problems.warningMessages().toString());
    }

    @Test
    void notAWarcFileFailsAsAWhole() throws Exception {
        Path f = tmp.resolve("junk.warc");
        Files.writeString(f, "hello, this is not a WARC file at all\n");
        LoadException e = org.junit.jupiter.api.Assertions.assertThrows(LoadException.class, () -> read(f));
        assertTrue(e.getMessage().startsWith("junk.warc: not a valid WARC file"), e.getMessage());
    }

    @Test
    void corpusReportsSkippedRecordsWithExitCode3() throws Exception {
        byte[] g1 = good(1, true);
        Path f = tmp.resolve("c.warc.gz");
        Files.write(f, concat(g1, Arrays.copyOf(good(2, true), 200)));
        Problems problems = Problems.silent();
        List<String> ids = new ArrayList<>();
        Corpus.open(List.of(f.toString()), problems).forEachDocument(d -> ids.add(d.id()));
        assertEquals(List.of("0000000111112222"), ids);
        assertEquals(Problems.SKIPPED, problems.exitCode());
        assertNotNull(problems.skippedMessages().get(0));
        assertTrue(problems.skippedMessages().get(0).contains("record at offset " + g1.length), problems.skippedMessages().toString());
    }

    @Test
    void recordAppendedMidLineAfterACutOneIsFound() throws Exception {
        byte[] g1 = good(1, false), g2 = good(2, false), g3 = good(3, false);
        // a crawler died inside record 2 (cut mid-payload, no line break), then appended record 3
        Path f = tmp.resolve("appended.warc");
        Files.write(f, concat(g1, Arrays.copyOf(g2, g2.length - 60), g3));
        Read r = read(f);
        assertEquals(List.of("https://news.example/story-1", "https://news.example/story-3"),
                r.docs().stream().map(d -> d.metadata().url()).toList(), r.skipped().toString());
        assertEquals(1, r.skipped().size(), r.skipped().toString());
    }

    @Test
    void resyncIgnoresWarcVersionTextInsideAPayload() throws Exception {
        String text = "x".repeat(10) + "WARC/1.0 is a format; WARC/1.1\r\nnot a header\nWARC/1.0\r\nWARC-Type: response\r\n";
        Path f = Files.writeString(tmp.resolve("t.warc"), text, StandardCharsets.ISO_8859_1);
        try (var ch = java.nio.channels.FileChannel.open(f)) {
            long real = text.lastIndexOf("WARC/1.0\r\nWARC-Type");
            assertEquals(real, WarcReader.nextBoundary(ch, 1, false)); // at a line start
            String midLine = "x".repeat(10) + "WARC/1.0 is a format; WARC/1.1\r\nnot a header; textWARC/1.1\r\nWARC-Type: x\r\n";
            Files.writeString(f, midLine, StandardCharsets.ISO_8859_1);
            assertEquals(midLine.lastIndexOf("WARC/1.1"), WarcReader.nextBoundary(ch, 1, false)); // version line + field
            Files.writeString(f, "x".repeat(10) + "WARC/1.0 is a format; textWARC/1.1\r\nnot a header", StandardCharsets.ISO_8859_1);
            assertEquals(-1, WarcReader.nextBoundary(ch, 1, false));
        }
    }

    @Test
    void shortIdsAreSafe() {
        assertEquals("6c2a1b3d4e5f6071", WarcReader.shortId("<urn:uuid:6C2A1B3D-4E5F-6071-8293-A4B5C6D7E8F9>"));
        String other = WarcReader.shortId("<http://example.com/record/1>");
        assertEquals(16, other.length());
        assertTrue(other.matches("[0-9a-f]{16}"));
    }
}
