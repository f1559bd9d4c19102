package news.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile HTML, WARC and JSON Lines inputs through the real CLI: a bad record is one error line
 * naming the file and the offset or line, the other records are processed, exit 3.
 */
class ReaderInputIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PARA = "The council met on Tuesday and agreed the budget after a long debate about"
            + " the new bridge, the schools and the hospital, officials said.";

    @TempDir
    Path tmp;

    static String page(String title, String body) {
        return "<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + body + "</p><p>" + PARA + "</p></article></body></html>";
    }

    private List<JsonNode> articles(Cli.Result r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.outLines()) out.add(JSON.readTree(line));
        return out;
    }

    @Test
    void deeplyNestedHtmlIsReadOrRefusedInOneLine() throws Exception {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<!doctype html><html><head><title>Deep</title></head><body>");
        sb.append("<div>".repeat(depth)).append("<p>").append(PARA).append("</p>").append("</div>".repeat(depth));
        sb.append("</body></html>");
        Path deep = Files.writeString(tmp.resolve("deep.html"), sb.toString());
        Path good = Files.writeString(tmp.resolve("good.html"), page("Good page", PARA));
        Cli.Result r = Cli.run(tmp, null, 90, "clean", "--format", "jsonl", good.toString(), deep.toString());
        r.assertNoStackTrace();
        List<JsonNode> arts = articles(r);
        assertTrue(arts.stream().anyMatch(a -> a.get("id").asText().equals("good")), r.out());
        if (r.exit() == 0) {
            // read: the paragraph at the bottom of the nesting is the article
            JsonNode d = arts.stream().filter(a -> a.get("id").asText().equals("deep")).findFirst().orElseThrow();
            assertTrue(d.get("text").asText().contains("agreed the budget"), d.toString());
        } else {
            assertEquals(3, r.exit(), r.err());
            assertEquals(1, r.errors().size(), r.err());
            assertTrue(r.errors().get(0).contains("deep.html"), r.err());
        }
    }

    @Test
    void htmlPageThatIsAllScriptHasNoArticle() throws Exception {
        StringBuilder sb = new StringBuilder("<html><head><script>var config = {\"a\": 1};</script></head><body>");
        for (int i = 0; i < 200; i++) {
            sb.append("<script>function f").append(i).append("(x) { return document.getElementById('n").append(i)
                    .append("').innerText = \"Breaking news: \" + x; }</script>\n");
        }
        sb.append("<noscript>Please enable JavaScript to read this site.</noscript></body></html>");
        Path script = Files.writeString(tmp.resolve("script.html"), sb.toString());
        Path good = Files.writeString(tmp.resolve("good.html"), page("Good page", PARA));
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", good.toString(), script.toString());
        r.assertNoStackTrace();
        for (JsonNode a : articles(r)) {
            assertTrue(!a.get("text").asText().contains("function") && !a.get("text").asText().contains("getElementById"),
                    "script code leaked into an article: " + a);
        }
        assertTrue(articles(r).stream().anyMatch(a -> a.get("id").asText().equals("good")), r.out());
        assertEquals(3, r.exit(), r.err());
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).contains("script.html: no article text"), r.err());
    }

    @Test
    void warcWithACorruptRecordSkipsItNamingTheOffset() throws Exception {
        byte[] r1 = Warc.response("http://example.com/one", page("First story", "One " + PARA));
        byte[] bad = Warc.corrupt();
        byte[] r3 = Warc.response("http://example.com/three", page("Third story", "Three " + PARA));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(r1);
        b.writeBytes(bad);
        b.writeBytes(r3);
        Path warc = Files.write(tmp.resolve("crawl.warc"), b.toByteArray());
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", warc.toString());
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(1, r.errors().size(), r.err());
        String e = r.errors().get(0);
        assertTrue(e.contains("crawl.warc") && e.contains("offset " + r1.length), "names file and offset: " + e);
        List<String> urls = articles(r).stream().map(a -> a.get("url").asText()).toList();
        assertEquals(List.of("http://example.com/one", "http://example.com/three"), urls, r.out());
    }

    /** Regression: the next record used to be lost (resync looked only for "WARC/1." at a line start). */
    @Test
    void recordAppendedRightAfterACorruptOneIsKept() throws Exception {
        byte[] r1 = Warc.response("http://example.com/one", page("First story", "One " + PARA));
        byte[] r3 = Warc.response("http://example.com/three", page("Third story", "Three " + PARA));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(r1);
        b.writeBytes(Warc.corruptUnterminated().getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(r3);
        Path warc = Files.write(tmp.resolve("appended.warc"), b.toByteArray());
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", warc.toString());
        assertEquals(3, r.exit(), r.err());
        assertEquals(1, r.errors().size(), r.err());
        List<String> urls = articles(r).stream().map(a -> a.get("url").asText()).toList();
        assertEquals(List.of("http://example.com/one", "http://example.com/three"), urls, r.out());
    }

    /** Requests, redirects, media and index pages are what a crawl is mostly made of: no error, exit 0. */
    @Test
    void crawlRecordsWithoutArticlesAreNoInputError() throws Exception {
        String index = "<html><head><title>Home</title></head><body><ul><li><a href='/a'>A story</a></li>"
                + "<li><a href='/b'>B story</a></li></ul></body></html>";
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(Warc.record("request", "http://example.com/one", "application/http; msgtype=request",
                "GET /one HTTP/1.1\r\nHost: example.com\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        b.writeBytes(Warc.response("http://example.com/one", page("First story", "One " + PARA)));
        b.writeBytes(Warc.response("http://example.com/", index));
        b.writeBytes(Warc.record("response", "http://example.com/old", "application/http; msgtype=response",
                "HTTP/1.1 301 Moved\r\nLocation: /one\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        b.writeBytes(Warc.record("metadata", "http://example.com/one", "application/warc-fields",
                "outlink: http://example.com/\r\n".getBytes(StandardCharsets.US_ASCII)));
        Path warc = Files.write(tmp.resolve("crawl.warc"), b.toByteArray());
        for (String command : List.of("clean", "list")) {
            Cli.Result r = Cli.run(tmp, command, "--format", "jsonl", warc.toString());
            assertEquals(0, r.exit(), command + ": " + r.err());
            r.assertNoStackTrace();
            assertEquals(List.of(), r.errors(), r.err());
            assertEquals(1, r.warnings().size(), r.err());
            assertTrue(r.warnings().get(0).contains("crawl.warc: 1 of 2 HTML pages had no article text"), r.err());
            assertEquals(1, r.outLines().size(), r.out());
        }
    }

    @Test
    void truncatedWarcGzKeepsTheCompleteRecords() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        byte[] m1 = BadBytes.gzip(Warc.response("http://example.com/one", page("First story", "One " + PARA)));
        byte[] m2 = BadBytes.gzip(Warc.response("http://example.com/two", page("Second story", "Two " + PARA)));
        b.writeBytes(m1);
        b.write(m2, 0, m2.length / 2);
        Path warc = Files.write(tmp.resolve("cut.warc.gz"), b.toByteArray());
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", warc.toString());
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(1, r.errors().size(), r.err());
        assertTrue(r.errors().get(0).contains("cut.warc.gz") && r.errors().get(0).contains("offset " + m1.length), r.err());
        assertEquals(1, articles(r).size(), r.out());
    }

    @Test
    void jsonlLineThatIsNotJsonIsSkippedNamingTheLine() throws Exception {
        String lines = JSON.writeValueAsString(java.util.Map.of("id", "a1", "text", "First. " + PARA)) + "\n"
                + "this is { not json\n"
                + "\n"
                + "[1, 2, 3]\n"
                + JSON.writeValueAsString(java.util.Map.of("id", "a5", "text", "Fifth. " + PARA)) + "\n"
                + "{\"id\": \"a6\", \"text\": \"unterminated\n";
        Path f = Files.writeString(tmp.resolve("feed.jsonl"), lines);
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", f.toString());
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        List<String> errs = r.errors();
        assertEquals(3, errs.size(), r.err());
        assertTrue(errs.get(0).contains("feed.jsonl:2: not valid JSON"), r.err());
        assertTrue(errs.get(1).contains("feed.jsonl:4: not a JSON object"), r.err());
        assertTrue(errs.get(2).contains("feed.jsonl:6:"), r.err());
        assertEquals(List.of("a1", "a5"), articles(r).stream().map(a -> a.get("id").asText()).toList());
    }

    @Test
    void jsonlThatIsBinaryOrEmptyIsOneLine() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.jsonl"), new byte[0]);
        Path noise = Files.write(tmp.resolve("noise.jsonl"), BadBytes.random(4096, 2));
        Path good = Files.writeString(tmp.resolve("good.txt"), "Good headline\n\n" + PARA + "\n");
        Cli.Result r = Cli.run(tmp, "clean", "--format", "jsonl", good.toString(), empty.toString(), noise.toString());
        assertEquals(3, r.exit(), r.err());
        r.assertNoStackTrace();
        assertTrue(r.errors().stream().anyMatch(e -> e.contains("empty.jsonl")), r.err());
        assertTrue(r.errors().stream().allMatch(e -> e.contains("empty.jsonl") || e.contains("noise.jsonl")), r.err());
        assertEquals(List.of("good"), articles(r).stream().map(a -> a.get("id").asText()).toList());
    }

    /** Hand-made WARC/1.0 records (what a crawler writes), so the test needs no fixture files. */
    static final class Warc {
        private static int serial;

        static byte[] response(String url, String html) {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                    + "\r\n\r\n";
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            block.writeBytes(http.getBytes(StandardCharsets.US_ASCII));
            block.writeBytes(body);
            return record("response", url, "application/http; msgtype=response", block.toByteArray());
        }

        /** A record whose header block is garbage and whose declared length is a lie. */
        static byte[] corrupt() {
            return (corruptUnterminated() + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        }

        /** The same, cut before its closing blank lines: the next record follows on the same line. */
        static String corruptUnterminated() {
            return "WARC/1.0\r\nWARC-Type response without a colon\r\n\u0001\u0002 garbage\r\nContent-Length: 99999\r\n\r\n"
                    + "<html><body><p>half a page";
        }

        static byte[] record(String type, String url, String contentType, byte[] block) {
            String id = String.format("<urn:uuid:00000000-0000-4000-8000-%012d>", ++serial);
            String head = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: " + id
                    + "\r\nWARC-Date: 2023-03-06T12:00:00Z\r\nWARC-Target-URI: " + url + "\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + block.length + "\r\n\r\n";
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
            b.writeBytes(block);
            b.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return b.toByteArray();
        }
    }
}
